import type { Metadata } from 'next';
import type { Article } from '@/lib/content/load';
import type { Lang, Reason } from '@/lib/matcher/vocabulary';
import { CAUSE_GROUPS, DICTIONARIES, REASON_LABELS, providerName } from '@/lib/i18n';
import { chipCodes, getArticles } from '@/lib/site/data';
import { isGeneric } from '@/lib/site/hub';
import { pageMeta } from '@/lib/site/meta';
import { canonicalProvider, listedProviders } from '@/lib/site/providers';
import { PAGE_STRINGS } from '@/lib/site/strings';
import ErrorFilter from '@/components/ErrorFilter';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  const p = PAGE_STRINGS[lang];
  return pageMeta({ lang, path: '/errors/', title: p.allErrors, description: p.allErrorsIntro(getArticles().length) });
}

function Row({ a, lang }: { a: Article; lang: Lang }) {
  const t = DICTIONARIES[lang];
  const providers = [...new Set(a.providers.filter((x) => x !== 'any').map(canonicalProvider))];
  return (
    <li data-provider={providers.join(' ')} data-reason={a.reason} data-severity={a.severity}>
      <a href={`/${lang}/errors/${a.id}/`}>{a.title[lang]}</a>{' '}
      <span className={`badge ${a.severity}`}>{t.severity[a.severity]}</span>
      <div className="codes">
        {[providers.map((s) => providerName(s, lang)).join(', '), chipCodes(a).join(' · ')].filter(Boolean).join(' · ')}
      </div>
    </li>
  );
}

/**
 * Every article, grouped by cause, generic pages last. Without JS it is a plain list; with JS the
 * filter narrows it by provider, cause and temporary/permanent (and keeps the choice in the URL).
 */
export default async function ErrorIndex({ params }: { params: Params }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const p = PAGE_STRINGS[lang];
  const all = getArticles();
  const byTitle = (x: Article, y: Article) => x.title[lang].localeCompare(y.title[lang], lang);
  const specific = all.filter((a) => !isGeneric(a));
  const generic = all.filter(isGeneric).sort((x, y) => Number(x.kind !== 'standard') - Number(y.kind !== 'standard') || x.id.localeCompare(y.id, 'en', { numeric: true }));
  const reasons = [...new Set(all.map((a) => a.reason))];
  const causeOptions = CAUSE_GROUPS.map((g) => ({
    label: g.title[lang],
    options: g.reasons.filter((r) => reasons.includes(r)).map((r) => ({ value: r, label: REASON_LABELS[lang][r as Reason] })),
  })).filter((g) => g.options.length);
  const providerOptions = listedProviders(all.flatMap((a) => a.providers), lang).map((s) => ({ value: s, label: providerName(s, lang) }));
  const severityOptions = (['permanent', 'transient', 'varies'] as const).map((s) => ({ value: s, label: t.severity[s] }));
  return (
    <>
      <h1>{p.allErrors}</h1>
      <p>{p.allErrorsIntro(all.length)}</p>
      <ErrorFilter lang={lang} total={all.length} providers={providerOptions} causes={causeOptions} severities={severityOptions} />
      <div data-testid="error-index">
        {CAUSE_GROUPS.map((g) => {
          const list = specific.filter((a) => g.reasons.includes(a.reason)).sort(byTitle);
          if (!list.length) return null;
          return (
            <section key={g.id} aria-labelledby={`index-${g.id}`} className="index-group">
              <h2 id={`index-${g.id}`}>{g.title[lang]}</h2>
              <ul className="article-list">
                {list.map((a) => <Row key={a.id} a={a} lang={lang} />)}
              </ul>
            </section>
          );
        })}
        <section aria-labelledby="index-generic" className="index-group">
          <h2 id="index-generic">{p.genericPages}</h2>
          <p className="muted">{p.genericPagesNote}</p>
          <ul className="article-list">
            {generic.map((a) => <Row key={a.id} a={a} lang={lang} />)}
          </ul>
        </section>
      </div>
    </>
  );
}
