import type { ReactNode } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { PAGE_STRINGS } from '@/lib/site/strings';

/**
 * The site header: brand, the main links, a search slot and the language link. Shared by the
 * language layout and the 404 page (which fills the slots itself, since it has no route language).
 */
export default function SiteHeader({ lang, search, languageLink }: { lang: Lang; search: ReactNode; languageLink: ReactNode }) {
  const t = DICTIONARIES[lang];
  const nav = PAGE_STRINGS[lang].nav;
  return (
    <header className="site">
      <div className="inner">
        <a className="brand" href={`/${lang}/`}>{t.siteName}</a>
        <nav aria-label={lang === 'ko' ? '주 메뉴' : 'Main'}>
          <a href={`/${lang}/errors/`}>{nav.errors}</a>
          <a href={`/${lang}/codes/`}>{nav.codes}</a>
          <a href={`/${lang}/providers/`}>{nav.providers}</a>
        </nav>
        {search}
        {languageLink}
      </div>
    </header>
  );
}
