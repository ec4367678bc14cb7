/**
 * Server-only data access for the pages: the article collection (loaded once per build
 * process) and what each page needs from it.
 */
import 'server-only';
import { loadArticles, type Article } from '../content/load';
import { allHubCodes, articlesForCode, compareCodes } from './codes';

let cache: Article[] | null = null;

export function getArticles(): Article[] {
  cache ??= loadArticles();
  return cache;
}

export function getArticle(id: string): Article | undefined {
  return getArticles().find((a) => a.id === id);
}

/** Every code hub, computed from the registries and the articles. */
export function getHubCodes(): string[] {
  return allHubCodes(getArticles().flatMap((a) => [...a.replyCodes, ...a.statusCodes]));
}

/** Articles carrying a code: specific ones first, then the generic page and reason pages (the shared helper). */
export function getArticlesForCode(code: string): Article[] {
  return articlesForCode(code, getArticles());
}

export function getProviders(): string[] {
  return [...new Set(getArticles().flatMap((a) => a.providers))].filter((p) => p !== 'any').sort();
}

/** All concrete codes an article links to as chips (generic `X.7.1` shown as `5.7.1` and `4.7.1`). */
export function chipCodes(a: Article): string[] {
  const out = new Set<string>(a.replyCodes);
  for (const c of a.statusCodes) {
    if (c.startsWith('X.')) for (const cls of ['4', '5']) out.add(`${cls}${c.slice(1)}`);
    else out.add(c);
  }
  return [...out].sort(compareCodes);
}
