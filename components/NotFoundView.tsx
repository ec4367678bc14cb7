'use client';

import { useEffect, useSyncExternalStore } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { PAGE_STRINGS } from '@/lib/site/strings';
import SearchBox from './SearchBox';
import SiteHeader from './SiteHeader';

/** `/en/...` -> en, `/ko/...` -> ko, elsewhere the browser's language. */
function pathLanguage(): Lang {
  const m = /^\/(ko|en)(?:\/|$)/.exec(location.pathname);
  if (m) return m[1] as Lang;
  return /^ko\b/i.test(navigator.language ?? '') ? 'ko' : 'en';
}

const noSubscription = () => () => {};

/**
 * The one 404 page of the static site (hosts serve out/404.html for any miss). The HTML is built
 * English first; once the script runs it switches to the language of the path, so `/ko/...`
 * misses read Korean first. Header and search field are there in both cases.
 */
export default function NotFoundView() {
  // The path never changes while this page is open: nothing to subscribe to. The build renders 'en'.
  const lang = useSyncExternalStore(noSubscription, pathLanguage, () => 'en' as Lang);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const t = DICTIONARIES[lang];
  const o = DICTIONARIES[other];
  return (
    <>
      <a className="skip" href="#main">{t.skipToContent}</a>
      <SiteHeader
        lang={lang}
        search={null}
        languageLink={<a href={`/${other}/`} hrefLang={other} lang={other}>{t.switchLanguage}</a>}
      />
      <main id="main" tabIndex={-1}>
        <section lang={lang} data-testid="not-found">
          <h1>{t.notFoundTitle}</h1>
          <p>{t.notFoundBody}</p>
          <p>{PAGE_STRINGS[lang].notFoundSearch}</p>
          <SearchBox key={lang} lang={lang} variant="main" />
          <p><a href={`/${lang}/`}>{t.home}</a></p>
        </section>
        <section lang={other}>
          <h2>{o.notFoundTitle}</h2>
          <p>{o.notFoundBody}</p>
          <p><a href={`/${other}/`}>{o.home}</a></p>
        </section>
      </main>
    </>
  );
}
