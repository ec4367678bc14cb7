/**
 * Scripts on interaction (scripts/defer-scripts.mjs), seen with Playwright's plain `test` (no
 * interaction after `goto`): the page is complete before any script runs, the runtime starts on
 * the first interaction, a query starts it at once, and what the reader put into the search field
 * before it ran is kept and analysed.
 */
import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

const ARTICLE = '/en/errors/gmail-550-5727-spf-fail/';
const chunkScripts = 'script[src*="/_next/static/chunks/"]:not([nomodule])';

test('an article is complete before any interaction, and no runtime chunk has run', async ({ page }) => {
  await page.goto(ARTICLE);
  await page.waitForLoadState('load');
  await expect(page.locator('#fix')).toBeVisible();
  await expect(page.locator('[data-testid="article-body"]')).toBeVisible();
  expect(await page.locator(chunkScripts).count()).toBe(0);
  await expect(page.locator('[role="search"][data-ready="true"]')).toHaveCount(0);
  // Moving the mouse over the page does not start it (Chrome also sends such moves by itself).
  await page.mouse.move(40, 40);
  await page.mouse.move(120, 200);
  await page.waitForTimeout(300);
  expect(await page.locator(chunkScripts).count()).toBe(0);
  // The first scroll with the wheel does: the header search hydrates, copy buttons appear.
  await page.mouse.wheel(0, 200);
  await page.locator('[role="search"][data-ready="true"]').first().waitFor({ state: 'attached' });
  expect(await page.locator(chunkScripts).count()).toBeGreaterThan(0);
  await expect(page.locator('button.anchor').first()).toBeAttached();
});

test('a URL with a query starts the scripts without waiting for an interaction', async ({ page }) => {
  await page.goto('/en/?q=DAS51');
  await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
});

test('a bounce pasted before the scripts ran is kept and analysed when they do', async ({ page }) => {
  // Hold the runtime's chunks back until the paste is in the field.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/_next/static/chunks/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/en/', { waitUntil: 'domcontentloaded' });
  const bounce = fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'daum-das51-postfix.eml'), 'utf8');
  const field = page.getByTestId('search-main');
  await field.fill(bounce);
  await expect(page.locator('[role="search"][data-ready="true"]')).toHaveCount(0);
  release();
  await page.locator('[role="search"][data-ready="true"]').first().waitFor({ state: 'attached' });
  await expect(field).toHaveValue(bounce);
  await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
});
