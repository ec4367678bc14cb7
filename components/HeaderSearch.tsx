'use client';

import { usePathname } from 'next/navigation';
import type { Lang } from '@/lib/matcher/vocabulary';
import SearchBox from './SearchBox';

/** The compact search in the header, on every page but the home page (which has the big one). */
export default function HeaderSearch({ lang }: { lang: Lang }) {
  const pathname = usePathname() ?? '';
  if (/^\/(ko|en)\/?$/.test(pathname)) return null;
  return <SearchBox lang={lang} variant="header" />;
}
