/**
 * Server-side: the loader's articles reduced to what the matcher needs (`MatchArticle`), for
 * the browser's per-language JSON (scripts/build-data.ts) and for the CLI.
 */
import type { Article } from './load';
import type { MatchArticle } from '../matcher/types';
import type { Lang } from '../matcher/vocabulary';

/**
 * Maps loaded articles to `MatchArticle[]`. With `lang`, titles carry that language only (the
 * browser loads one language); without, both.
 *
 * @example
 * const articles = loadArticles();
 * fs.writeFileSync('public/data/match-ko.json', JSON.stringify(toMatchArticles(articles, 'ko')));
 * const index = buildIndex(toMatchArticles(articles)); // CLI: both titles
 */
export function toMatchArticles(articles: Article[], lang?: Lang): MatchArticle[] {
  return articles.map((a) => ({
    id: a.id,
    kind: a.kind,
    reason: a.reason,
    severity: a.severity,
    replyCodes: [...a.replyCodes],
    statusCodes: [...a.statusCodes],
    providers: [...a.providers],
    actors: [...a.actors],
    signatures: a.signatures.map((s) => (Array.isArray(s) ? [...s] : s)),
    title: lang ? { [lang]: a.title[lang] } : { ko: a.title.ko, en: a.title.en },
    source: a.source,
  }));
}

/**
 * Every sample quoted in the articles, with its article id: the fixtures of the samples test
 * and of the bench.
 *
 * @example
 * articleSamples(loadArticles())[0]; // { id: 'daum-das51-antispam-block', sample: '554 5.7.1 DAS51 ...' }
 */
export function articleSamples(articles: Article[]): Array<{ id: string; sample: string }> {
  return articles.flatMap((a) => a.samples.map((sample) => ({ id: a.id, sample })));
}
