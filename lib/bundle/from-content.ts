/**
 * Server-side (build time): the loaded articles turned into the shipped `BundleData`.
 */
import type { Article } from '../content/load';
import { toMatchArticles } from '../content/match-articles';
import type { BundleData, Guide } from './data';
import { firstStep, whoActs } from './guide';

/**
 * The data file's content for a set of loaded articles.
 *
 * @example
 * fs.writeFileSync('dist/data/bouncekb.json', JSON.stringify(bundleData(loadArticles())));
 */
export function bundleData(articles: Article[]): BundleData {
  const guides: Record<string, Guide> = {};
  for (const a of articles) {
    const { who, section } = whoActs(a.actors, a.body.en.html);
    const step: Guide['step'] = {};
    if (section) {
      for (const lang of ['ko', 'en'] as const) {
        const s = firstStep(a.body[lang].html, section);
        if (s) step[lang] = s;
      }
    }
    guides[a.id] = { who, step };
  }
  return { version: 1, articles: toMatchArticles(articles), guides };
}
