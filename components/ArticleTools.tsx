'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy buttons for the page link and the Markdown summary, and a copy-link button on every
 * section heading of the body (added after hydration; the headings keep their ids without JS).
 */
export default function ArticleTools({ lang, summaryMarkdown }: { lang: Lang; summaryMarkdown: string }) {
  const t = DICTIONARIES[lang];
  const [status, setStatus] = useState('');

  useEffect(() => {
    const body = document.querySelector('[data-testid="article-body"]');
    if (!body) return;
    const buttons: HTMLButtonElement[] = [];
    for (const h of body.querySelectorAll<HTMLHeadingElement>('h2[id], h3[id]')) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'anchor';
      b.textContent = '#';
      b.setAttribute('aria-label', `${t.sectionLink}: ${h.textContent ?? ''}`);
      b.dataset.section = h.id;
      b.addEventListener('click', async () => {
        const url = `${location.origin}${location.pathname}#${h.id}`;
        history.replaceState(null, '', `#${h.id}`);
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        setStatus((await copyText(url)) ? `${t.copied}: ${url}` : url);
      });
      h.appendChild(b);
      buttons.push(b);
    }
    return () => buttons.forEach((b) => b.remove());
  }, [t]);

  return (
    <div className="toolbar">
      <button
        type="button"
        data-testid="copy-link"
        onClick={async () => {
          const url = `${location.origin}${location.pathname}${location.hash}`;
          setStatus((await copyText(url)) ? `${t.copied}: ${url}` : url);
        }}
      >
        {t.copyLink}
      </button>
      <button
        type="button"
        data-testid="copy-summary"
        onClick={async () => {
          const text = `${summaryMarkdown}\n\n${location.origin}${location.pathname}`;
          setStatus((await copyText(text)) ? t.copied : text);
        }}
      >
        {t.copySummary}
      </button>
      <span role="status" aria-live="polite" className="muted">{status}</span>
    </div>
  );
}
