import { expect, test, type Page } from './base';
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const fixture = (name: string) => fs.readFileSync(path.join(process.cwd(), 'e2e', 'fixtures', name), 'utf8');

/** Opens a page and waits until its search field is hydrated (typing before that is not handled). */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.locator('[role="search"][data-ready="true"]').first().waitFor({ state: 'attached' });
}

/** A real paste: the text goes through the clipboard and Ctrl+V into the focused field. */
async function paste(page: Page, testId: string, text: string) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  const field = page.getByTestId(testId);
  await field.focus();
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('ControlOrMeta+V');
}

test.describe('pasting a bounce on the home page', () => {
  test('a Daum DAS51 bounce via Postfix shows the anti-spam block article and Ctrl+Enter opens it', async ({ page }) => {
    await open(page, '/ko/');
    await paste(page, 'search-main', fixture('daum-das51-postfix.eml'));
    const top = page.getByTestId('top-result');
    await expect(top).toHaveAttribute('data-id', 'daum-das51-antispam-block');
    await expect(page.getByTestId('diagnosis').first()).toContainText('kim@hanmail.net');
    await expect(page.getByTestId('evidence-text').locator('mark').first()).toBeVisible();
    await page.getByTestId('search-main').press('Control+Enter');
    await expect(page).toHaveURL(/\/ko\/errors\/daum-das51-antispam-block\/$/);
  });

  test('a qmail TLS 140770FC failure lands on the qmail TLS article', async ({ page }) => {
    await open(page, '/ko/');
    await paste(page, 'search-main', fixture('qmail-tls-140770fc.txt'));
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'qmail-tls-140770fc-unknown-protocol');
    await page.getByTestId('search-main').press('Control+Enter');
    await expect(page).toHaveURL(/\/ko\/errors\/qmail-tls-140770fc-unknown-protocol\/$/);
  });

  test('a Gmail 421-4.7.0 authentication deferral pasted in the English site opens the English page', async ({ page }) => {
    await open(page, '/en/');
    await paste(page, 'search-main', fixture('gmail-421-unauthenticated.txt'));
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'gmail-421-470-unauthenticated');
    await page.getByTestId('search-main').press('Control+Enter');
    await expect(page).toHaveURL(/\/en\/errors\/gmail-421-470-unauthenticated\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('Ctrl+Enter pressed before the results are ready opens the top result when they arrive', async ({ page }) => {
    await open(page, '/en/');
    const field = page.getByTestId('search-main');
    await field.fill(fixture('daum-das51-postfix.eml'));
    await field.press('Control+Enter');
    await expect(page).toHaveURL(/\/en\/errors\/daum-das51-antispam-block\/$/);
  });

  test('a multi-recipient bounce gives one diagnosis per recipient, in bounce order', async ({ page }) => {
    await open(page, '/en/');
    await paste(page, 'search-main', fixture('multi-recipient.eml'));
    const diagnoses = page.getByTestId('diagnosis');
    await expect(diagnoses).toHaveCount(2);
    await expect(diagnoses.nth(0)).toContainText('nobody@gmail.com');
    await expect(diagnoses.nth(0).locator('a[data-result]').first()).toHaveAttribute('data-id', 'gmail-550-511-account-does-not-exist');
    await expect(diagnoses.nth(1)).toContainText('kim@hanmail.net');
    await expect(diagnoses.nth(1).locator('a[data-result]').first()).toHaveAttribute('data-id', 'daum-552-522-mailbox-full');
  });

  test('a bare 5.7.1 puts its code hub first, then articles carrying it, and is kept in the URL', async ({ page, request }) => {
    await open(page, '/en/');
    await page.getByTestId('search-main').fill('5.7.1');
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'code:5.7.1');
    await expect(page.getByTestId('top-result')).toHaveAttribute('href', '/en/codes/5.7.1/');
    await expect(page).toHaveURL(/\?q=5\.7\.1$/);
    const shown = await page.locator('a[data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    const hub = await (await request.get('/en/codes/5.7.1/')).text();
    const onHub = new Set([...hub.matchAll(/href="\/en\/errors\/([a-z0-9-]+)\/"/g)].map((m) => m[1]));
    expect(shown.length).toBeGreaterThan(3);
    for (const id of shown.slice(1)) expect(onHub.has(id as string), id as string).toBe(true);
  });

  test('a shared ?q= link runs the search, and Enter on a single line opens the top result', async ({ page }) => {
    await open(page, '/ko/?q=DAS51');
    await expect(page.getByTestId('search-main')).toHaveValue('DAS51');
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
    await page.getByTestId('search-main').press('Enter');
    await expect(page).toHaveURL(/\/ko\/errors\/daum-das51-antispam-block\/$/);
  });

  test('a pasted bounce never goes into the URL and no request leaves with it', async ({ page, baseURL }) => {
    const requests: { url: string; body: string | null }[] = [];
    page.on('request', (r) => requests.push({ url: r.url(), body: r.postData() }));
    await open(page, '/en/');
    await paste(page, 'search-main', fixture('multi-recipient.eml'));
    await expect(page.getByTestId('diagnosis')).toHaveCount(2);
    await page.getByTestId('search-main').press('ArrowDown');
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${baseURL}/en/`);
    const origin = new URL(baseURL as string).origin;
    for (const r of requests) {
      expect(new URL(r.url).origin, r.url).toBe(origin);
      expect(r.url).not.toContain('hanmail');
      expect(r.body).toBeNull();
    }
  });

  test('arrow keys move through the results and Esc clears the field', async ({ page }) => {
    await open(page, '/en/');
    const field = page.getByTestId('search-main');
    await field.fill('5.1.1');
    await expect(page.getByTestId('top-result')).toBeVisible();
    await field.press('ArrowDown');
    await expect(page.getByTestId('top-result')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('a[data-result]').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(field).toBeFocused();
    await field.press('Escape');
    await expect(field).toHaveValue('');
    await expect(page.getByTestId('results')).toHaveCount(0);
  });

  test('/ and Ctrl+K focus the search from an article page', async ({ page }) => {
    await open(page, '/en/errors/daum-das51-antispam-block/');
    await page.locator('h1').click();
    await page.keyboard.press('/');
    await expect(page.getByTestId('search-header')).toBeFocused();
    await page.locator('h1').click();
    await page.keyboard.press('Control+K');
    await expect(page.getByTestId('search-header')).toBeFocused();
    await page.getByTestId('search-header').fill('DAS51');
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
  });

  test('HTML and script in a paste are shown as text and never run', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await open(page, '/en/');
    const evil = '550 5.1.1 <img src=x onerror="window.__pwned=1;alert(1)"> <script>window.__pwned=2</script> User unknown\n<b>bold</b>';
    await paste(page, 'search-main', evil);
    await expect(page.getByTestId('results')).toBeVisible();
    await expect(page.getByTestId('results')).toContainText('<img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.results img, .results script, .results b').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  test('binary junk in the paste gets a clear answer, not a crash', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open(page, '/en/');
    const junk = Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 0xd7ff)).join('');
    await paste(page, 'search-main', junk);
    await expect(page.getByTestId('results')).toContainText('No article matched');
    await page.getByTestId('search-main').press('Escape');
    await page.getByTestId('search-main').fill('5.2.2');
    await expect(page.getByTestId('top-result')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('a 1 MB paste shows results and the page keeps answering input', async ({ page }) => {
    await open(page, '/en/');
    const filler = 'Received: from relay.example.net (relay.example.net [198.51.100.9]) by mx.example.com\n'.repeat(12_000);
    const big = `${fixture('daum-das51-postfix.eml')}\n${filler}`.slice(0, 1_048_576);
    await paste(page, 'search-main', big);
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block', { timeout: 15_000 });
    // The page still answers input: a key typed after the paste lands in the field.
    await page.getByTestId('search-main').press('Control+End');
    await page.keyboard.type('Z');
    expect((await page.getByTestId('search-main').inputValue()).endsWith('Z')).toBe(true);
  });
});

test.describe('typing a search', () => {
  test('Korean words find articles that show title, one-line summary, severity and codes, with no paste labels', async ({ page }) => {
    await open(page, '/ko/');
    await page.getByTestId('search-main').fill('스팸 차단');
    const results = page.getByTestId('typed-results');
    await expect(page.getByTestId('top-result')).toBeVisible();
    await expect(results.getByTestId('result-summary').first()).not.toBeEmpty();
    await expect(results.locator('.badge').first()).toHaveText(/영구|일시|경우에 따라/);
    await expect(results.locator('code.chip').first()).toBeVisible();
    await expect(page.getByTestId('diagnosis')).toHaveCount(0);
    await expect(page.getByTestId('results')).not.toContainText('수신자 정보 없음');
    await expect(page.getByTestId('results')).not.toContainText(' ms');
  });

  test('initial consonants and the English keyboard mode find what the Korean words find', async ({ page }) => {
    await open(page, '/ko/');
    const field = page.getByTestId('search-main');
    await field.fill('스팸 차단');
    await expect(page.getByTestId('top-result')).toBeVisible();
    const want = await page.getByTestId('top-result').getAttribute('data-id');
    await field.fill('ㅅㅍ ㅊㄷ');
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', want as string);
    await field.fill('tmvoa');
    await expect(page.getByTestId('top-result')).toHaveAttribute('href', /\/ko\/errors\//);
  });

  test('the browser\'s typed results equal `bouncekb search --json` for a sample of queries', async ({ page }) => {
    test.setTimeout(120_000);
    const sample: Array<['ko' | 'en', string[]]> = [
      ['ko', ['스팸 차단', '수신자 없음', '한메일 차단', '5.7.1', 'ㅅㅍ ㅊㄷ', '메일함이 꽉 찼어요']],
      ['en', ['relay denied', 'spf fail', 'outlook S3150', '550 5.7.1', 'mailbx full', 'gmail 5.7.26']],
    ];
    for (const [lang, queries] of sample) {
      // The packaged CLI (dist/, built by `npm ci`'s prepare step) on its prebuilt index.
      const out = execFileSync(process.execPath, ['bin/bouncekb.mjs', 'search', '--json', '--lang', lang, '--limit', '8', ...queries], { encoding: 'utf8', timeout: 100_000 });
      const cli = out.trim().split('\n').map((l) => JSON.parse(l) as { query: string; results: Array<{ type: string; id?: string; code?: string; url: string }> });
      await open(page, `/${lang}/`);
      for (const { query, results } of cli) {
        await page.getByTestId('search-main').fill(query);
        const expected = results.map((r) => (r.type === 'code' ? `code:${r.code}` : r.id));
        await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', expected[0] as string);
        await expect.poll(() => page.locator('[data-testid="typed-results"] a[data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id'))), { message: query }).toEqual(expected);
        expect(await page.locator('[data-testid="typed-results"] a[data-result]').evaluateAll((els) => els.map((e) => e.getAttribute('href')))).toEqual(results.map((r) => r.url));
      }
    }
  });

  test('a pasted bounce\'s top match shows its summary, temporary/permanent and the first fix step', async ({ page }) => {
    await open(page, '/ko/');
    await paste(page, 'search-main', fixture('daum-das51-postfix.eml'));
    await expect(page.getByTestId('top-result')).toHaveAttribute('data-id', 'daum-das51-antispam-block');
    const details = page.getByTestId('top-details');
    await expect(details).toHaveCount(1);
    await expect(details.locator('.badge.permanent')).toBeVisible();
    await expect(page.getByTestId('top-fix')).toContainText('먼저 할 일');
  });

  test('Esc on a long paste asks nothing and clears only on a second Esc; Ctrl+Z brings the text back', async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    await open(page, '/en/');
    const field = page.getByTestId('search-main');
    const text = fixture('daum-das51-postfix.eml');
    await paste(page, 'search-main', text);
    await expect(page.getByTestId('top-result')).toBeVisible();
    await field.press('Escape');
    await expect(field).toHaveValue(text);
    await expect(page.getByTestId('esc-again')).toBeVisible();
    await field.press('Escape');
    await expect(field).toHaveValue('');
    await expect(page.getByTestId('results')).toHaveCount(0);
    await field.press('ControlOrMeta+Z');
    await expect(field).toHaveValue(text);
    expect(dialogs).toBe(0);
  });

  test('the field shows the / and Ctrl K shortcut', async ({ page }) => {
    await open(page, '/en/');
    await expect(page.locator('#search-main-hint kbd').first()).toHaveText('/');
  });
});

test.describe('copy tools on an article', () => {
  test('copy summary puts a Markdown diagnosis with the link on the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/en/errors/daum-das51-antispam-block/');
    await page.getByTestId('copy-summary').click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('**Daum (Hanmail) 554 5.7.1 DAS51');
    expect(text).toContain('`5.7.1`');
    expect(text).toMatch(/\/en\/errors\/daum-das51-antispam-block\/$/);
  });

  test('each section heading has a copy-link button that copies the section URL', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await open(page, '/ko/errors/daum-das51-antispam-block/');
    await page.locator('h2#fix').hover();
    await page.locator('button.anchor[data-section="fix"]').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/ko\/errors\/daum-das51-antispam-block\/#fix$/);
    await expect(page.getByTestId('language-switch')).toHaveAttribute('href', '/en/errors/daum-das51-antispam-block/#fix');
  });
});

test.describe('accessibility', () => {
  for (const url of ['/ko/', '/en/', '/ko/errors/daum-das51-antispam-block/', '/en/errors/daum-das51-antispam-block/', '/ko/codes/5.7.1/', '/en/codes/5.7.1/']) {
    test(`axe finds no serious or critical violation on ${url}`, async ({ page }) => {
      await page.goto(url);
      const results = await new AxeBuilder({ page }).analyze();
      const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    });
  }

  test('axe finds no serious violation with results shown', async ({ page }) => {
    await open(page, '/en/');
    await page.getByTestId('search-main').fill('5.7.1');
    await expect(page.getByTestId('top-result')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  });
});
