import type { Metadata } from 'next';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, providerName } from '@/lib/i18n';
import { getArticles, getProviders } from '@/lib/site/data';
import { pageMeta } from '@/lib/site/meta';
import { canonicalProvider, coversProvider } from '@/lib/site/providers';
import ArticleList from '@/components/ArticleList';

export const dynamicParams = false;

/** Every slug keeps its page (old links work); an alias page shows its main provider and points its canonical there. */
export function generateStaticParams() {
  return LANGS.flatMap((lang) => getProviders().map((provider) => ({ lang, provider })));
}

type Params = Promise<{ lang: string; provider: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, provider } = (await params) as { lang: Lang; provider: string };
  const main = canonicalProvider(provider);
  const title = DICTIONARIES[lang].providerTitle(providerName(main, lang));
  const n = getArticles().filter((a) => coversProvider(a.providers, main)).length;
  const description =
    lang === 'ko' ? `${providerName(main, lang)}에서 오는 반송 오류 ${n}건의 원인과 해결 방법입니다.` : `${n} bounces from ${providerName(main, lang)}: causes and fixes.`;
  return pageMeta({ lang, path: `/providers/${provider}/`, canonicalPath: `/providers/${main}/`, title, description });
}

export default async function ProviderPage({ params }: { params: Params }) {
  const { lang, provider } = (await params) as { lang: Lang; provider: string };
  const main = canonicalProvider(provider);
  const list = getArticles()
    .filter((a) => coversProvider(a.providers, main))
    .sort((a, b) => a.title[lang].localeCompare(b.title[lang], lang));
  return (
    <>
      <h1>{DICTIONARIES[lang].providerTitle(providerName(main, lang))}</h1>
      <ArticleList articles={list} lang={lang} />
    </>
  );
}
