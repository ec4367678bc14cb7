import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadArticles } from '../../lib/content/load';

const fixtures = path.join(__dirname, '..', 'fixtures', 'content');

/** Loads one fixture tree and returns the problem lines it raises (none for a valid tree). */
function problemsOf(tree: string): string[] {
  try {
    loadArticles(path.join(fixtures, tree));
    return [];
  } catch (e) {
    if (e instanceof ContentError) return e.problems;
    throw e;
  }
}

const file = 'tests/fixtures/content';

describe('a malformed article stops the build naming the file and the field', () => {
  it('accepts a well-formed article and renders both languages with the same section ids', () => {
    const [a] = loadArticles(path.join(fixtures, 'valid'));
    expect(a?.id).toBe('daum-das51-antispam-block');
    expect(a?.body.ko.sections.map((s) => s.id)).toEqual(a?.body.en.sections.map((s) => s.id));
    expect(a?.body.en.html).toContain('<h2 id="cause">Why it happens</h2>');
    expect(a?.body.ko.html).toContain('<h2 id="cause">원인</h2>');
  });

  it('names the missing translation', () => {
    expect(problemsOf('missing-translation')).toEqual([
      `${file}/missing-translation/daum-das51-antispam-block.md: body.en: translation is missing (add a "<!-- lang:en -->" part)`,
    ]);
  });

  it('names a missing title in one language', () => {
    expect(problemsOf('missing-title')).toEqual([
      expect.stringMatching(/missing-title\/daum-das51-antispam-block\.md: title\.en: /),
    ]);
  });

  it('lists the allowed reasons when the reason is unknown', () => {
    const [p] = problemsOf('unknown-reason');
    expect(p).toMatch(/unknown-reason\/daum-das51-antispam-block\.md: reason: .*\(allowed: userunknown, mailboxfull, .*undefined\)$/);
  });

  it('rejects a malformed status code with an example of the right form', () => {
    expect(problemsOf('malformed-code')).toEqual([
      `${file}/malformed-code/daum-das51-antispam-block.md: statusCodes[0]: a status code looks like 5.7.1`,
    ]);
  });

  it('asks for a stated reason when the code class contradicts the severity', () => {
    expect(problemsOf('severity-contradiction')).toEqual([
      `${file}/severity-contradiction/daum-das51-antispam-block.md: severity: "transient" contradicts the code class (5xx); add severityNote {ko, en} saying why`,
    ]);
  });

  it('refuses a duplicate id', () => {
    const problems = problemsOf('duplicate-id');
    expect(problems).toContain(
      `${file}/duplicate-id/daum-das51-antispam-block.md: id: "daum-das51-antispam-block" is already used by ${file}/duplicate-id/daum-das51-antispam-block-copy.md`,
    );
  });

  it('requires an explicit id on every heading', () => {
    expect(problemsOf('heading-without-id')).toContainEqual(
      `${file}/heading-without-id/daum-das51-antispam-block.md: body: heading "원인" has no explicit id (write it as "## Title {#some-id}")`,
    );
  });

  it('requires the same heading ids in both languages', () => {
    expect(problemsOf('heading-ids-differ')).toEqual([expect.stringMatching(/body: heading ids differ between languages \(ko: message,cause,.*; en: message,causes,/)]);
  });

  it('asks for a quoted review date', () => {
    expect(problemsOf('unquoted-date')).toEqual([expect.stringMatching(/unquoted-date\/daum-das51-antispam-block\.md: reviewed: /)]);
  });

  it('reports YAML that does not parse', () => {
    expect(problemsOf('bad-yaml')).toEqual([expect.stringMatching(/bad-yaml\/daum-das51-antispam-block\.md: frontmatter: YAML does not parse/)]);
  });

  it('refuses a related link to an article that does not exist', () => {
    expect(problemsOf('dangling-related')).toEqual([
      `${file}/dangling-related/daum-das51-antispam-block.md: related[0]: no article has id "no-such-article"`,
    ]);
  });
});

describe('the real collection', () => {
  it('loads without a single problem', () => {
    expect(() => loadArticles()).not.toThrow();
  }, 120_000);
});

describe('a hostile article fails the content check', () => {
  it('names every body link whose scheme could run script, and lets http(s), mailto and relative links through', () => {
    const problems = problemsOf('hostile-links');
    const where = `${file}/hostile-links/daum-das51-antispam-block.md: body: link to`;
    expect(problems).toEqual([
      `${where} "javascript:alert(1)" uses the scheme "javascript:", which is not allowed (allowed: http:, https:, mailto: and relative links)`,
      `${where} "JAVASCRIPT:alert(2)" uses the scheme "javascript:", which is not allowed (allowed: http:, https:, mailto: and relative links)`,
      `${where} "javascript:alert(3)" uses the scheme "javascript:", which is not allowed (allowed: http:, https:, mailto: and relative links)`,
      `${where} "javascript:alert(4)" uses the scheme "javascript:", which is not allowed (allowed: http:, https:, mailto: and relative links)`,
      `${where} "vbscript:msgbox(5)" uses the scheme "vbscript:", which is not allowed (allowed: http:, https:, mailto: and relative links)`,
      expect.stringMatching(/: body: link to "data:text\/html;base64,.*" uses the scheme "data:", which is not allowed/),
    ]);
  });

  it('refuses a source URL that is not http(s)', () => {
    expect(problemsOf('hostile-source')).toEqual([
      `${file}/hostile-source/daum-das51-antispam-block.md: sources[1].url: must be an http: or https: URL`,
    ]);
  });
});
