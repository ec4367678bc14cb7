'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES } from '@/lib/i18n';
import { PAGE_STRINGS } from '@/lib/site/strings';

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy buttons for the page link and the Markdown summary, a copy-link button on every section
 * heading of the body, and a copy button on every command or config block (not on the quoted
 * bounce text). All are added after hydration; without JS the page reads the same, minus buttons.
 */
export default function ArticleTools({ lang, summaryMarkdown }: { lang: Lang; summaryMarkdown: string }) {
  const t = DICTIONARIES[lang];
  const p = PAGE_STRINGS[lang];
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
    // Bounce quotes are ```text blocks and the samples; everything else is something to run or paste.
    for (const pre of body.querySelectorAll<HTMLPreElement>('pre:not(.sample)')) {
      const code = pre.querySelector('code');
      if (!code || code.classList.contains('language-text')) continue;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'copy-code';
      b.textContent = p.copy;
      b.setAttribute('aria-label', p.copyCode);
      b.dataset.testid = 'copy-code';
      b.addEventListener('click', async () => {
        const ok = await copyText(code.innerText.replace(/\n$/, ''));
        b.textContent = ok ? p.copied : p.copy;
        setStatus(ok ? p.copied : '');
        setTimeout(() => (b.textContent = p.copy), 2000);
      });
      pre.classList.add('has-copy');
      pre.appendChild(b);
      buttons.push(b);
    }
    return () => buttons.forEach((b) => b.remove());
  }, [t, p]);

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
