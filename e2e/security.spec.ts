import { expect, test, type Page } from './base';
import fs from 'node:fs';
import path from 'node:path';

/** Collects CSP violations the page reports while the test runs. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (?:execute|load|connect|create)/i.test(m.text())) seen.push(m.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  return seen;
}

test.describe('the site runs only its own scripts', () => {
  for (const url of ['/ko/', '/en/errors/daum-das51-antispam-block/', '/ko/codes/5.7.1/', '/nope/']) {
    test(`${url} carries its CSP in a meta tag and a header, and nothing on it is refused`, async ({ page }) => {
      const violations = await watchCsp(page);
      const response = await page.goto(url);
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(header).toContain("frame-ancestors 'none'");
      expect(header).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
      expect(meta).toMatch(/^default-src 'self'; script-src 'self'/);
      const scriptSrc = /script-src ([^;]*)/.exec(meta ?? '')?.[1] ?? '';
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*|data:|blob:/);
      await page.waitForLoadState('networkidle');
      expect(violations).toEqual([]);
    });
  }

  test('pasting a bounce works under the CSP (the worker loads, no violation)', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/en/');
    await page.locator('[role="search"][data-ready="true"]').first().waitFor({ state: 'attached' });
    const text = fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', 'daum-das51-postfix.eml'), 'utf8');
    await page.getByTestId('search-main').fill(text);
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
    expect(violations).toEqual([]);
  });

  test('an injected inline script is refused by the page policy', async ({ page }) => {
    const violations = await watchCsp(page);
    await page.goto('/en/');
    const ran = await page.evaluate(() => {
      const w = window as unknown as { injected?: boolean };
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.appendChild(s);
      return w.injected === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
  });
});
