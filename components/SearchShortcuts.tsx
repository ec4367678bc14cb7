'use client';

import { useEffect } from 'react';

/** `/` or Ctrl/Cmd+K focuses the search field of the page (the home field, or the header one). */
export default function SearchShortcuts() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = !!target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
      const isSlash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing;
      const isK = (e.key === 'k' || e.key === 'K') && (e.ctrlKey || e.metaKey);
      if (!isSlash && !isK) return;
      const field = document.querySelector<HTMLElement>('[data-search-field="main"]') ?? document.querySelector<HTMLElement>('[data-search-field="header"]');
      if (!field) return;
      e.preventDefault();
      field.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
