/**
 * `npm run bench:browser` (after `npm run build`): time from paste to results in a real
 * headless Chromium, for a typical bounce and for a 1 MB paste, on the home page served from out/.
 * Prints the median over several runs of each.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, systemChromium } from '../e2e/chromium';

const PORT = 3117;
const RUNS = 7;
const fixture = fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'daum-das51-postfix.eml'), 'utf8');
const filler = 'Received: from relay.example.net (relay.example.net [198.51.100.9]) by mx.example.com\n'.repeat(12_000);
const big = `${fixture}\n${filler}`.slice(0, 1_048_576);

/**
 * Runs in the page (as a string, so the TS toolchain adds no helpers to it): puts the text in
 * the field as a paste does, then resolves when the first result is on screen.
 */
const PASTE_AND_WAIT = `async (t) => {
  const el = document.querySelector('[data-search-field="main"]');
  const start = performance.now();
  const dt = new DataTransfer();
  dt.setData('text/plain', t);
  el.focus();
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(el, t);
  el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  el.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((resolve) => {
    const check = () => (document.querySelector('[data-testid="top-result"]') ? resolve() : requestAnimationFrame(check));
    check();
  });
  return performance.now() - start;
}`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(PORT)], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  const browser = await chromium.launch({
    executablePath: systemChromium,
    args: chromiumArgs,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}/en/`);
    const field = page.getByTestId('search-main');
    await field.focus();
    await page.getByTestId('search-status').waitFor({ state: 'attached' });
    for (const [label, text] of [['typical bounce (2 KB)', fixture], ['1 MB paste', big]] as const) {
      const times: number[] = [];
      const inWorker: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        await field.fill('');
        await page.getByTestId('results').waitFor({ state: 'detached' });
        const ms = (await page.evaluate(`(${PASTE_AND_WAIT})(${JSON.stringify(text)})`)) as number;
        times.push(ms);
        const w = await page.getByTestId('results').getAttribute('data-ms');
        if (w) inWorker.push(Number(w));
      }
      console.log(`${label}: paste to results ${median(times).toFixed(0)} ms median (matcher in worker ${median(inWorker).toFixed(1)} ms) over ${RUNS} runs`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

main().catch((e: unknown) => {
  console.error(`bench:browser: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
