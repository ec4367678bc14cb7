'use client';

import { useEffect, useState } from 'react';
import type { Lang } from '@/lib/matcher/vocabulary';
import { PAGE_STRINGS } from '@/lib/site/strings';

interface Option { value: string; label: string }

interface Props {
  lang: Lang;
  total: number;
  providers: Option[];
  causes: { label: string; options: Option[] }[];
  severities: Option[];
}

type Filter = { provider: string; reason: string; severity: string };
const KEYS = ['provider', 'reason', 'severity'] as const;

/**
 * Filters the server-rendered list of /{lang}/errors/ in place (hides rows and emptied groups),
 * so the page stays a complete plain list without JS. The choice lives in the query string
 * (`?provider=daum&severity=transient`), so a filtered view can be shared.
 */
export default function ErrorFilter({ lang, total, providers, causes, severities }: Props) {
  const p = PAGE_STRINGS[lang];
  const [ready, setReady] = useState(false);
  const [filter, setFilter] = useState<Filter>({ provider: '', reason: '', severity: '' });
  const [shown, setShown] = useState(total);

  useEffect(() => {
    const q = new URLSearchParams(location.search);
    setFilter({ provider: q.get('provider') ?? '', reason: q.get('reason') ?? '', severity: q.get('severity') ?? '' });
    setReady(true);
  }, []);

  useEffect(() => {
    if (!ready) return;
    const root = document.querySelector('[data-testid="error-index"]');
    if (!root) return;
    let n = 0;
    for (const li of root.querySelectorAll<HTMLLIElement>('li[data-reason]')) {
      const ok =
        (!filter.provider || (li.dataset.provider ?? '').split(' ').includes(filter.provider)) &&
        (!filter.reason || li.dataset.reason === filter.reason) &&
        (!filter.severity || li.dataset.severity === filter.severity);
      li.hidden = !ok;
      if (ok) n++;
    }
    for (const g of root.querySelectorAll<HTMLElement>('.index-group')) g.hidden = !g.querySelector('li[data-reason]:not([hidden])');
    setShown(n);
    const q = new URLSearchParams();
    for (const k of KEYS) if (filter[k]) q.set(k, filter[k]);
    const search = q.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }, [filter, ready]);

  const select = (key: keyof Filter, label: string, body: React.ReactNode) => (
    <label>
      <span>{label}</span>
      <select value={filter[key]} onChange={(e) => setFilter((f) => ({ ...f, [key]: e.target.value }))} data-testid={`filter-${key}`}>
        <option value="">{p.any}</option>
        {body}
      </select>
    </label>
  );

  return (
    <form className="filters" role="search" aria-label={p.allErrors} hidden={!ready} onSubmit={(e) => e.preventDefault()}>
      {select('provider', p.filterProvider, providers.map((o) => <option key={o.value} value={o.value}>{o.label}</option>))}
      {select(
        'reason',
        p.filterCause,
        causes.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </optgroup>
        )),
      )}
      {select('severity', p.filterSeverity, severities.map((o) => <option key={o.value} value={o.value}>{o.label}</option>))}
      <output aria-live="polite" data-testid="filter-count">{p.showing(shown, total)}</output>
    </form>
  );
}
