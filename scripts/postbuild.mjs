#!/usr/bin/env node
/**
 * After `next build` (npm runs it as `postbuild`): gives every page of out/ its own
 * Content-Security-Policy and precompresses the text files.
 *
 * - CSP: Next's inline scripts (the RSC payload, the language-switch handler) differ per page, so
 *   each page's policy lists the SHA-256 of its own inline scripts and nothing else may run but
 *   the site's own files. The policy goes into a `<meta http-equiv>` right after the charset (any
 *   static host then enforces it) and into out/.csp.json for scripts/serve.mjs, which also sends
 *   it as a header with `frame-ancestors 'none'` (a meta policy cannot carry that directive).
 * - Scripts on interaction: every page is complete HTML (the articles, hubs and lists read the
 *   same without JavaScript), so Next's runtime (React and the router, about 140 KB gzip, most of
 *   a phone's main-thread time at load) is not run at load: scripts/defer-scripts.mjs fetches and
 *   runs its chunks on the reader's first click or tap, touch, key, focus or wheel event, or at
 *   once when the URL has a query. The search field keeps what was typed or pasted before that
 *   (SearchBox picks it up when it mounts).
 * - Compression: `.br` and `.gz` beside every text file over 1 KB, served by sirv when the
 *   browser accepts them.
 * Usage: node scripts/postbuild.mjs [--dir out]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { policyFor } from './csp.mjs';
import { deferScripts } from './defer-scripts.mjs';

const i = process.argv.indexOf('--dir');
const root = path.resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : 'out');
if (!fs.existsSync(root)) {
  console.error(`postbuild: ${root} not found: run "next build" first`);
  process.exit(2);
}

// Inline classic or module scripts (not JSON data blocks, not external files).
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const EXECUTABLE = (attrs) => !/\bsrc\s*=/i.test(attrs) && !/\btype\s*=\s*"?(?:application\/(?:ld\+)?json)/i.test(attrs);
const HANDLER_ATTR = /<[a-z][^>]*\s(on[a-z]+)\s*=/i;

function walk(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const abs = path.join(dir, e.name);
    if (e.isDirectory()) walk(abs, out);
    else if (e.isFile()) out.push(abs);
  }
  return out;
}

const files = walk(root);
const pages = {};
let problems = 0;
for (const file of files.filter((f) => f.endsWith('.html'))) {
  let html = deferScripts(fs.readFileSync(file, 'utf8'));
  const hashes = [];
  for (const m of html.matchAll(SCRIPT)) {
    if (EXECUTABLE(m[1] ?? '')) hashes.push(crypto.createHash('sha256').update(m[2] ?? '', 'utf8').digest('base64'));
  }
  const handler = HANDLER_ATTR.exec(html.replace(SCRIPT, ''));
  if (handler) {
    console.error(`postbuild: ${path.relative(process.cwd(), file)}: inline event handler "${handler[1]}=" would be blocked by the CSP; use a script instead`);
    problems++;
  }
  const policy = policyFor(hashes);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  const charset = /<meta charSet="utf-8"\/?>/i.exec(html);
  if (charset) html = html.slice(0, charset.index + charset[0].length) + meta + html.slice(charset.index + charset[0].length);
  else if (/<head[^>]*>/i.test(html)) html = html.replace(/<head[^>]*>/i, (h) => h + meta);
  else {
    console.error(`postbuild: ${path.relative(process.cwd(), file)}: no <head> to put the CSP in`);
    problems++;
  }
  fs.writeFileSync(file, html);
  pages[`/${path.relative(root, file).split(path.sep).join('/')}`] = policy;
}
fs.writeFileSync(path.join(root, '.csp.json'), JSON.stringify({ pages, fallback: policyFor([]) }));
if (problems) process.exit(1);

const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|xml|txt|svg|map|webmanifest)$/;
let raw = 0;
let br = 0;
let count = 0;
for (const file of files) {
  if (!COMPRESSIBLE.test(file)) continue;
  const body = fs.readFileSync(file);
  if (body.length < 1024) continue;
  const b = zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: /\.(?:html|txt)$/.test(file) ? 5 : 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length } });
  fs.writeFileSync(`${file}.br`, b);
  fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: /\.(?:html|txt)$/.test(file) ? 6 : 9 }));
  raw += body.length;
  br += b.length;
  count++;
}
console.log(`postbuild: CSP with script hashes on ${Object.keys(pages).length} pages; ${count} files precompressed (${(raw / 1048576).toFixed(1)} MB -> ${(br / 1048576).toFixed(1)} MB brotli)`);
