import type { Metadata } from 'next';
import type { Lang } from '@/lib/matcher/vocabulary';
import { CAUSE_GROUPS, DICTIONARIES, REASON_LABELS, providerName } from '@/lib/i18n';
import { getArticles } from '@/lib/site/data';
import ArticleList from '@/components/ArticleList';
import SearchBox from '@/components/SearchBox';
import { pageMeta } from '@/lib/site/meta';
import { listedProviders } from '@/lib/site/providers';
import { PAGE_STRINGS } from '@/lib/site/strings';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const description =
    lang === 'ko'
      ? '반송 메일을 붙여넣으면 원인과 해결 방법을 알려 줍니다. Daum·네이버·Gmail·Microsoft 365의 반송 코드와 문구를 한국어와 영어로 설명합니다.'
      : 'Paste a bounce and get its cause and fix. Bounce codes and messages from Gmail, Microsoft 365, Daum, Naver and common MTAs, explained in English and Korean.';
  // The home page title is the site's own (no template suffix).
  return { ...pageMeta({ lang, path: '/', title: `${t.siteName}: ${t.tagline}`, description }), title: { absolute: `${t.siteName}: ${t.tagline}` } };
}

/** Articles shown per cause group on the home page (the rest are on /{lang}/errors/). */
const HOME_PER_GROUP = 6;

export default async function Home({ params }: { params: Promise<{ lang: string }> }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const articles = getArticles().filter((a) => a.kind === 'seed' || a.kind === 'provider');
  return (
    <>
      <h1>{t.tagline}</h1>
      <SearchBox lang={lang} variant="main" />
      <h2 id="causes">{t.browseByCause}</h2>
      <div className="groups">
        {CAUSE_GROUPS.map((g) => {
          // The field cases first; the whole group is one click away on the article index.
          const list = articles
            .filter((a) => g.reasons.includes(a.reason))
            .sort((a, b) => Number(a.kind !== 'seed') - Number(b.kind !== 'seed') || g.reasons.indexOf(a.reason) - g.reasons.indexOf(b.reason) || a.title[lang].localeCompare(b.title[lang], lang));
          if (!list.length) return null;
          return (
            <section key={g.id} aria-labelledby={`group-${g.id}`}>
              <h3 id={`group-${g.id}`}>{g.title[lang]}</h3>
              <p className="muted">{g.reasons.map((r) => REASON_LABELS[lang][r]).join(' · ')}</p>
              <ArticleList articles={list.slice(0, HOME_PER_GROUP)} lang={lang} />
              {list.length > HOME_PER_GROUP && (
                <p className="more">
                  <a href={`/${lang}/errors/#index-${g.id}`}>{PAGE_STRINGS[lang].allInGroup(list.length)} →</a>
                </p>
              )}
            </section>
          );
        })}
      </div>
      <h2 id="providers">{t.browseByProvider}</h2>
      <ul className="chips">
        {listedProviders(getArticles().flatMap((a) => a.providers), lang).map((p) => (
          <li key={p}>
            <a className="chip" href={`/${lang}/providers/${p}/`}>{providerName(p, lang)}</a>
          </li>
        ))}
      </ul>
      <p className="more-links">
        <a href={`/${lang}/errors/`}>{PAGE_STRINGS[lang].allErrors} →</a>
        <a href={`/${lang}/codes/`}>{t.allCodes} →</a>
      </p>
    </>
  );
}
