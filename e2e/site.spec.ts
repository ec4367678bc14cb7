import { expect, test } from './base';

test.describe('the bilingual site', () => {
  test('a Korean browser opening / lands on the Korean home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ko\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await context.close();
  });

  test('an English browser opening / lands on the English home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await context.close();
  });

  test('without JavaScript, / offers a link to each language', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.locator('a[href="/ko/"]')).toBeVisible();
    await expect(page.locator('a[href="/en/"]')).toBeVisible();
    await context.close();
  });

  test('an admin browses from the home page to the Daum anti-spam article and sees the facts', async ({ page }) => {
    await page.goto('/ko/');
    await page.getByRole('link', { name: /DAS51/ }).first().click();
    await expect(page).toHaveURL(/\/ko\/errors\/daum-das51-antispam-block\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('DAS51');
    await expect(page.getByTestId('sample').first()).toContainText('554 5.7.1 DAS51');
    await expect(page.getByRole('link', { name: '5.7.1', exact: true })).toHaveAttribute('href', '/ko/codes/5.7.1/');
    await expect(page.locator('.badge.permanent').first()).toHaveText('영구 오류');
    await expect(page.locator('h2#fix')).toBeVisible();
  });

  test('the language switch keeps the article and the section', async ({ page }) => {
    await page.goto('/ko/errors/daum-das51-antispam-block/#fix');
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/en\/errors\/daum-das51-antispam-block\/#fix$/);
    await expect(page.locator('h2#fix')).toContainText('How to fix it');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('the language switch follows a section chosen after the page loaded', async ({ page }) => {
    await page.goto('/en/errors/daum-das51-antispam-block/');
    // Wait for hydration (the section copy buttons appear then): Next's router rewrites the URL once at start.
    await page.locator('button.anchor').first().waitFor({ state: 'attached' });
    await page.evaluate(() => {
      location.hash = '#cause';
    });
    await page.getByTestId('language-switch').click();
    await expect(page).toHaveURL(/\/ko\/errors\/daum-das51-antispam-block\/#cause$/);
  });

  test('the 5.7.1 code hub shows the standard meaning and lists the Daum articles', async ({ page }) => {
    await page.goto('/en/codes/5.7.1/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('5.7.1');
    await expect(page.locator('#standard blockquote')).toContainText('Delivery not authorized');
    await expect(page.getByTestId('hub-summary').getByRole('link')).toHaveAttribute('href', '/en/errors/status-x-7-1/');
    const list = page.locator('section[aria-labelledby="articles"]');
    await expect(list.getByRole('link', { name: /DAS51/ })).toHaveAttribute('href', '/en/errors/daum-das51-antispam-block/');
  });

  test('a registry code with no article yet still has its hub', async ({ page }) => {
    const response = await page.goto('/ko/codes/4.7.30/');
    expect(response?.status()).toBe(200);
    await expect(page.locator('#standard blockquote')).toContainText('REQUIRETLS');
  });

  test('pages link their other language with hreflang', async ({ page }) => {
    await page.goto('/ko/errors/daum-das51-antispam-block/');
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/en\/errors\/daum-das51-antispam-block\/$/);
    await expect(page.locator('link[rel="alternate"][hreflang="ko"]')).toHaveAttribute('href', /\/ko\/errors\/daum-das51-antispam-block\/$/);
    await expect(page).toHaveTitle(/DAS51.*bouncekb/);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Daum/);
  });

  test('an unknown address answers 404 with a page in both languages', async ({ page }) => {
    const response = await page.goto('/ko/errors/no-such-error/');
    expect(response?.status()).toBe(404);
    await expect(page.getByText('페이지를 찾을 수 없습니다')).toBeVisible();
    await expect(page.getByText('Page not found')).toBeVisible();
  });

  test('robots.txt points at the sitemap, and every sitemap URL answers 200', async ({ request, baseURL }) => {
    const robots = await request.get('/robots.txt');
    expect(await robots.text()).toMatch(/Sitemap: .*\/sitemap\.xml/);
    const xml = await (await request.get('/sitemap.xml')).text();
    const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    expect(urls.length).toBeGreaterThan(400);
    expect(urls).toContain('/ko/errors/daum-das51-antispam-block/');
    expect(urls).toContain('/en/codes/550/');
    const failures: string[] = [];
    for (let i = 0; i < urls.length; i += 25) {
      const batch = urls.slice(i, i + 25);
      const statuses = await Promise.all(batch.map((u) => request.get(`${baseURL}${u}`).then((r) => r.status())));
      statuses.forEach((s, j) => s !== 200 && failures.push(`${batch[j]} -> ${s}`));
    }
    expect(failures).toEqual([]);
  });
});
