import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../globals.css';
import { LANGS, type Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import LanguageSwitch from '@/components/LanguageSwitch';
import HeaderSearch from '@/components/HeaderSearch';
import SearchShortcuts from '@/components/SearchShortcuts';
import SiteHeader from '@/components/SiteHeader';
import { SITE_URL } from '@/lib/site/meta';

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
  // Pages set their own canonical/hreflang and social tags (lib/site/meta.ts pageMeta); the layout only gives the defaults.
  return {
    metadataBase: new URL(SITE_URL),
    description: t.tagline,
    title: { default: `${t.siteName}: ${t.tagline}`, template: `%s · ${t.siteName}` },
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
        <SiteHeader lang={lang} search={<HeaderSearch lang={lang} />} languageLink={<LanguageSwitch lang={lang} label={t.switchLanguage} />} />
        <main id="main" tabIndex={-1}>{children}</main>
        <footer className="site">
          <div className="inner">{t.footer}</div>
        </footer>
        <SearchShortcuts />
      </body>
    </html>
  );
}
