/// <reference lib="webworker" />
/**
 * Runs the matcher (pastes) and the typed search off the main thread. Loads the per-language
 * indexes once (the site's own static JSON), then answers requests. Never makes a request with
 * the pasted or typed text.
 */
// The library's own entry (lib/api.ts): the same analyze/search the CLI and `import 'bouncekb'` run.
import { analyze, buildIndex, search, type MatchIndex } from '@/lib/api';
import type { MatchArticle } from '@/lib/matcher/types';
import type { Lang } from '@/lib/matcher/vocabulary';
import type { FromWorker, ToWorker, TopDetails } from '@/lib/search/protocol';
import { joinSearchIndex, type SearchBodyIndex, type SearchIndex } from '@/lib/search';

declare const self: DedicatedWorkerGlobalScope;

let index: Promise<MatchIndex> | null = null;
let searchIndex: Promise<SearchIndex> | null = null;
let lang: Lang = 'en';

const post = (m: FromWorker) => self.postMessage(m);

async function getJson<T>(url: string): Promise<T> {
  const r = await fetch(url, { credentials: 'omit' });
  if (!r.ok) throw new Error(`index ${url}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

/** Summary, temporary/permanent and first fix step of each diagnosis's top match. */
function topDetails(analysisIds: string[], idx: SearchIndex): Record<string, TopDetails> {
  const out: Record<string, TopDetails> = {};
  for (const id of analysisIds) {
    const d = idx.docs.find((x) => x.id === id);
    if (d) out[id] = { summary: d.summary, severity: d.severity, ...(d.fix ? { fix: d.fix } : {}) };
  }
  return out;
}

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'init') {
    lang = msg.lang;
    index ??= getJson<MatchArticle[]>(msg.indexUrl).then((articles) => {
      const built = buildIndex(articles);
      post({ type: 'ready', articles: articles.length });
      return built;
    });
    searchIndex ??= Promise.all([getJson<SearchIndex>(msg.searchUrl), getJson<SearchBodyIndex>(msg.bodyUrl)]).then(([main, body]) => joinSearchIndex(main, body));
    index.catch((err: unknown) => post({ type: 'error', seq: null, message: String(err) }));
    searchIndex.catch((err: unknown) => post({ type: 'error', seq: null, message: String(err) }));
    return;
  }
  if (!index || !searchIndex) return post({ type: 'error', seq: msg.seq, message: 'search index not loaded' });
  try {
    const started = performance.now();
    if (msg.type === 'search') {
      const results = await search(msg.text, { index: await searchIndex, lang, limit: 8 });
      post({ type: 'search-result', seq: msg.seq, query: msg.text, results, ms: performance.now() - started });
      return;
    }
    const analysis = await analyze(msg.text, { index: await index, lang, limit: 60 });
    const tops = analysis.diagnoses.map((d) => d.matches[0]?.id).filter((id): id is string => !!id);
    const details = tops.length ? topDetails(tops, await searchIndex) : {};
    post({ type: 'result', seq: msg.seq, analysis, ms: performance.now() - started, details });
  } catch (err) {
    post({ type: 'error', seq: msg.seq, message: err instanceof Error ? err.message : String(err) });
  }
};
