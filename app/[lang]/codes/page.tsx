import type { Metadata } from 'next';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { getArticlesForCode, getHubCodes } from '@/lib/site/data';
import { codeMeaning, isReplyCode } from '@/lib/site/codes';
import { alternates } from '@/lib/site/meta';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  return { title: DICTIONARIES[lang].allCodes, alternates: alternates(lang, '/codes/') };
}

function CodeTable({ codes, lang }: { codes: string[]; lang: Lang }) {
  return (
    <ul className="article-list">
      {codes.map((c) => {
        const n = getArticlesForCode(c).length;
        return (
          <li key={c}>
            <a href={`/${lang}/codes/${c}/`}><code>{c}</code></a> {codeMeaning(c).title}{' '}
            <span className="muted">({n})</span>
          </li>
        );
      })}
    </ul>
  );
}

export default async function CodesIndex({ params }: { params: Params }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const codes = getHubCodes();
  return (
    <>
      <h1>{t.allCodes}</h1>
      <h2 id="reply">{t.replyCodes}</h2>
      <CodeTable codes={codes.filter(isReplyCode)} lang={lang} />
      <h2 id="status">{t.statusCodes}</h2>
      <CodeTable codes={codes.filter((c) => !isReplyCode(c))} lang={lang} />
    </>
  );
}
