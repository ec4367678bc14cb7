/**
 * Every sample quoted in every article sends a paste of it to that article first. A failure says
 * where the sample went and why, so the author can fix the signature (or the sample).
 */
import { describe, expect, it } from 'vitest';
import { ContentError, loadArticles, type Article } from '../../lib/content/load';
import { toMatchArticles } from '../../lib/content/match-articles';
import { analyze, buildIndex } from '../../lib/matcher';

function load(): { articles: Article[]; problems: string[] } {
  try {
    return { articles: loadArticles(), problems: [] };
  } catch (e) {
    if (e instanceof ContentError) return { articles: [], problems: e.problems };
    throw e;
  }
}

const { articles, problems } = load();
const index = buildIndex(toMatchArticles(articles));

describe('content samples', () => {
  it('content/ loads without problems', () => {
    expect(problems).toEqual([]);
  });

  for (const article of articles) {
    article.samples.forEach((sample, k) => {
      it(`sample ${k + 1} of ${article.id} lands on ${article.id}`, async () => {
        const { diagnoses } = await analyze(sample, index, { lang: 'en' });
        const d = diagnoses[0];
        const top = d?.matches[0];
        const because = top
          ? `${top.why.kind}: ${top.why.detail} (diagnosis reason ${d?.reason}: ${d?.reasonWhy}; evidence ${JSON.stringify(top.evidence)})`
          : `no match (${d ? `diagnosis reason ${d.reason}: ${d.reasonWhy}` : 'no diagnosis read from the sample'})`;
        expect(top?.id, `sample "${sample}" of article ${article.id} went to ${top?.id ?? 'nothing'} because ${because}`).toBe(article.id);
      });
    });
  }
});
