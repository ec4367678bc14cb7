import type { Metadata } from 'next';
import Link from 'next/link';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { getArticlesForCode, getHubCodes } from '@/lib/site/data';
import { codeMeaning, isReplyCode } from '@/lib/site/codes';
import { alternates } from '@/lib/site/meta';
import ArticleList from '@/components/ArticleList';

export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.flatMap((lang) => getHubCodes().map((code) => ({ lang, code })));
}

type Params = Promise<{ lang: string; code: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang, code } = (await params) as { lang: Lang; code: string };
  const t = DICTIONARIES[lang];
  const m = codeMeaning(code);
  return {
    title: `${t.codeHubTitle(code)}: ${m.title}`,
    description: t.codeHubDescription(code, m.title),
    alternates: alternates(lang, `/codes/${code}/`),
  };
}

export default async function CodeHub({ params }: { params: Params }) {
  const { lang, code } = (await params) as { lang: Lang; code: string };
  const t = DICTIONARIES[lang];
  const m = codeMeaning(code);
  const articles = getArticlesForCode(code);
  // The generic article of this code, when there is one, explains the registry text in the reader's language.
  const generic = articles.find((a) => a.kind === 'standard' && [...a.replyCodes, ...a.statusCodes].includes(m.registryCode ?? ''));
  const severity = code.startsWith('5') ? 'permanent' : code.startsWith('4') ? 'transient' : null;
  return (
    <>
      <p className="muted">
        <Link href={`/${lang}/codes/`}>{t.allCodes}</Link> · {isReplyCode(code) ? t.replyCodes : t.statusCodes}
      </p>
      <h1>
        <code>{code}</code> {m.title}
      </h1>
      {severity && <p><span className={`badge ${severity}`}>{t.severity[severity]}</span> {t.severityLong[severity]}</p>}
      <section aria-labelledby="standard">
        <h2 id="standard">{t.standardMeaning}</h2>
        <blockquote lang="en">
          <p><strong>{m.registryCode ?? code}</strong>: {m.title}</p>
          {m.description && <p>{m.description}</p>}
          <p className="muted">{m.reference}</p>
        </blockquote>
        {generic && (
          <p data-testid="hub-summary">
            {generic.summary[lang]} <Link href={`/${lang}/errors/${generic.id}/`}>{generic.title[lang]} →</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="articles">
        <h2 id="articles">{t.articlesWithCode(code)}</h2>
        {articles.length ? <ArticleList articles={articles} lang={lang} /> : <p>{t.noArticlesYet}</p>}
      </section>
    </>
  );
}
