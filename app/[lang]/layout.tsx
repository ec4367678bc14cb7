import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import '../globals.css';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import LanguageSwitch from '@/components/LanguageSwitch';
import HeaderSearch from '@/components/HeaderSearch';
import SearchShortcuts from '@/components/SearchShortcuts';

export const dynamicParams = false;

/**
 * Runs at parse time, before React hydrates: a click on a link marked data-keep-hash carries the
 * current #section, even if the reader clicks before the page's scripts are ready.
 */
const keepHash = `document.addEventListener('click',function(e){var a=e.target&&e.target.closest&&e.target.closest('a[data-keep-hash]');if(a&&location.hash){a.setAttribute('href',a.getAttribute('href').split('#')[0]+location.hash);}},true);`;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  return {
    title: { default: `${t.siteName}: ${t.tagline}`, template: `%s · ${t.siteName}` },
    description: t.tagline,
  };
}

export default async function LangLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = (await params) as { lang: Lang };
  const t = DICTIONARIES[lang];
  return (
    <html lang={lang}>
      <body>
        <script dangerouslySetInnerHTML={{ __html: keepHash }} />
        <a className="skip" href="#main">{t.skipToContent}</a>
        <header className="site">
          <div className="inner">
            <Link className="brand" href={`/${lang}/`}>{t.siteName}</Link>
            <nav aria-label={lang === 'ko' ? '주 메뉴' : 'Main'}>
              <Link href={`/${lang}/#causes`}>{t.browseByCause}</Link>
              <Link href={`/${lang}/codes/`}>{t.allCodes}</Link>
              <Link href={`/${lang}/providers/`}>{t.providers}</Link>
            </nav>
            <HeaderSearch lang={lang} />
            <LanguageSwitch lang={lang} label={t.switchLanguage} />
          </div>
        </header>
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site">
          <div className="inner">{t.footer}</div>
        </footer>
        <SearchShortcuts />
      </body>
    </html>
  );
}
