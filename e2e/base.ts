/**
 * The e2e tests' `test`: a page whose `goto` acts like a reader who then does something (a
 * Shift key press). The site runs its scripts on the first interaction (scripts/defer-scripts.mjs),
 * and a reader always interacts before using anything interactive. `e2e/deferred.spec.ts` checks
 * the page before any interaction with Playwright's plain `test`.
 */
import { test as base } from '@playwright/test';

export const test = base.extend({
  page: async ({ page }, provide) => {
    const goto = page.goto.bind(page);
    page.goto = async (url, options) => {
      const response = await goto(url, options);
      await page.keyboard.press('Shift');
      return response;
    };
    await provide(page);
  },
});

export { expect, type Page } from '@playwright/test';
