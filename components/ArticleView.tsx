import Link from 'next/link';
import type { Article } from '@/lib/content/load';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, providerName, REASON_LABELS } from '@/lib/i18n';
import { chipCodes, getArticle } from '@/lib/site/data';
import { codeMeaning } from '@/lib/site/codes';
import ArticleTools from './ArticleTools';

/** One article: title, the exact messages, the facts, the body, sources. */
export default function ArticleView({ article: a, lang }: { article: Article; lang: Lang }) {
  const t = DICTIONARIES[lang];
  const codes = chipCodes(a);
  const related = a.related.map((id) => getArticle(id)).filter((r): r is Article => !!r);
  const firstCode = codes.find((c) => c.includes('.')) ?? codes[0];
  const summaryMarkdown = [
    `**${a.title[lang]}**`,
    codes.length ? `${t.codes}: ${codes.map((c) => `\`${c}\``).join(', ')} (${t.severity[a.severity]})` : t.severity[a.severity],
    firstCode ? `${t.standardMeaning}: ${codeMeaning(firstCode).title}` : '',
    a.summary[lang],
    `${t.whoActs}: ${a.actors.map((x) => t.actors[x]).join(', ')}`,
  ].filter(Boolean).join('\n\n');
  return (
    <article data-article-id={a.id}>
      <p className="muted">
        {t.kindLabel[a.kind]} · {REASON_LABELS[lang][a.reason]}
      </p>
      <h1>{a.title[lang]}</h1>
      <ArticleTools lang={lang} summaryMarkdown={summaryMarkdown} />
      {a.samples.length > 0 && (
        <section aria-labelledby="samples-title">
          <h2 id="samples-title" className="visually-hidden">{t.samples}</h2>
          {a.samples.map((s) => (
            <pre key={s} className="sample" data-testid="sample"><code>{s}</code></pre>
          ))}
        </section>
      )}
      <p className="summary">{a.summary[lang]}</p>
      <dl className="facts">
        <dt>{t.codes}</dt>
        <dd>
          <ul className="chips">
            {codes.map((c) => (
              <li key={c}>
                <a className="chip" href={`/${lang}/codes/${c}/`} title={codeMeaning(c).title}>{c}</a>
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.severityLabel}</dt>
        <dd>
          <span className={`badge ${a.severity}`}>{t.severity[a.severity]}</span> {t.severityLong[a.severity]}
          {a.severityNote && <div className="muted">{a.severityNote[lang]}</div>}
        </dd>
        <dt>{t.whoActs}</dt>
        <dd>{a.actors.map((x) => t.actors[x]).join(', ')}</dd>
        {a.providers.length > 0 && (
          <>
            <dt>{t.providers}</dt>
            <dd>
              {a.providers.map((p, i) => (
                <span key={p}>
                  {i > 0 && ', '}
                  {p === 'any' ? providerName(p, lang) : <Link href={`/${lang}/providers/${p}/`}>{providerName(p, lang)}</Link>}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>
      <div className="body" data-testid="article-body" dangerouslySetInnerHTML={{ __html: a.body[lang].html }} />
      {related.length > 0 && (
        <section aria-labelledby="related-articles">
          <h2 id="related-articles">{t.related}</h2>
          <ul>
            {related.map((r) => (
              <li key={r.id}><Link href={`/${lang}/errors/${r.id}/`}>{r.title[lang]}</Link></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="sources">
        <h2 id="sources">{t.sources}</h2>
        <ul>
          {a.sources.map((s) => (
            <li key={s.title + (s.url ?? '')}>{s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : s.title}</li>
          ))}
        </ul>
        <p className="muted">
          {t.reviewed}: <time dateTime={a.reviewed}>{a.reviewed}</time> ·{' '}
          <code>{a.source}</code>
        </p>
      </section>
    </article>
  );
}
