import type { MetadataRoute } from 'next';
import { LANGS } from '@/lib/matcher/vocabulary';
import { getArticles, getHubCodes, getProviders } from '@/lib/site/data';
import { SITE_URL } from '@/lib/site/meta';

export const dynamic = 'force-static';

/** Every page of both languages, each with its hreflang twin. */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    '/',
    '/codes/',
    '/providers/',
    ...getArticles().map((a) => `/errors/${a.id}/`),
    ...getHubCodes().map((c) => `/codes/${c}/`),
    ...getProviders().map((p) => `/providers/${p}/`),
  ];
  const reviewed = new Map(getArticles().map((a) => [`/errors/${a.id}/`, a.reviewed]));
  return paths.flatMap((p) =>
    LANGS.map((lang) => ({
      url: `${SITE_URL}/${lang}${p}`,
      lastModified: reviewed.get(p),
      alternates: { languages: Object.fromEntries(LANGS.map((l) => [l, `${SITE_URL}/${l}${p}`])) },
    })),
  );
}
