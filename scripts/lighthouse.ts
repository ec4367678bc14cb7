/**
 * `npm run lighthouse` (after `npm run build`): mobile Lighthouse on the Korean home page, one
 * article and one code hub, served from out/ by the project's own server. Prints the four
 * category scores per page and the audits that cost points. A figure printer, not a test.
 *
 * Options: --port 4562 (server port), --runs 1 (median over runs), LIGHTHOUSE_PAGES="/ko/,/en/"
 * to pick pages. Chromium: CHROME_PATH, else /usr/bin/chromium.
 */
import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? (args[i + 1] as string) : fallback;
};
const PORT = Number(opt('port', '4562'));
const RUNS = Math.max(1, Number(opt('runs', '1')));
const PAGES = (process.env.LIGHTHOUSE_PAGES ?? '/ko/,/ko/errors/gmail-550-5727-spf-fail/,/ko/codes/5.7.1/').split(',').filter(Boolean);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Audit { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string }
interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
}

async function waitForServer(url: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function lighthouse(url: string): Promise<Report> {
  const bin = path.join(process.cwd(), 'node_modules', '.bin', 'lighthouse');
  const { stdout } = await run(
    bin,
    [url, '--output=json', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
    { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 256 * 1024 * 1024 },
  );
  return JSON.parse(stdout) as Report;
}

/** Audits in a category that lost points (weighted ones first), with their figure. */
function losses(r: Report, cat: string): string[] {
  const refs = r.categories[cat]?.auditRefs ?? [];
  return refs
    .map((ref) => ({ ref, a: r.audits[ref.id] }))
    .filter((x): x is { ref: { id: string; weight: number }; a: Audit } => !!x.a && x.a.scoreDisplayMode !== 'notApplicable' && x.a.scoreDisplayMode !== 'informative' && x.a.scoreDisplayMode !== 'manual' && x.a.score !== null && x.a.score < 1)
    .sort((x, y) => y.ref.weight - x.ref.weight)
    .map(({ ref, a }) => `${a.id}${ref.weight ? ` (w${ref.weight})` : ''}: ${a.score?.toFixed(2)}${a.displayValue ? ` ${a.displayValue}` : ''}`);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  if (!fs.existsSync(path.join('out', 'index.html'))) {
    console.error('lighthouse: out/index.html not found: run "npm run build" first');
    process.exit(2);
  }
  if (!fs.existsSync(CHROME)) {
    console.error(`lighthouse: no Chromium at ${CHROME}: set CHROME_PATH`);
    process.exit(2);
  }
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
  try {
    await waitForServer(`http://localhost:${PORT}/en/`);
    console.log(`Lighthouse (mobile, default throttling), ${RUNS} run(s) per page, served by scripts/serve.mjs on :${PORT}`);
    for (const p of PAGES) {
      const reports: Report[] = [];
      for (let i = 0; i < RUNS; i++) reports.push(await lighthouse(`http://localhost:${PORT}${p}`));
      const scores = CATEGORIES.map((c) => `${c} ${Math.round(100 * median(reports.map((r) => r.categories[c]?.score ?? 0)))}`);
      console.log(`\n${p}\n  ${scores.join(' · ')}`);
      const last = reports[reports.length - 1] as Report;
      const m = (id: string) => last.audits[id]?.displayValue ?? '-';
      console.log(`  FCP ${m('first-contentful-paint')} · LCP ${m('largest-contentful-paint')} · TBT ${m('total-blocking-time')} · CLS ${m('cumulative-layout-shift')} · SI ${m('speed-index')}`);
      for (const c of CATEGORIES) for (const l of losses(last, c)) console.log(`  - ${c}: ${l}`);
    }
  } finally {
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
