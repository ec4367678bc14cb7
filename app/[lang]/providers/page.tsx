import type { Metadata } from 'next';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, providerName } from '@/lib/i18n';
import { getArticles } from '@/lib/site/data';
import { pageMeta } from '@/lib/site/meta';
import { coversProvider, listedProviders } from '@/lib/site/providers';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  const description =
    lang === 'ko' ? '메일 서비스와 MTA별로 반송 오류를 모았습니다.' : 'Bounce errors grouped by mail provider and MTA.';
  return pageMeta({ lang, path: '/providers/', title: DICTIONARIES[lang].browseByProvider, description });
}

export default async function ProvidersIndex({ params }: { params: Params }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const articles = getArticles();
  return (
    <>
      <h1>{t.browseByProvider}</h1>
      <ul className="code-rows">
        {listedProviders(articles.flatMap((a) => a.providers), lang).map((p) => (
          <li key={p}>
            <a href={`/${lang}/providers/${p}/`} className="code-row provider-row">
              <span className="meaning">{providerName(p, lang)}</span>
              <span className="count">{articles.filter((a) => coversProvider(a.providers, p)).length}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
