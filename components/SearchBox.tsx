'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Analysis } from '@/lib/matcher';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, REASON_LABELS } from '@/lib/i18n';
import { isShareableQuery, type FromWorker, type ToWorker } from '@/lib/search/protocol';
import Highlighted, { evidenceWindow } from './Highlighted';

/** Matches shown per diagnosis of a pasted bounce (a bare code query shows every article). */
const MATCHES_SHOWN = 6;

interface Props {
  lang: Lang;
  /** `main`: the big paste field of the home page; `header`: the compact one on other pages. */
  variant: 'main' | 'header';
}

const STRINGS = {
  ko: {
    loading: '검색 색인을 불러오는 중…',
    none: '맞는 문서를 찾지 못했습니다. 코드(예: 5.7.1)나 서버가 보낸 문장 한 줄로 다시 검색해 보세요.',
    results: (d: number, m: number) => `수신자 ${d}건, 문서 ${m}건을 찾았습니다.`,
    noRecipient: '수신자 정보 없음',
    why: '근거',
    evidence: '붙여넣은 내용에서 찾은 근거',
    took: (ms: number) => `${ms.toFixed(0)} ms`,
    error: '검색 중 오류가 났습니다',
  },
  en: {
    loading: 'Loading the search index…',
    none: 'No article matched. Try the code (e.g. 5.7.1) or one line of what the server said.',
    results: (d: number, m: number) => `${m} articles for ${d} recipient(s).`,
    noRecipient: 'No recipient in the text',
    why: 'Why',
    evidence: 'Evidence in what you pasted',
    took: (ms: number) => `${ms.toFixed(0)} ms`,
    error: 'The search failed',
  },
} as const;

/**
 * The paste-a-bounce field. The matcher runs in a Web Worker created on first focus; results
 * appear as the user pastes or types. Keyboard: arrows move into the results, Enter on a single
 * line or Ctrl/Cmd+Enter opens the top result (as soon as it is ready), Esc clears.
 */
export default function SearchBox({ lang, variant }: Props) {
  const t = DICTIONARIES[lang];
  const s = STRINGS[lang];
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [analyzedText, setAnalyzedText] = useState('');
  const [status, setStatus] = useState<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const [error, setError] = useState('');
  const [ms, setMs] = useState<number | null>(null);
  // The header variant shows its results as a dropdown, closed when focus leaves the search.
  const [open, setOpen] = useState(true);
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);
  const pendingText = useRef('');
  const openWhenReady = useRef(false);
  const debounce = useRef<ReturnType<typeof setTimeout> | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const resultsRef = useRef<HTMLDivElement>(null);
  const id = `search-${variant}`;

  const openTop = useCallback((a: Analysis | null) => {
    const top = a?.diagnoses.find((d) => d.matches.length)?.matches[0];
    if (top) window.location.assign(top.url);
    return !!top;
  }, []);

  const ensureWorker = useCallback(() => {
    if (worker.current) return worker.current;
    const w = new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'ready') setStatus('ready');
      else if (m.type === 'error') {
        setStatus('error');
        setError(m.message);
      } else if (m.type === 'result' && m.seq === seq.current) {
        setAnalysis(m.analysis);
        setAnalyzedText(pendingText.current);
        setMs(m.ms);
        setStatus('ready');
        if (openWhenReady.current) {
          openWhenReady.current = false;
          openTop(m.analysis);
        }
      }
    };
    const init: ToWorker = { type: 'init', lang, indexUrl: `/data/match-${lang}.json` };
    w.postMessage(init);
    setStatus((st) => (st === 'idle' ? 'loading' : st));
    worker.current = w;
    return w;
  }, [lang, openTop]);

  const run = useCallback(
    (value: string, delay: number) => {
      if (debounce.current) clearTimeout(debounce.current);
      const go = () => {
        const w = ensureWorker();
        seq.current++;
        if (!value.trim()) {
          setAnalysis(null);
          setAnalyzedText('');
          return;
        }
        pendingText.current = value;
        const msg: ToWorker = { type: 'analyze', seq: seq.current, text: value };
        w.postMessage(msg);
      };
      if (delay) debounce.current = setTimeout(go, delay);
      else go();
    },
    [ensureWorker],
  );

  // Keep a short, address-free query in the URL (?q=) so a search can be shared; never a paste.
  const syncUrl = useCallback(
    (value: string) => {
      if (variant !== 'main') return;
      const url = new URL(window.location.href);
      if (isShareableQuery(value)) url.searchParams.set('q', value.trim());
      else url.searchParams.delete('q');
      history.replaceState(history.state, '', url.pathname + url.search + url.hash);
    },
    [variant],
  );

  useEffect(() => {
    if (variant !== 'main') return;
    const q = new URLSearchParams(window.location.search).get('q');
    if (q && isShareableQuery(q)) {
      // Restoring a shared search is an external-state sync, done once on load.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setText(q);
      run(q, 0);
    }
  }, [variant, run]);

  useEffect(() => () => worker.current?.terminate(), []);

  // Marks the field as interactive once hydrated (tests and scripts wait for it).
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current) root.current.dataset.ready = 'true';
  }, []);

  const onChange = (value: string, pasted: boolean) => {
    setText(value);
    syncUrl(value);
    run(value, pasted ? 0 : 150);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const singleLine = !text.includes('\n');
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || (singleLine && !e.shiftKey))) {
      e.preventDefault();
      if (!text.trim()) return;
      // Results on screen are for this very text: open the top one; otherwise open it on arrival.
      if (!openTop(analyzedText === text ? analysis : null)) {
        openWhenReady.current = true;
        if (pendingText.current !== text) run(text, 0);
      }
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      openWhenReady.current = false;
      onChange('', false);
      return;
    }
    if (e.key === 'ArrowDown' && (singleLine || (e.currentTarget.selectionStart === text.length))) {
      const first = resultsRef.current?.querySelector<HTMLAnchorElement>('a[data-result]');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  const onResultsKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp' && e.key !== 'Escape') return;
    const links = [...(resultsRef.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? [])];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'Escape') return field.current?.focus();
    const next = e.key === 'ArrowDown' ? i + 1 : i - 1;
    if (next < 0) field.current?.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  const shown = analysis?.input === 'code' ? Infinity : MATCHES_SHOWN;
  const matchCount = analysis?.diagnoses.reduce((n, d) => n + Math.min(d.matches.length, shown), 0) ?? 0;
  const evidence = useMemo(() => [...new Set(analysis?.diagnoses.flatMap((d) => d.matches.flatMap((m) => m.evidence)) ?? [])], [analysis]);
  // Scanning a 1 MB paste for the evidence lines is the costly part of a render: do it once per result.
  const evidenceText = useMemo(
    () => (variant === 'main' && evidence.length > 0 && analyzedText.includes('\n') ? evidenceWindow(analyzedText, evidence) : ''),
    [variant, evidence, analyzedText],
  );
  const liveMessage =
    status === 'error' ? `${s.error}: ${error}` : analysis ? (matchCount ? s.results(analysis.diagnoses.length, matchCount) : s.none) : status === 'loading' && text ? s.loading : '';

  return (
    <div
      ref={root}
      className={variant === 'main' ? 'search' : 'search header-search'}
      role="search"
      onFocus={() => setOpen(true)}
      onBlur={(e) => {
        if (variant === 'header' && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={id} className={variant === 'header' ? 'visually-hidden' : undefined}>{t.searchLabel}</label>
      <textarea
        id={id}
        ref={field}
        className="paste"
        data-search-field={variant}
        data-testid={`search-${variant}`}
        rows={variant === 'main' ? 5 : 1}
        value={text}
        placeholder={t.searchPlaceholder}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        onFocus={() => ensureWorker()}
        onPaste={(e) => {
          const el = e.currentTarget;
          // Let the browser insert the paste, then analyze at once (no debounce).
          requestAnimationFrame(() => onChange(el.value, true));
        }}
        onChange={(e) => onChange(e.target.value, false)}
        onKeyDown={onKeyDown}
      />
      <p id={`${id}-hint`} className="hint">{t.searchHint}</p>
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="search-status">{liveMessage}</p>
      {analysis && open && (
        <div ref={resultsRef} className="results" data-testid="results" onKeyDown={onResultsKeyDown} data-ms={ms ?? undefined}>
          {!matchCount && <p>{s.none}</p>}
          {analysis.diagnoses.map((d, di) => (
            <section key={di} className="diagnosis" data-testid="diagnosis" aria-label={d.recipient ?? s.noRecipient}>
              <h3>
                {d.recipient ?? s.noRecipient}
                {' · '}
                {[d.replyCode, d.status].filter(Boolean).join(' ') || '—'}
                {' · '}
                {REASON_LABELS[lang][d.reason]}
                {d.severity ? <> {' '}<span className={`badge ${d.severity}`}>{t.severity[d.severity]}</span></> : null}
              </h3>
              {d.diagnostic && (
                <div className="diag-line">
                  <Highlighted text={d.diagnostic.slice(0, 2000)} terms={d.matches[0]?.evidence ?? []} />
                </div>
              )}
              <ol className="matches">
                {d.matches.slice(0, shown).map((m, mi) => (
                  <li key={m.id}>
                    <a href={m.url} data-result data-testid={mi === 0 && di === 0 ? 'top-result' : 'result'} data-id={m.id}>
                      {m.title[lang] ?? m.id}
                    </a>
                    <div className="why">
                      {s.why}: {m.why.detail}
                      {m.evidence.length > 0 && <> · {m.evidence.map((ev) => <code key={ev}>{ev}</code>).reduce<React.ReactNode[]>((acc, el, i) => (i ? [...acc, ' ', el] : [el]), [])}</>}
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          ))}
          {evidenceText && (
            <details className="evidence" open>
              <summary>{s.evidence}</summary>
              <pre data-testid="evidence-text"><Highlighted text={evidenceText} terms={evidence} /></pre>
            </details>
          )}
          {ms !== null && <p className="muted" style={{ fontSize: '0.8rem' }}>{s.took(ms)}</p>}
        </div>
      )}
    </div>
  );
}
