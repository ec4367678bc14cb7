import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, loadArticles, parseArticle } from '../../lib/content/load';
import { findInArticle, findInLine, koreanProse, loadGlossary, parseGlossary } from '../../lib/content/glossary';
import { adjustParticle, fixArticle } from '../../lib/content/glossary-fix';
import { koreanUiStrings } from '../../lib/content/glossary-ui';

const glossary = loadGlossary();
const fixtures = path.join(__dirname, '..', 'fixtures', 'content');
const broken = 'tests/fixtures/content/glossary-avoided/daum-das51-antispam-block.md';

function variants(text: string): string[] {
  return findInLine(text, glossary, 1).map((f) => f.found);
}

describe('the content check refuses an avoided Korean word, naming file and line', () => {
  it('reports each avoided word of the broken fixture as file: line: "avoided" → "preferred"', () => {
    let problems: string[] = [];
    try {
      loadArticles(path.join(fixtures, 'glossary-avoided'));
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems = e.problems;
    }
    expect(problems).toEqual([
      `${broken}: 60: "보내는 서버" → "발송 서버"`,
      `${broken}: 60: "Naver" → "네이버"`,
      `${broken}: 60: "블랙리스트" → "차단 목록(RBL)"`,
      `${broken}: 60: "등록" → "등재"`,
    ]);
  });

  it('does not count code spans, code blocks, a mail client\'s setting name or a folder name', () => {
    const raw = fs.readFileSync(broken, 'utf8');
    const lines = findInArticle(raw, glossary).map((f) => f.line);
    // Line 51 holds `블랙리스트` in a code span, 보내는 메일 서버(SMTP) and 받은편지함;
    // the ```text block holds 수신 거절 and 보내는 서버.
    expect(lines).not.toContain(51);
    expect(raw.split('\n')[51 - 1]).toContain('받은편지함');
    expect(koreanProse(raw).some((p) => p.text.includes('수신 거절'))).toBe(false);
  });

  it('checks the Korean summary and title lines but not the English ones or the samples', () => {
    const raw = ['---', 'title:', '  ko: "보내는 서버 차단"', '  en: "보내는 서버"', 'samples:', '  - "거절"', '---', '<!-- lang:ko -->', '본문', '<!-- lang:en -->', '거절'].join('\n');
    expect(findInArticle(raw, glossary).map((f) => [f.line, f.found])).toEqual([[3, '보내는 서버']]);
  });
});

describe('matching respects Korean word boundaries', () => {
  it('finds the avoided variants and not the preferred terms', () => {
    expect(variants('보내는 서버가 거절했습니다')).toEqual(['보내는 서버', '거절']);
    expect(variants('발송 서버가 거부했습니다')).toEqual([]);
  });

  it('does not find a variant inside a longer Korean word', () => {
    expect(variants('받은편지함과 확인사항을 봅니다')).toEqual([]);
    expect(variants('편지함을 비웁니다')).toEqual(['편지함']);
  });

  it('tells a listing (등재) from what the sender registers (등록)', () => {
    expect(variants('차단 목록에 등록된 IP')).toEqual(['등록']);
    expect(variants('PTR을 등록하고 발신자 등록을 마칩니다')).toEqual([]);
  });

  it('flags slang and a greeting called 인사, but not 인사팀', () => {
    expect(variants('털린 계정으로 스팸을 뿌리면')).toEqual(['털린', '뿌리면']);
    expect(variants('서버가 인사할 때')).toEqual(['인사']);
    expect(variants('인사팀에 문의')).toEqual([]);
  });

  it('flags Naver and Kakao in Latin letters but keeps Daum', () => {
    expect(variants('Naver와 Kakao, Daum')).toEqual(['Naver', 'Kakao']);
    expect(variants('naver.com')).toEqual([]);
  });
});

describe('glossary-fix rewrites the mechanical cases and fixes the particle', () => {
  it('adjusts the particle by pronunciation', () => {
    expect(adjustParticle('거부', '이 늘었습니다')).toBe('가 늘었습니다');
    expect(adjustParticle('차단 목록(RBL)', '를 확인')).toBe('을 확인');
    expect(adjustParticle('차단 목록', '로 갑니다')).toBe('으로 갑니다');
    expect(adjustParticle('메일함', '는 비었습니다')).toBe('은 비었습니다');
    expect(adjustParticle('발송 서버', '입니다')).toBe('입니다');
  });

  it('writes 차단 목록(RBL) at the first mention and 차단 목록 after', () => {
    const raw = '<!-- lang:ko -->\n블랙리스트를 봅니다. 블랙리스트가 많습니다. 거절이 나고 메일박스는 찼습니다.\n<!-- lang:en -->\nx';
    const { text, left } = fixArticle(raw, glossary);
    expect(text.split('\n')[1]).toBe('차단 목록(RBL)을 봅니다. 차단 목록이 많습니다. 거부가 나고 메일함은 찼습니다.');
    expect(left).toEqual([]);
  });

  it('leaves a verb phrase and a mail client setting to a person', () => {
    const raw = '<!-- lang:ko -->\n메일을 받는 서버로 갑니다. 메일 프로그램의 보내는 서버 설정, 털린 계정.\n아이디·비밀번호는 받는 서버와 같습니다.\n<!-- lang:en -->\nx';
    const { text, left } = fixArticle(raw, glossary);
    expect(text).toBe(raw);
    expect(left.map((f) => f.found)).toEqual(['받는 서버', '보내는 서버', '털린', '받는 서버']);
  });

  it('fixes the broken fixture down to nothing', () => {
    const { text, left } = fixArticle(fs.readFileSync(broken, 'utf8'), glossary);
    expect(left).toEqual([]);
    expect(findInArticle(text, glossary)).toEqual([]);
    expect(text).toContain('발송 서버가 네이버 차단 목록에 등재되면');
  });
});

describe('the glossary file', () => {
  it('is the one of the project the article belongs to when a root is given', () => {
    const raw = fs.readFileSync(path.join(fixtures, 'valid', 'daum-das51-antispam-block.md'), 'utf8');
    const problems: string[] = [];
    parseArticle(raw, 'daum-das51-antispam-block.md', problems, path.join(fixtures, 'glossary-root'));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.endsWith('"스팸센터" → "한메일"'))).toBe(true);
    const clean: string[] = [];
    parseArticle(raw, 'daum-das51-antispam-block.md', clean);
    expect(clean).toEqual([]);
  });

  it('is refused with a field path when an entry is malformed', () => {
    const problems: string[] = [];
    expect(parseGlossary('terms:\n  - write: 발송 서버\n    avoid: []\n', 'g.yaml', problems)).toBeNull();
    expect(problems).toEqual(['g.yaml: terms[0].avoid: list at least one variant to avoid']);
  });

  it('lists only existing articles as pending', () => {
    const ids = new Set(fs.readdirSync(path.join('content', 'errors')).map((f) => f.replace(/\.md$/, '')));
    expect(glossary.pending.filter((id) => !ids.has(id))).toEqual([]);
  });
});

describe('the Korean UI strings of lib/i18n.ts', () => {
  it('use no avoided word', () => {
    const found = koreanUiStrings().flatMap((s) => findInLine(s.text, glossary, 1).map((f) => `${s.where}: ${f.found}`));
    expect(found).toEqual([]);
  });

  it('name the sending admin as the articles do', () => {
    const texts = koreanUiStrings().map((s) => s.text);
    expect(texts).toContain('발송 서버 관리자');
    expect(texts).toContain('네이버');
  });
});
