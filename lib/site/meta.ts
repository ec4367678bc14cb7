/**
 * Metadata helpers shared by the pages: hreflang alternates between the two languages.
 */
import type { Metadata } from 'next';
import type { Lang } from '../matcher/vocabulary';

/** `path` is the part after the language, starting and ending with `/`. */
export function alternates(lang: Lang, path: string): Metadata['alternates'] {
  return {
    canonical: `/${lang}${path}`,
    languages: { ko: `/ko${path}`, en: `/en${path}`, 'x-default': `/en${path}` },
  };
}

/** The site's origin for absolute URLs (sitemap, metadataBase); overridable at build time. */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
