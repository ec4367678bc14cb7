import type { Metadata } from 'next';
import Link from 'next/link';
import type { Lang } from '@/lib/matcher/vocabulary';
import { CAUSE_GROUPS, DICTIONARIES, providerName, REASON_LABELS } from '@/lib/i18n';
import { getArticles, getProviders } from '@/lib/site/data';
import ArticleList from '@/components/ArticleList';
import SearchBox from '@/components/SearchBox';
import { alternates } from '@/lib/site/meta';

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  return { alternates: alternates(lang, '/') };
}

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
          const list = articles
            .filter((a) => g.reasons.includes(a.reason))
            .sort((a, b) => g.reasons.indexOf(a.reason) - g.reasons.indexOf(b.reason) || a.title[lang].localeCompare(b.title[lang], lang));
          if (!list.length) return null;
          return (
            <section key={g.id} aria-labelledby={`group-${g.id}`}>
              <h3 id={`group-${g.id}`}>{g.title[lang]}</h3>
              <p className="muted">{g.reasons.map((r) => REASON_LABELS[lang][r]).join(' · ')}</p>
              <ArticleList articles={list} lang={lang} />
            </section>
          );
        })}
      </div>
      <h2 id="providers">{t.browseByProvider}</h2>
      <ul className="chips">
        {getProviders().map((p) => (
          <li key={p}>
            <Link className="chip" href={`/${lang}/providers/${p}/`}>{providerName(p, lang)}</Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={`/${lang}/codes/`}>{t.allCodes} →</Link>
      </p>
    </>
  );
}
