/**
 * The reasons the site shows beside each match (in the browser and the CLI) put Korean particles
 * after codes and quoted phrases by how they are read aloud.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';

const index = buildIndex(fixtureArticles);

describe('Korean match reasons', () => {
  it('a code read aloud takes its particle: 5.7.1을, 554와; a quoted signature takes 이', async () => {
    const d = (await analyze('554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)', index, { lang: 'ko' })).diagnoses[0];
    const details = (d?.matches ?? []).map((m) => m.why.detail);
    expect(details[0]).toMatch(/이 글의 시그니처 "DAS51"(, "[^"]+")*이 있습니다/);
    const codeLines = details.filter((t) => t.startsWith('코드 '));
    expect(codeLines.length).toBeGreaterThan(0);
    for (const t of codeLines) expect(t).not.toMatch(/5\.7\.1를|554과|5\.7\.1와|550를/);
    expect(codeLines.some((t) => /코드 (?:5\.7\.1을|5\.7\.1 554를|554를|5\.7\.1과|5\.7\.1 554와|554와) /.test(t))).toBe(true);
  });
});
