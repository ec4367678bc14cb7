/**
 * Metadata helpers shared by the pages: absolute canonical and hreflang URLs, and the Open Graph
 * and Twitter card tags that messengers (KakaoTalk, Slack, Teams) build their link previews from.
 */
import type { Metadata } from 'next';
import type { Lang } from '../matcher/vocabulary';

/**
 * The site's origin for absolute URLs, read at build time (`SITE_URL=https://kb.example.org npm
 * run build`). Without it the URLs point at the local server, which is right for `npm start`.
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** `/ko/codes/` -> `https://kb.example.org/ko/codes/`. */
export function absoluteUrl(path: string): string {
  return `${SITE_URL}${path}`;
}

/** `path` is the part after the language, starting and ending with `/`. */
export function alternates(lang: Lang, path: string): Metadata['alternates'] {
  return {
    canonical: absoluteUrl(`/${lang}${path}`),
    languages: { ko: absoluteUrl(`/ko${path}`), en: absoluteUrl(`/en${path}`), 'x-default': absoluteUrl(`/en${path}`) },
  };
}

const LOCALES: Record<Lang, string> = { ko: 'ko_KR', en: 'en_US' };

export interface PageMetaInput {
  lang: Lang;
  /** After the language: `/errors/daum-das51-antispam-block/`. */
  path: string;
  /** The page's own title (the layout adds ` · bouncekb` to the document title). */
  title: string;
  description: string;
  /** `article` for error pages, `website` for the rest. */
  type?: 'article' | 'website';
  /** When the canonical page lives elsewhere (an alias provider page), its path after the language. */
  canonicalPath?: string;
}

/** Social previews cut long text; a sentence boundary near 200 characters reads better than a hard cut. */
export function shortDescription(text: string, max = 200): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const stop = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('다. '));
  return stop > max / 2 ? cut.slice(0, stop + 1).trim() : `${cut.replace(/\s+\S*$/, '')}…`;
}

/** Title, description, absolute canonical/hreflang and the Open Graph + Twitter tags of one page. */
export function pageMeta({ lang, path, title, description, type = 'website', canonicalPath }: PageMetaInput): Metadata {
  const url = absoluteUrl(`/${lang}${canonicalPath ?? path}`);
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const desc = shortDescription(description, 300);
  const card = shortDescription(description);
  // One static preview image for the whole site (public/og.png, made by scripts/make-images.ts).
  const image = { url: absoluteUrl('/og.png'), width: 1200, height: 630, alt: 'bouncekb' };
  return {
    title,
    description: desc,
    alternates: alternates(lang, canonicalPath ?? path),
    openGraph: {
      type,
      url,
      title,
      description: card,
      siteName: 'bouncekb',
      locale: LOCALES[lang],
      alternateLocale: [LOCALES[other]],
      images: [image],
    },
    twitter: { card: 'summary', title, description: card, images: [image.url] },
  };
}
