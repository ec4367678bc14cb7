import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './base';

/** Pages as a new reader sees them: answer first, code hubs that decide, links that share. */

const ARTICLE = '/errors/gmail-550-5727-spf-fail/';
const PHONE = { width: 390, height: 844 };

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`) });
}

test.describe('an article, answer first', () => {
  for (const lang of ['ko', 'en'] as const) {
    test(`${lang}: summary, facts and the fix come before any sample or code block`, async ({ page }) => {
      await page.goto(`/${lang}${ARTICLE}`);
      const order = await page.evaluate(() => {
        const all = [...document.querySelectorAll('h1, .summary, .facts, h2#fix, #samples, pre')];
        return all.map((e) => (e.tagName === 'PRE' ? 'pre' : e.id ? `#${e.id}` : e.className || e.tagName.toLowerCase()));
      });
      expect(order.slice(0, 4)).toEqual(['h1', 'summary', 'facts', '#fix']);
      expect(order.indexOf('#samples')).toBeGreaterThan(order.indexOf('#fix'));
      // The severity is said once: the badge, then the hint without repeating the badge's word.
      const severity = await page.locator('.facts .severity dd').innerText();
      const badge = await page.locator('.facts .badge').innerText();
      expect(severity.split(badge).length - 1).toBe(1);
    });
  }

  test('a multi-line reply keeps its lines and long tokens wrap inside the phone screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/en${ARTICLE}`);
    const first = page.getByTestId('sample').first();
    const text = await first.innerText();
    expect(text.split('\n').length).toBeGreaterThan(4);
    expect(text.split('\n')[0]).toBe('550-5.7.27 This mail has been blocked because SPF does not pass.');
    const overflow = await first.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(pageOverflow).toBeLessThanOrEqual(0);
  });

  for (const lang of ['ko', 'en'] as const) {
    test(`${lang} on a phone: the first step of the fix is on the first screen`, async ({ page }) => {
      await page.setViewportSize(PHONE);
      for (const id of ['gmail-550-5727-spf-fail', 'daum-das51-antispam-block', 'microsoft-550-57708-traffic-not-accepted']) {
        await page.goto(`/${lang}/errors/${id}/`);
        const top = await page.locator('[data-section="fix"] li').first().evaluate((el) => el.getBoundingClientRect().top);
        expect(top, id).toBeLessThan(PHONE.height - 24);
      }
      await shot(page, `${lang}-article-phone`);
    });
  }

  test('Korean text breaks between words, and the Korean page shows no English source line or file path', async ({ page }) => {
    await page.goto(`/ko${ARTICLE}`);
    expect(await page.locator('.summary').evaluate((el) => getComputedStyle(el).wordBreak)).toBe('keep-all');
    await expect(page.locator('details.sources ul')).toBeHidden();
    await expect(page.locator('main')).not.toContainText('content/errors/');
  });

  test('"related" does not repeat the links of "often confused with"', async ({ page }) => {
    await page.goto(`/en${ARTICLE}`);
    const confused = await page.locator('[data-section="related"] a[href*="/errors/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const related = await page.locator('section[aria-labelledby="related-articles"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(confused.length).toBeGreaterThan(0);
    for (const href of related) expect(confused).not.toContain(href);
  });

  test('a command block has a copy button that copies the command', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(`/en${ARTICLE}`);
    const button = page.locator('[data-section="fix"] pre button.copy-code').first();
    await button.click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("dig +short TXT example.com | grep -i 'v=spf1'");
    // Quoted bounce text is not something to run: no button there.
    await expect(page.locator('pre.sample button')).toHaveCount(0);
  });

  test('wide screens get a table of contents in the reading order; #fix links still land', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`/en${ARTICLE}#fix`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    await expect(toc).toBeVisible();
    const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 3)).toEqual(['#fix', '#samples', '#cause']);
    expect(await page.locator('h2#fix').evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(50);
  });
});

test.describe('sharing and findability', () => {
  test('every kind of page carries Open Graph and Twitter tags with absolute URLs', async ({ page }) => {
    for (const path of ['/ko/', '/en/errors/', `/ko${ARTICLE}`, '/en/codes/5.7.1/', '/ko/codes/', '/en/providers/daum/']) {
      await page.goto(path);
      const og = (p: string) => page.locator(`meta[property="og:${p}"]`);
      await expect(og('title'), path).toHaveAttribute('content', /.+/);
      await expect(og('description'), path).toHaveAttribute('content', /.{20,}/);
      await expect(og('url'), path).toHaveAttribute('content', /^https?:\/\/[^/]+\//);
      await expect(page.locator('meta[name="twitter:card"]'), path).toHaveAttribute('content', /summary/);
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', /^https?:\/\/[^/]+\/(ko|en)\//);
      for (const l of ['ko', 'en']) await expect(page.locator(`link[rel="alternate"][hreflang="${l}"]`), path).toHaveAttribute('href', new RegExp(`^https?://[^/]+/${l}/`));
    }
  });

  test('the favicon is linked and answers 200; robots.txt names an absolute sitemap', async ({ page, request }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('/en/');
    const icon = await page.locator('link[rel="icon"]').first().getAttribute('href');
    expect(icon).toBeTruthy();
    expect((await request.get(icon as string)).status()).toBe(200);
    expect((await request.get('/favicon.ico')).status()).toBe(200);
    expect(await (await request.get('/robots.txt')).text()).toMatch(/Sitemap: https?:\/\/[^/]+\/sitemap\.xml/);
    expect(errors).toEqual([]);
  });

  test('the 404 of an /en/ path reads English first, with the header and a search field', async ({ page }) => {
    const response = await page.goto('/en/errors/no-such-error/');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('banner').getByRole('link', { name: 'bouncekb' })).toHaveAttribute('href', '/en/');
    await expect(page.getByTestId('search-main')).toBeVisible();
    await page.goto('/ko/no-such-page/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  });

  test('without JavaScript the 404 page still has a search field and both languages', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ko/nothing-here/');
    await expect(page.locator('textarea, input[type="search"]').first()).toBeVisible();
    await expect(page.getByText('페이지를 찾을 수 없습니다')).toBeVisible();
    await context.close();
  });
});

test.describe('code hubs and indexes', () => {
  test('a code hub speaks the reader\'s language first and tells the articles apart by their phrase', async ({ page }) => {
    await page.goto('/ko/codes/5.7.1/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('전송 거부');
    await expect(page.locator('details#standard')).not.toHaveAttribute('open', '');
    const rdeny = page.locator('[data-testid="hub-list"] li', { hasText: 'RDENY' });
    await expect(rdeny.locator('code.phrase')).toHaveText('RDENY');
    await expect(rdeny.getByRole('link')).toHaveAttribute('href', '/ko/errors/daum-550-571-rdeny/');
    await expect(page.locator('[data-testid="hub-list"] li', { hasText: 'DAS51' }).getByRole('link')).toHaveAttribute('href', '/ko/errors/daum-das51-antispam-block/');
    // Generic pages are set apart, after the specific cases.
    const generic = page.locator('section[aria-labelledby="generic"]');
    await expect(generic.getByRole('link', { name: /X\.7\.1/ })).toHaveAttribute('href', '/ko/errors/status-x-7-1/');
    await expect(page.locator('[data-testid="hub-list"] a[href="/ko/errors/status-x-7-1/"]')).toHaveCount(0);
  });

  test('/codes/ is grouped by class, every row opens its hub, vendor codes are explained', async ({ page }) => {
    await page.goto('/en/codes/');
    await expect(page.getByRole('heading', { name: '5xx Permanent failure' })).toBeVisible();
    const row = page.locator('a.code-row[href="/en/codes/5.7.708/"]');
    await expect(row).toContainText('Vendor code');
    await expect(row).not.toContainText('not in the IANA registry');
    await expect(row.locator('.meaning')).toContainText(/tenant|IP/i);
    await page.locator('a.code-row[href="/en/codes/5.7.1/"] .meaning').click();
    await expect(page).toHaveURL(/\/en\/codes\/5\.7\.1\/$/);
  });

  test('/{lang}/errors/ lists every article and filters by provider, cause and temporary/permanent', async ({ page }) => {
    await page.goto('/en/errors/');
    const rows = page.locator('[data-testid="error-index"] li');
    const total = await rows.count();
    expect(total).toBeGreaterThan(200);
    await page.getByTestId('filter-provider').selectOption('daum');
    await page.getByTestId('filter-severity').selectOption('transient');
    await expect(page).toHaveURL(/\?provider=daum&severity=transient$/);
    const visible = page.locator('[data-testid="error-index"] li:visible');
    const n = await visible.count();
    expect(n).toBeGreaterThan(3);
    expect(n).toBeLessThan(total);
    for (const badge of await visible.locator('.badge').allInnerTexts()) expect(badge).toBe('Temporary');
    await expect(page.getByTestId('filter-count')).toHaveText(`${n} of ${total}`);
    // A shared filtered link opens filtered.
    await page.goto('/en/errors/?reason=mailboxfull');
    await expect(page.getByTestId('filter-reason')).toHaveValue('mailboxfull');
    expect(await page.locator('[data-testid="error-index"] li:visible').count()).toBeLessThan(total);
  });

  test('without JavaScript /{lang}/errors/ is a plain complete list', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ko/errors/');
    await expect(page.locator('form.filters')).toBeHidden();
    expect(await page.locator('[data-testid="error-index"] li:visible').count()).toBeGreaterThan(200);
    await context.close();
  });

  test('one name per provider, sorted as the reader reads them, Korean names in Korean', async ({ page }) => {
    await page.goto('/en/providers/');
    const names = await page.locator('a.provider-row .meaning').allInnerTexts();
    expect(names.filter((n) => /kakao/i.test(n))).toHaveLength(1);
    expect(names.filter((n) => /exchange/i.test(n)).length).toBeLessThanOrEqual(2);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await page.goto('/ko/providers/');
    const ko = await page.locator('a.provider-row .meaning').allInnerTexts();
    expect(ko.some((n) => n.includes('네이버'))).toBe(true);
    expect(ko.some((n) => n.includes('카카오'))).toBe(true);
    expect(ko).not.toContain('Naver');
  });
});

test.describe('the new pages on a phone and in dark mode', () => {
  const pages = ['/ko/errors/', '/en/errors/', '/ko/codes/', '/en/codes/550/', `/ko${ARTICLE}`, `/en${ARTICLE}`, '/en/no-such-page/'];
  for (const path of pages) {
    test(`axe: no serious or critical violation on ${path} (390 px, dark)`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: PHONE, colorScheme: 'dark' });
      const page = await context.newPage();
      await page.goto(path);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
      await shot(page, `dark-phone${path.replace(/\//g, '_')}`);
      await context.close();
    });
  }
});
