import type { Metadata } from 'next';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, providerName } from '@/lib/i18n';
import { getArticles, getProviders } from '@/lib/site/data';
import { alternates } from '@/lib/site/meta';
import ArticleList from '@/components/ArticleList';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => getProviders().map((provider) => ({ lang, provider })));
}

type Params = Promise<{ lang: string; provider: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, provider } = (await params) as { lang: Lang; provider: string };
  return {
    title: DICTIONARIES[lang].providerTitle(providerName(provider, lang)),
    alternates: alternates(lang, `/providers/${provider}/`),
  };
}

export default async function ProviderPage({ params }: { params: Params }) {
  const { lang, provider } = (await params) as { lang: Lang; provider: string };
  const list = getArticles()
    .filter((a) => (a.providers as string[]).includes(provider))
    .sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
  return (
    <>
      <h1>{DICTIONARIES[lang].providerTitle(providerName(provider, lang))}</h1>
      <ArticleList articles={list} lang={lang} />
    </>
  );
}
