import type { Metadata } from 'next';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, REASON_LABELS, providerName } from '@/lib/i18n';
import { getArticles, getArticlesForCode, getHubCodes } from '@/lib/site/data';
import { isReplyCode } from '@/lib/site/codes';
import { groupHub, localMeaning, shortTitle } from '@/lib/site/hub';
import { pageMeta } from '@/lib/site/meta';
import { PAGE_STRINGS } from '@/lib/site/strings';
import ArticleList from '@/components/ArticleList';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => getHubCodes().map((code) => ({ lang, code })));
}

type Params = Promise<{ lang: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, code } = (await params) as { lang: Lang; code: string };
  const t = DICTIONARIES[lang];
  const m = localMeaning(code, lang, getArticles());
  return pageMeta({
    lang,
    path: `/codes/${code}/`,
    title: `${t.codeHubTitle(code)}: ${m.title}`,
    description: m.summary ?? t.codeHubDescription(code, m.title),
  });
}

/** One code: what it means in the reader's language, then the bounces that carry it, told apart by their phrase. */
export default async function CodeHub({ params }: { params: Params }) {
  const { lang, code } = (await params) as { lang: Lang; code: string };
  const t = DICTIONARIES[lang];
  const p = PAGE_STRINGS[lang];
  const articles = getArticlesForCode(code);
  const m = localMeaning(code, lang, getArticles());
  const { byCause, generic } = groupHub(articles, code, (slug) => providerName(slug, lang));
  const severity = code.startsWith('5') ? 'permanent' : code.startsWith('4') ? 'transient' : null;
  return (
    <div className="prose">
      <p className="muted crumbs">
        <a href={`/${lang}/codes/`}>{t.allCodes}</a> · {isReplyCode(code) ? t.replyCodes : t.statusCodes}
        {m.vendor && <> · {p.vendorCode}</>}
      </p>
      <h1>
        <code>{code}</code> {m.title}
      </h1>
      {severity && (
        <p>
          <span className={`badge ${severity}`}>{t.severity[severity]}</span> {t.severityLong[severity].replace(/^[^:]+:\s*(.)/, (_m, c: string) => c.toUpperCase())}
        </p>
      )}
      {m.summary && m.source && (
        <p data-testid="hub-summary" className="summary">
          {m.summary}{' '}
          <a href={`/${lang}/errors/${m.source.id}/`}>{m.vendor ? m.source.title[lang] : t.generic} →</a>
        </p>
      )}
      {m.vendor && <p className="muted">{p.vendorCodeExplained(articles.filter((a) => a.kind !== 'standard' && a.kind !== 'reason').length)}</p>}
      {!m.vendor && !m.registry.registryCode && <p className="muted">{p.unexplained}</p>}
      <details id="standard" className="registry" open={!m.summary || undefined}>
        <summary>{p.registryText}</summary>
        <blockquote lang="en">
          <p><strong>{m.registry.registryCode ?? code}</strong>: {m.registry.title}</p>
          {m.registry.description && <p>{m.registry.description}</p>}
          <p className="muted">{m.registry.reference}</p>
        </blockquote>
      </details>
      <section aria-labelledby="articles">
        <h2 id="articles">{t.articlesWithCode(code)}</h2>
        {byCause.length === 0 && generic.length === 0 && <p>{t.noArticlesYet}</p>}
        {byCause.map((g) => (
          <section key={g.reason} aria-labelledby={`cause-${g.reason}`} className="hub-group">
            <h3 id={`cause-${g.reason}`}>
              {REASON_LABELS[lang][g.reason]} <span className="muted count">{p.articlesCount(g.entries.length)}</span>
            </h3>
            <ul className="hub-list" data-testid="hub-list">
              {g.entries.map((e) => (
                <li key={e.article.id}>
                  <a href={`/${lang}/errors/${e.article.id}/`} className="row-link">
                    <span className="who">{e.providers.map((s) => providerName(s, lang)).join(', ') || 'MTA'}</span>
                    {e.phrase && <code className="phrase" lang="en">{e.phrase}</code>}
                    {e.phrase && <span aria-hidden="true"> → </span>}
                    <span className="what">{shortTitle(e.article, lang)}</span>
                  </a>{' '}
                  <span className={`badge ${e.article.severity}`}>{t.severity[e.article.severity]}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {generic.length > 0 && (
          <section aria-labelledby="generic" className="hub-generic">
            <h3 id="generic">{p.genericPages}</h3>
            <p className="muted">{p.genericPagesNote}</p>
            <ArticleList articles={generic} lang={lang} />
          </section>
        )}
      </section>
    </div>
  );
}
