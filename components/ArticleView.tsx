import type { Article } from '@/lib/content/load';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, REASON_LABELS, providerName } from '@/lib/i18n';
import { chipCodes, getArticle, getArticles } from '@/lib/site/data';
import { localMeaning } from '@/lib/site/hub';
import { codeMeaning } from '@/lib/site/codes';
import { demoteHeadings, focusableCode, linkedArticleIds, orderSections, splitLead, splitSections, unfoldReply, type BodySection } from '@/lib/site/article';
import { canonicalProvider } from '@/lib/site/providers';
import { PAGE_STRINGS } from '@/lib/site/strings';
import ArticleTools from './ArticleTools';

function Html({ section, className }: { section: BodySection | { id: string; html: string }; className?: string }) {
  return <div className={className} data-section={section.id || undefined} dangerouslySetInnerHTML={{ __html: focusableCode(section.html) }} />;
}

/** The plain text of a heading's inner HTML, for the table of contents. */
function headingTitle(html: string): string {
  const m = /<h[23] id="[^"]+">([\s\S]*?)<\/h[23]>/.exec(html);
  return (m?.[1] ?? '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').trim();
}

/**
 * One article, answer first: title, summary, facts (temporary/permanent once, who acts, codes),
 * the fix, how the bounce appears (samples as the server wrote them), the cause, the rest,
 * related pages and sources. A table of contents sits beside the text on wide screens.
 */
export default function ArticleView({ article: a, lang }: { article: Article; lang: Lang }) {
  const t = DICTIONARIES[lang];
  const p = PAGE_STRINGS[lang];
  const codes = chipCodes(a);
  const body = orderSections(splitSections(a.body[lang].html));
  const relatedSection = body.rest.find((s) => s.id === 'related');
  const alreadyLinked = relatedSection ? linkedArticleIds(relatedSection.html) : new Set<string>();
  const related = a.related
    .filter((id) => !alreadyLinked.has(id))
    .map((id) => getArticle(id))
    .filter((r): r is Article => !!r);
  const firstCode = codes.find((c) => c.includes('.')) ?? codes[0];
  const summaryMarkdown = [
    `**${a.title[lang]}**`,
    codes.length ? `${t.codes}: ${codes.map((c) => `\`${c}\``).join(', ')} (${t.severity[a.severity]})` : t.severity[a.severity],
    firstCode ? `${t.standardMeaning}: ${localMeaning(firstCode, lang, getArticles()).title}` : '',
    a.summary[lang],
    `${t.whoActs}: ${a.actors.map((x) => t.actors[x]).join(', ')}`,
  ].filter(Boolean).join('\n\n');
  // "Permanent: resending as is..." after a "Permanent" badge would say it twice.
  const severityHint = t.severityLong[a.severity].replace(/^[^:]+:\s*(.)/, (_m, c: string) => c.toUpperCase());
  const providers = [...new Set(a.providers.map(canonicalProvider))];
  const hasSamples = a.samples.length > 0;
  // The one-line answer under the title; the rest of the summary (retry, who acts) is also in the facts.
  const { lead, rest } = splitLead(a.summary[lang], lang);

  const toc: { id: string; title: string }[] = [];
  for (const s of body.fix) toc.push({ id: s.id, title: headingTitle(s.html) });
  if (hasSamples) toc.push({ id: 'samples', title: p.howItAppears });
  else if (body.message) toc.push({ id: body.message.id, title: headingTitle(body.message.html) });
  if (body.cause) toc.push({ id: body.cause.id, title: headingTitle(body.cause.html) });
  for (const s of body.rest) if (s.id) toc.push({ id: s.id, title: headingTitle(s.html) });
  if (related.length) toc.push({ id: 'related-articles', title: t.related });
  toc.push({ id: 'sources', title: t.sources });

  return (
    <div className="article-grid">
      <article data-article-id={a.id} className="prose">
        <p className="muted crumbs">
          <a href={`/${lang}/errors/`}>{p.allErrors}</a> · {t.kindLabel[a.kind]} · {REASON_LABELS[lang][a.reason]}
        </p>
        <h1>{a.title[lang]}</h1>
        <p className="summary" data-testid="summary">{lead}</p>
        {rest && (
          <details className="summary-more">
            <summary>{p.fullSummary}</summary>
            <p>{rest}</p>
          </details>
        )}
        <dl className="facts" data-testid="facts">
          <div className="fact severity">
            <dt className="visually-hidden">{t.severityLabel}</dt>
            <dd>
              <span className={`badge ${a.severity}`}>{t.severity[a.severity]}</span> {severityHint}
              {a.severityNote && (
                <details className="note">
                  <summary>{p.whySeverity}</summary>
                  <p>{a.severityNote[lang]}</p>
                </details>
              )}
            </dd>
          </div>
          <div className="fact">
            <dt>{t.whoActs}</dt>
            <dd>{a.actors.map((x) => t.actors[x]).join(', ')}</dd>
          </div>
          {codes.length > 0 && (
            <div className="fact">
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
            </div>
          )}
          {providers.length > 0 && (
            <div className="fact">
              <dt>{t.providers}</dt>
              <dd>
                {providers.map((slug, i) => (
                  <span key={slug}>
                    {i > 0 && ', '}
                    {slug === 'any' ? providerName(slug, lang) : <a href={`/${lang}/providers/${slug}/`}>{providerName(slug, lang)}</a>}
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
        <div className="body" data-testid="article-body">
          {body.fix.map((s) => <Html key={s.id} section={s} />)}
          {hasSamples ? (
            <section aria-labelledby="samples" data-section="samples">
              <h2 id="samples">{p.howItAppears}</h2>
              {a.samples.map((s) => (
                <pre key={s} className="sample" data-testid="sample" lang="en"><code>{unfoldReply(s)}</code></pre>
              ))}
              {body.message && <Html section={{ id: body.message.id, html: demoteHeadings(body.message.html) }} />}
            </section>
          ) : (
            body.message && <Html section={body.message} />
          )}
          {body.cause && <Html section={body.cause} />}
          {body.rest.map((s) => <Html key={s.id || 'lead'} section={s} />)}
        </div>
        {related.length > 0 && (
          <section aria-labelledby="related-articles">
            <h2 id="related-articles">{t.related}</h2>
            <ul>
              {related.map((r) => (
                <li key={r.id}><a href={`/${lang}/errors/${r.id}/`}>{r.title[lang]}</a></li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="sources">
          <h2 id="sources">{t.sources}</h2>
          {lang === 'ko' ? (
            <details className="sources">
              <summary>{p.sourcesFolded(a.sources.length)}</summary>
              <SourceList article={a} />
            </details>
          ) : (
            <SourceList article={a} />
          )}
          <p className="muted">
            {t.reviewed}: <time dateTime={a.reviewed}>{a.reviewed}</time>
          </p>
        </section>
        <ArticleTools lang={lang} summaryMarkdown={summaryMarkdown} />
      </article>
      <nav className="toc" aria-label={p.onThisPage}>
        <p className="toc-title">{p.onThisPage}</p>
        <ol>
          {toc.map((x) => (
            <li key={x.id}><a href={`#${x.id}`}>{x.title}</a></li>
          ))}
        </ol>
      </nav>
    </div>
  );
}

function SourceList({ article: a }: { article: Article }) {
  return (
    <ul lang="en">
      {a.sources.map((s) => (
        <li key={s.title + (s.url ?? '')}>{s.url ? <a href={s.url} rel="noopener noreferrer">{s.title}</a> : s.title}</li>
      ))}
    </ul>
  );
}
