'use client';

import { usePathname } from 'next/navigation';
import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';

/** Links to the same page in the other language, keeping the `#section` the reader is on. */
export default function LanguageSwitch({ lang, label }: { lang: Lang; label: string }) {
  const pathname = usePathname() ?? `/${lang}/`;
  const other: Lang = lang === 'ko' ? 'en' : 'ko';
  const base = pathname.replace(/^\/(ko|en)(?=\/|$)/, `/${other}`);
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return (
    <a href={`${base}${hash}`} hrefLang={other} lang={other} data-testid="language-switch" data-keep-hash>
      {label}
    </a>
  );
}
