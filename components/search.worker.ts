/// <reference lib="webworker" />
/**
 * Runs the matcher off the main thread. Loads the per-language index once (the site's own
 * static JSON), then answers analyze requests. Never makes a request with the pasted text.
 */
import { analyze, buildIndex, type MatchIndex } from '@/lib/matcher';
import type { MatchArticle } from '@/lib/matcher/types';
import type { Lang } from '@/lib/matcher/vocabulary';
import type { FromWorker, ToWorker } from '@/lib/search/protocol';

declare const self: DedicatedWorkerGlobalScope;

let index: Promise<MatchIndex> | null = null;
let lang: Lang = 'en';

const post = (m: FromWorker) => self.postMessage(m);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const msg = e.data;
  if (msg.type === 'init') {
    lang = msg.lang;
    index ??= fetch(msg.indexUrl, { credentials: 'omit' })
      .then((r) => {
        if (!r.ok) throw new Error(`index ${msg.indexUrl}: HTTP ${r.status}`);
        return r.json() as Promise<MatchArticle[]>;
      })
      .then((articles) => {
        const built = buildIndex(articles);
        post({ type: 'ready', articles: articles.length });
        return built;
      });
    index.catch((err: unknown) => post({ type: 'error', seq: null, message: String(err) }));
    return;
  }
  if (!index) return post({ type: 'error', seq: msg.seq, message: 'search index not loaded' });
  try {
    const started = performance.now();
    const analysis = await analyze(msg.text, await index, { lang, limit: 60 });
    post({ type: 'result', seq: msg.seq, analysis, ms: performance.now() - started });
  } catch (err) {
    post({ type: 'error', seq: msg.seq, message: err instanceof Error ? err.message : String(err) });
  }
};
