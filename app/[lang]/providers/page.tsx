import type { Metadata } from 'next';
import Link from 'next/link';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, providerName } from '@/lib/i18n';
import { getArticles, getProviders } from '@/lib/site/data';
import { alternates } from '@/lib/site/meta';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  return { title: DICTIONARIES[lang].browseByProvider, alternates: alternates(lang, '/providers/') };
}

export default async function ProvidersIndex({ params }: { params: Params }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const articles = getArticles();
  return (
    <>
      <h1>{t.browseByProvider}</h1>
      <ul className="article-list">
        {getProviders().map((p) => (
          <li key={p}>
            <Link href={`/${lang}/providers/${p}/`}>{providerName(p, lang)}</Link>{' '}
            <span className="muted">({articles.filter((a) => a.providers.includes(p as never)).length})</span>
          </li>
        ))}
      </ul>
    </>
  );
}
