'use client';

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Analysis } from '@/lib/matcher';
import type { Lang } from '@/lib/matcher/vocabulary';
import { DICTIONARIES, REASON_LABELS } from '@/lib/i18n';
import { isShareableQuery, isTypedQuery, type FromWorker, type ToWorker, type TopDetails } from '@/lib/search/protocol';
import type { SearchResult } from '@/lib/search/types';
import Highlighted, { evidenceWindow } from './Highlighted';

/** Matches shown per diagnosis of a pasted bounce (a bare code query shows every article). */
const MATCHES_SHOWN = 6;
/** A paste this long (or of several lines) is cleared only by a second Esc. */
const LONG_PASTE = 200;

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
    typed: (n: number) => `문서 ${n}건을 찾았습니다.`,
    codeHub: '코드 안내',
    firstStep: '먼저 할 일',
    shortcut: '검색창으로 이동:',
    escAgain: '한 번 더 Esc를 누르면 지웁니다 (지운 뒤에도 Ctrl+Z로 되돌릴 수 있습니다).',
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
    typed: (n: number) => `${n} results.`,
    codeHub: 'Code guide',
    firstStep: 'First step',
    shortcut: 'Jump here with',
    escAgain: 'Press Esc again to clear (Ctrl+Z brings it back).',
  },
} as const;

/** What the typed search answered, for which text. */
interface Typed {
  query: string;
  results: SearchResult[];
}

/**
 * The search field. Typed words (one short line, see `isTypedQuery`) go to the typed search;
 * a paste that looks like a bounce goes to the matcher. Both run in a Web Worker created on
 * first focus. Keyboard: arrows move into the results, Enter on a single line or Ctrl/Cmd+Enter
 * opens the top result (as soon as it is ready), Esc clears (a long paste: a second Esc, and
 * the browser's undo still brings it back).
 */
export default function SearchBox({ lang, variant }: Props) {
  const t = DICTIONARIES[lang];
  const s = STRINGS[lang];
  const [text, setText] = useState('');
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [details, setDetails] = useState<Record<string, TopDetails>>({});
  const [typed, setTyped] = useState<Typed | null>(null);
  const [analyzedText, setAnalyzedText] = useState('');
  const [escArmed, setEscArmed] = useState(false);
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

  const openTop = useCallback((a: Analysis | null, tr: Typed | null = null) => {
    const url = tr ? tr.results[0]?.url : a?.diagnoses.find((d) => d.matches.length)?.matches[0]?.url;
    if (url) window.location.assign(url);
    return !!url;
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
        setDetails(m.details);
        setTyped(null);
        setAnalyzedText(pendingText.current);
        setMs(m.ms);
        setStatus('ready');
        if (openWhenReady.current) {
          openWhenReady.current = false;
          openTop(m.analysis);
        }
      } else if (m.type === 'search-result' && m.seq === seq.current) {
        const tr = { query: m.query, results: m.results };
        setTyped(tr);
        setAnalysis(null);
        setAnalyzedText(pendingText.current);
        setMs(m.ms);
        setStatus('ready');
        if (openWhenReady.current) {
          openWhenReady.current = false;
          openTop(null, tr);
        }
      }
    };
    const init: ToWorker = { type: 'init', lang, indexUrl: `/data/match-${lang}.json`, searchUrl: `/data/search-${lang}.json`, bodyUrl: `/data/search-body-${lang}.json` };
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
          setTyped(null);
          setAnalyzedText('');
          return;
        }
        pendingText.current = value;
        const msg: ToWorker = isTypedQuery(value) ? { type: 'search', seq: seq.current, text: value } : { type: 'analyze', seq: seq.current, text: value };
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

  const root = useRef<HTMLDivElement>(null);

  const onChange = (value: string, pasted: boolean) => {
    setText(value);
    setEscArmed(false);
    syncUrl(value);
    run(value, pasted ? 0 : 150);
  };

  // Once hydrated: marks the field as interactive (tests and scripts wait for it), and takes up
  // what the reader typed or pasted before the scripts ran (they run on the first interaction,
  // see scripts/defer-scripts.mjs); a paste is analysed at once.
  // (The first render's onChange: the effect below runs once, right after that render.)
  const takeEarlyInput = useRef(onChange);
  useEffect(() => {
    if (root.current) root.current.dataset.ready = 'true';
    const early = field.current?.value ?? '';
    if (early) takeEarlyInput.current(early, early.includes('\n') || early.length > 200);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    const singleLine = !text.includes('\n');
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey || (singleLine && !e.shiftKey))) {
      e.preventDefault();
      if (!text.trim()) return;
      // Results on screen are for this very text: open the top one; otherwise open it on arrival.
      if (!(analyzedText === text && openTop(analysis, typed))) {
        openWhenReady.current = true;
        if (pendingText.current !== text) run(text, 0);
      }
      return;
    }
    if (e.key === 'Escape') {
      e.preventDefault();
      openWhenReady.current = false;
      if (!text) return;
      // A long paste is not thrown away by one stray Esc: the first one only says so.
      if ((text.length > LONG_PASTE || text.includes('\n')) && !escArmed) {
        setEscArmed(true);
        return;
      }
      clearField(e.currentTarget);
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

  /** Empties the field through the browser's editing, so Ctrl+Z brings the text back. */
  const clearField = (el: HTMLTextAreaElement) => {
    el.focus();
    el.select();
    // execCommand is the one way to edit a field that the browser's undo stack records.
    const done = typeof document.execCommand === 'function' && document.execCommand('delete');
    if (!done || el.value) onChange('', false);
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
    status === 'error'
      ? `${s.error}: ${error}`
      : typed
        ? typed.results.length ? s.typed(typed.results.length) : s.none
        : analysis
          ? matchCount ? s.results(analysis.diagnoses.length, matchCount) : s.none
          : status === 'loading' && text ? s.loading : '';

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
      <p id={`${id}-hint`} className="hint">
        {escArmed ? <span data-testid="esc-again">{s.escAgain}</span> : t.searchHint}
        {variant === 'main' && !escArmed && <> · {s.shortcut} <kbd>/</kbd> <kbd>Ctrl</kbd>+<kbd>K</kbd></>}
      </p>
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="search-status">{liveMessage}</p>
      {typed && open && (
        <div ref={resultsRef} className="results" data-testid="results" data-kind="typed" onKeyDown={onResultsKeyDown} data-ms={ms ?? undefined}>
          {!typed.results.length && <p>{s.none}</p>}
          <ol className="matches" data-testid="typed-results">
            {typed.results.map((r, i) => (
              <li key={r.type === 'code' ? `code-${r.code}` : r.id}>
                {r.type === 'code' ? (
                  <>
                    <a href={r.url} data-result data-testid={i === 0 ? 'top-result' : 'result'} data-id={`code:${r.code}`}>
                      <code>{r.code}</code> {r.title}
                    </a>{' '}
                    <span className="badge varies">{s.codeHub}</span>
                  </>
                ) : (
                  <>
                    <a href={r.url} data-result data-testid={i === 0 ? 'top-result' : 'result'} data-id={r.id}>
                      {r.title}
                    </a>
                    <div className="why">
                      {r.severity && <span className={`badge ${r.severity}`}>{t.severity[r.severity]}</span>}{' '}
                      {(r.codes ?? []).map((c) => <code key={c} className="chip">{c}</code>).reduce<React.ReactNode[]>((acc, el, k) => (k ? [...acc, ' ', el] : [el]), [])}
                    </div>
                    <div className="why" data-testid="result-summary">{r.summary}</div>
                  </>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
      {analysis && open && (
        <div ref={resultsRef} className="results" data-testid="results" onKeyDown={onResultsKeyDown} data-ms={ms ?? undefined}>
          {!matchCount && <p>{s.none}</p>}
          {analysis.diagnoses.map((d, di) => (
            <section key={di} className="diagnosis" data-testid="diagnosis" aria-label={d.recipient ?? s.noRecipient}>
              <h3>
                {[d.recipient, [d.replyCode, d.status].filter(Boolean).join(' '), REASON_LABELS[lang][d.reason]].filter(Boolean).join(' · ')}
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
                    {mi === 0 && details[m.id] && (
                      <div className="top-details" data-testid="top-details">
                        <p>
                          <span className={`badge ${details[m.id]?.severity}`}>{t.severity[details[m.id]?.severity ?? 'varies']}</span> {details[m.id]?.summary}
                        </p>
                        {details[m.id]?.fix && (
                          <p data-testid="top-fix">
                            <strong>{s.firstStep}:</strong> {details[m.id]?.fix}
                          </p>
                        )}
                      </div>
                    )}
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
