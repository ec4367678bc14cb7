/**
 * `npm run stats` (after `npm run build`): pages in out/, first-load JS (gzip) of the home page,
 * an article page and a code hub, and the per-language search index size (gzip).
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const out = path.join(process.cwd(), 'out');
if (!fs.existsSync(out)) {
  console.error('stats: out/ not found: run "npm run build" first');
  process.exit(2);
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const gz = (buf: Buffer | string) => zlib.gzipSync(buf, { level: 9 }).length;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

/** JS a first visit downloads: the scripts the HTML references (not the lazily created worker). */
function firstLoadJs(page: string): { files: number; raw: number; gzip: number } {
  const html = fs.readFileSync(path.join(out, page), 'utf8');
  // noModule scripts are legacy polyfills that current browsers never download.
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"[^>]*>/g)].filter((m) => !/noModule/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1] as string))];
  let raw = 0;
  let gzip = 0;
  for (const src of srcs) {
    const buf = fs.readFileSync(path.join(out, src.replace(/^\//, '')));
    raw += buf.length;
    gzip += gz(buf);
  }
  return { files: srcs.length, raw, gzip };
}

const html = walk(out).filter((f) => f.endsWith('.html'));
console.log(`pages (html files in out/): ${html.length}`);
for (const [label, page] of [
  ['home /ko/', 'ko/index.html'],
  ['article /ko/errors/daum-das51-antispam-block/', 'ko/errors/daum-das51-antispam-block/index.html'],
  ['code hub /en/codes/5.7.1/', 'en/codes/5.7.1/index.html'],
] as const) {
  const js = firstLoadJs(page);
  console.log(`first-load JS, ${label}: ${kib(js.gzip)} gzip (${kib(js.raw)} raw, ${js.files} files)`);
}
for (const lang of ['ko', 'en']) {
  const buf = fs.readFileSync(path.join(out, 'data', `match-${lang}.json`));
  console.log(`search index ${lang}: ${kib(gz(buf))} gzip (${kib(buf.length)} raw)`);
}
// The matcher's worker bundle, loaded on first focus of a search field (found by a DSN field name it parses).
const chunks = walk(path.join(out, '_next', 'static')).filter((f) => f.endsWith('.js'));
for (const f of chunks.filter((c) => /diagnostic-code/i.test(fs.readFileSync(c, 'utf8')))) {
  const buf = fs.readFileSync(f);
  console.log(`search worker (lazy, first focus): ${kib(gz(buf))} gzip (${kib(buf.length)} raw) ${path.relative(out, f)}`);
}
