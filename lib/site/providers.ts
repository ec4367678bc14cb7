/**
 * One name per provider. Some slugs are the same service under two names (Kakao runs Daum mail;
 * Exchange Online is Microsoft 365's mail; QQ Mail is Tencent's), so the lists show one entry and
 * the alias page points at it. Pure: no content access.
 */
import type { Lang } from '../matcher/vocabulary';
import { providerName } from '../i18n';

/** Alias slug -> the slug whose page and name stand for both. */
export const PROVIDER_ALIASES: Readonly<Record<string, string>> = { kakao: 'daum', exchange: 'microsoft', qq: 'tencent' };

export function canonicalProvider(slug: string): string {
  return PROVIDER_ALIASES[slug] ?? slug;
}

/** The slugs to list: aliases folded, `any` dropped, sorted by the name the reader sees (iCloud after Gmail). */
export function listedProviders(slugs: Iterable<string>, lang: Lang): string[] {
  const set = new Set<string>();
  for (const s of slugs) if (s !== 'any') set.add(canonicalProvider(s));
  return [...set].sort((a, b) => providerName(a, lang).localeCompare(providerName(b, lang), lang, { sensitivity: 'base' }));
}

/** Whether an article's provider list names this provider or one of its aliases. */
export function coversProvider(articleProviders: readonly string[], slug: string): boolean {
  return articleProviders.some((p) => canonicalProvider(p) === canonicalProvider(slug));
}
