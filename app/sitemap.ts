import type { MetadataRoute } from 'next';
import { LANGS } from '@/lib/matcher/vocabulary';
import { getArticles, getHubCodes } from '@/lib/site/data';
import { listedProviders } from '@/lib/site/providers';
import { SITE_URL } from '@/lib/site/meta';

export const dynamic = 'force-static';

/** Every page of both languages, each with its hreflang twin; alias provider pages are left out (their canonical is listed). */
export default function sitemap(): MetadataRoute.Sitemap {
  const paths = [
    '/',
    '/codes/',
    '/providers/',
    '/errors/',
    ...getArticles().map((a) => `/errors/${a.id}/`),
    ...getHubCodes().map((c) => `/codes/${c}/`),
    ...listedProviders(getArticles().flatMap((a) => a.providers), 'en').map((p) => `/providers/${p}/`),
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
