import type { Article } from '@/lib/content/load';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { chipCodes } from '@/lib/site/data';

/** A list of articles: title, codes, temporary/permanent. */
export default function ArticleList({ articles, lang }: { articles: Article[]; lang: Lang }) {
  const t = DICTIONARIES[lang];
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id}>
          <a href={`/${lang}/errors/${a.id}/`}>{a.title[lang]}</a>{' '}
          <span className={`badge ${a.severity}`}>{t.severity[a.severity]}</span>
          <div className="codes">
            {chipCodes(a).join(' · ')}
            {a.kind === 'standard' || a.kind === 'reason' ? ` · ${t.kindLabel[a.kind]}` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
