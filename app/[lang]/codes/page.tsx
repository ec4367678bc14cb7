import type { Metadata } from 'next';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { getArticles, getArticlesForCode, getHubCodes } from '@/lib/site/data';
import { isReplyCode } from '@/lib/site/codes';
import { localMeaning } from '@/lib/site/hub';
import { pageMeta } from '@/lib/site/meta';
import { PAGE_STRINGS } from '@/lib/site/strings';

type Params = Promise<{ lang: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const description =
    lang === 'ko'
      ? 'SMTP 응답 코드와 확장 상태 코드를 클래스별로 정리하고, 각 코드의 뜻과 그 코드가 나오는 반송 오류를 안내합니다.'
      : 'Every SMTP reply code and enhanced status code by class, with its meaning and the bounces that carry it.';
  return pageMeta({ lang, path: '/codes/', title: t.allCodes, description });
}

function CodeRows({ codes, lang }: { codes: string[]; lang: Lang }) {
  const p = PAGE_STRINGS[lang];
  const all = getArticles();
  return (
    <ul className="code-rows">
      {codes.map((c) => {
        const n = getArticlesForCode(c).length;
        const m = localMeaning(c, lang, all);
        return (
          <li key={c}>
            <a href={`/${lang}/codes/${c}/`} className="code-row">
              <code>{c}</code>
              <span className="meaning">
                {m.title}
                {m.vendor && <span className="vendor"> · {p.vendorCode}</span>}
              </span>
              <span className="count">{n > 0 ? p.articlesCount(n) : ''}</span>
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** Every code hub, grouped by class (and, for enhanced codes, by subject); each row opens its hub. */
export default async function CodesIndex({ params }: { params: Params }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  const p = PAGE_STRINGS[lang];
  const codes = getHubCodes();
  const reply = codes.filter(isReplyCode);
  const status = codes.filter((c) => !isReplyCode(c));
  const replyClasses = (['2', '3', '4', '5'] as const).filter((d) => reply.some((c) => c[0] === d));
  const statusClasses = (['2', '4', '5'] as const).filter((d) => status.some((c) => c[0] === d));
  return (
    <>
      <h1>{t.allCodes}</h1>
      <nav aria-label={t.allCodes} className="jump">
        <ul className="chips">
          {replyClasses.map((d) => (
            <li key={`r${d}`}><a className="chip" href={`#reply-${d}`}>{d}xx</a></li>
          ))}
          {statusClasses.map((d) => (
            <li key={`s${d}`}><a className="chip" href={`#status-${d}`}>{d}.x.x</a></li>
          ))}
        </ul>
      </nav>
      <h2 id="reply">{t.replyCodes}</h2>
      {replyClasses.map((d) => (
        <section key={d} aria-labelledby={`reply-${d}`}>
          <h3 id={`reply-${d}`}>{p.codeClass[d]}</h3>
          <CodeRows codes={reply.filter((c) => c[0] === d)} lang={lang} />
        </section>
      ))}
      <h2 id="status">{t.statusCodes}</h2>
      {statusClasses.map((d) => {
        const inClass = status.filter((c) => c[0] === d);
        const subjects = [...new Set(inClass.map((c) => Number(c.split('.')[1])))].sort((a, b) => a - b);
        return (
          <section key={d} aria-labelledby={`status-${d}`}>
            <h3 id={`status-${d}`}>{p.codeClass[d].replace(/^(\d)xx/, '$1.x.x')}</h3>
            {subjects.map((s) => (
              <section key={s} aria-labelledby={`status-${d}-${s}`}>
                <h4 id={`status-${d}-${s}`}>
                  {d}.{s}.x {p.subjects[s] ?? ''}
                </h4>
                <CodeRows codes={inClass.filter((c) => Number(c.split('.')[1]) === s)} lang={lang} />
              </section>
            ))}
          </section>
        );
      })}
    </>
  );
}
