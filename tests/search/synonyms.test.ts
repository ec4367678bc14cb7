import { describe, expect, it } from 'vitest';
import { checkSynonyms, loadSynonyms } from '../../lib/content/synonyms';
import { ContentError } from '../../lib/content/load';
import { ROOT } from './helpers';

const FILE = 'content/synonyms.json';

describe('content/synonyms.json', () => {
  it('the project file passes its schema', () => {
    expect(loadSynonyms(ROOT).groups.length).toBeGreaterThan(20);
  });

  it('a broken entry is reported with the file, the group and the field', () => {
    const problems = checkSynonyms({ groups: [{ id: 'spam', terms: ['스팸', 'spam'] }, { id: 'quota', terms: ['용량'] }, { id: 'x', terms: ['a', 'b'], reasons: ['mailbox-full'] }] }, FILE);
    expect(problems).toContain(`${FILE}: groups[1] (quota): terms: a group needs at least 2 terms`);
    expect(problems.some((p) => p.startsWith(`${FILE}: groups[2] (x): reasons[0]:`) && p.includes('allowed: userunknown'))).toBe(true);
  });

  it('a duplicate id and a term without a searchable word are caught', () => {
    const problems = checkSynonyms({ groups: [{ id: 'a', terms: ['x1', 'y1'] }, { id: 'a', terms: ['the', '163', 'of a'] }] }, FILE);
    expect(problems).toEqual([
      `${FILE}: groups[1] (a): id: "a" is used by another group`,
      `${FILE}: groups[1] (a): terms[0]: "the" has no searchable word (only stop words)`,
      `${FILE}: groups[1] (a): terms[2]: "of a" has no searchable word (only stop words)`,
    ]);
  });

  it('loading a broken file throws a ContentError naming it', () => {
    expect(() => loadSynonyms('/nonexistent-root')).toThrow(ContentError);
  });
});

describe('the Korean glossary feeds the search', () => {
  it('each glossary term with plain variants becomes a synonym group after the file\'s own groups', async () => {
    const { glossaryGroups } = await import('../../lib/content/synonyms');
    const groups = glossaryGroups(ROOT);
    const server = groups.find((g) => g.terms[0] === '발송 서버');
    expect(server?.terms).toContain('보내는 서버');
    const all = loadSynonyms(ROOT).groups;
    expect(all.slice(-groups.length).map((g) => g.id)).toEqual(groups.map((g) => g.id));
  });

  it('no glossary file, no glossary groups', async () => {
    const { glossaryGroups } = await import('../../lib/content/synonyms');
    expect(glossaryGroups('/nonexistent-root')).toEqual([]);
  });
});
