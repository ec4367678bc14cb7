/**
 * `search()`: what an admin types (Korean or English words, codes, provider names) to ranked
 * articles and code hubs. Each word is scored on its own, in the strongest field it appears in;
 * more words matched comes first. Pure: runs in the browser's worker and in the CLI alike.
 */
import { convertQwertyToHangul, disassemble, getChoseong } from 'es-hangul';
import Fuse from 'fuse.js';
import { articlesForCode } from '../matcher/codequery';
import { MTAS } from '../matcher/rank';
import type { Provider, Reason } from '../matcher/vocabulary';
import { editDistance, findCodes, isChoseongQuery, isHangul, isStopWord, normalizeWord, rawWords, stripKorean } from './text';
import { FIELDS, type Field, type SearchDoc, type SearchIndex, type SearchOptions, type SearchResult } from './types';

/** How much a word found in each field is worth. */
const FIELD_WEIGHT: Record<Field, number> = { title: 4, sig: 3.5, alt: 2.5, summary: 2, body: 1 };
/** A document of a provider named in the query. */
const PROVIDER_WEIGHT = 6;
/** A document of a reason a synonym group names (`수신자 없음` -> userunknown); more for that reason's own page. */
const REASON_WEIGHT = 2.5;
const REASON_PAGE_WEIGHT = 3.5;
/** ...and on top of the words an article of that reason matched. */
const REASON_BONUS = 1;
/** A document carrying a searched code exactly, or through its generic `X.7.1`. */
const CODE_EXACT = 8;
const CODE_GENERIC = 5;
/** Each query word a document matches adds this: more words matched ranks first. */
const COVER = 3;
/**
 * When the query names no provider, an article about one provider's variant scores this share:
 * the general page (reason, code, MTA wording) answers "mailbox full" for everyone, a provider's
 * page only for that provider. A term unique to the provider's page still wins.
 */
const NEUTRAL_PREFERENCE = 0.9;
/** The most linked article of a topic is its hub: a small prior that breaks ties. */
const INBOUND_PRIOR = 0.15;
/** Synonyms count a little less than the word typed. */
const SYNONYM = 0.9;
const DEFAULT_LIMIT = 10;
/** Query words considered at most (a pasted paragraph is not a typed query). */
const MAX_UNITS = 12;

/** A vocabulary word a query word stands for, and how sure the match is (0..1). */
interface Expansion {
  word: string;
  quality: number;
}

/** One query word (or a synonym group it belongs to), and the ways documents can match it. */
interface Unit {
  text: string;
  /** The query words it stands for. */
  words: string[];
  /** Alternatives: each a list of index words that must all match. */
  alts: Array<{ words: string[]; weight: number }>;
  reasons: Reason[];
  providers: Provider[];
  code?: string;
  weak?: boolean;
}

/** The index decoded for querying; built once per index object. */
interface Runtime {
  n: number;
  postings: Record<Field, Map<string, number[]>>;
  df: Map<string, number>;
  vocab: string[];
  /** Sorted, for prefix lookups by binary search. */
  hangul: string[];
  latin: string[];
  /** Expansions already computed (typed words, then synonym alternatives), by word. */
  expansions: Map<string, Expansion[]>;
  synonymKeys: Map<string, number>;
  maxSynonymWords: number;
  choseong: Map<string, string>;
  jamo: Map<string, string>;
  fuse: Fuse<string> | null;
}

const runtimes = new WeakMap<SearchIndex, Runtime>();

function runtime(index: SearchIndex): Runtime {
  const cached = runtimes.get(index);
  if (cached) return cached;
  const postings = {} as Record<Field, Map<string, number[]>>;
  const docsOf = new Map<string, Set<number>>();
  for (const f of FIELDS) {
    const m = new Map<string, number[]>();
    for (const [w, deltas] of Object.entries(index.postings[f] ?? {})) {
      let acc = 0;
      const ids = deltas.map((d) => (acc += d));
      m.set(w, ids);
      let set = docsOf.get(w);
      if (!set) docsOf.set(w, (set = new Set()));
      for (const i of ids) set.add(i);
    }
    postings[f] = m;
  }
  const df = new Map([...docsOf].map(([w, s]) => [w, s.size]));
  const vocab = [...df.keys()];
  const synonymKeys = new Map<string, number>();
  let maxSynonymWords = 1;
  index.synonyms.forEach((g, gi) => {
    for (const t of g.terms) {
      const key = t.join('');
      if (!synonymKeys.has(key)) synonymKeys.set(key, gi);
      maxSynonymWords = Math.max(maxSynonymWords, t.length);
    }
  });
  const rt: Runtime = {
    n: index.docs.length,
    postings,
    df,
    vocab,
    hangul: vocab.filter(isHangul).sort(),
    latin: vocab.filter((w) => /^[a-z][a-z0-9-]*$/.test(w)).sort(),
    expansions: new Map(),
    synonymKeys,
    maxSynonymWords,
    choseong: new Map(),
    jamo: new Map(),
    fuse: null,
  };
  runtimes.set(index, rt);
  return rt;
}

/** Rarer words weigh more: 0.35 for a word in every document, 1 for a word in one. */
function idf(rt: Runtime, word: string): number {
  const d = rt.df.get(word) ?? 0;
  if (!d) return 0;
  return 0.35 + (0.65 * Math.log(1 + rt.n / d)) / Math.log(1 + rt.n);
}

/** The vocabulary words sharing the most documents with a prefix/infix hit, capped. */
function topByDf(rt: Runtime, list: Expansion[], max: number): Expansion[] {
  return list.sort((a, b) => b.quality - a.quality || (rt.df.get(b.word) ?? 0) - (rt.df.get(a.word) ?? 0)).slice(0, max);
}

function choseongOf(rt: Runtime, w: string): string {
  let c = rt.choseong.get(w);
  if (c === undefined) rt.choseong.set(w, (c = getChoseong(w)));
  return c;
}

function jamoOf(rt: Runtime, w: string): string {
  let j = rt.jamo.get(w);
  if (j === undefined) rt.jamo.set(w, (j = disassemble(w)));
  return j;
}

/** The words of a sorted list that begin with `w` (not `w` itself). */
function withPrefix(list: string[], w: string): string[] {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < w) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < list.length && (list[i] as string).startsWith(w); i++) if (list[i] !== w) out.push(list[i] as string);
  return out;
}

/**
 * Korean word -> vocabulary: exact, then words it begins; for a typed word also words it sits
 * inside (차단 in 수신차단) and, failing all, jamo typos.
 */
function expandHangul(rt: Runtime, w: string, typed: boolean): Expansion[] {
  const out: Expansion[] = [];
  if (rt.df.has(w)) out.push({ word: w, quality: 1 });
  if (w.length >= 2) {
    const more: Expansion[] = withPrefix(rt.hangul, w).map((v) => ({ word: v, quality: 0.8 }));
    if (typed) for (const v of rt.hangul) if (v.length > w.length && !v.startsWith(w) && v.includes(w)) more.push({ word: v, quality: 0.6 });
    out.push(...topByDf(rt, more, 24));
  } else if (!out.length) {
    // One syllable: only words that are that syllable plus a particle.
    for (const v of rt.hangul) if (v.length === 2 && v.startsWith(w) && stripKorean(v) === w) out.push({ word: v, quality: 0.8 });
  }
  if (out.length || w.length < 2 || !typed) return out;
  // Typos: one jamo off for short words, two for longer ones.
  const jw = disassemble(w);
  const max = jw.length <= 6 ? 1 : 2;
  const typos: Expansion[] = [];
  for (const v of rt.hangul) {
    if (Math.abs(v.length - w.length) > 1) continue;
    const d = editDistance(jw, jamoOf(rt, v), max);
    if (d <= max) typos.push({ word: v, quality: d === 1 ? 0.7 : 0.55 });
  }
  return topByDf(rt, typos, 8);
}

/** Initial consonants (ㅅㅍ) -> the Korean words with those initials. */
function expandChoseong(rt: Runtime, w: string): Expansion[] {
  const out: Expansion[] = [];
  for (const v of rt.hangul) {
    const c = choseongOf(rt, v);
    if (c === w) out.push({ word: v, quality: 0.85 });
    else if (w.length >= 2 && c.startsWith(w) && v.length <= w.length + 1) out.push({ word: v, quality: 0.6 });
  }
  return topByDf(rt, out, 12);
}

function fuseOf(rt: Runtime): Fuse<string> {
  rt.fuse ??= new Fuse(rt.latin.filter((w) => w.length >= 3), { includeScore: true, threshold: 0.34, ignoreLocation: true, minMatchCharLength: 3 });
  return rt.fuse;
}

/** Latin word -> vocabulary: exact and prefix; for a typed word, else Korean typed in English mode, else fuse.js. */
function expandLatin(rt: Runtime, w: string, typed: boolean): Expansion[] {
  const out: Expansion[] = [];
  if (rt.df.has(w)) out.push({ word: w, quality: 1 });
  if (w.length >= 4) out.push(...topByDf(rt, withPrefix(rt.latin, w).map((v) => ({ word: v, quality: 0.75 })), 12));
  if (out.length || !typed) return out;
  // The keyboard was left in English mode: tmvoa is 스팸.
  if (/^[a-z]+$/i.test(w) && w.length >= 2) {
    const ko = convertQwertyToHangul(w);
    if (isHangul(ko)) {
      const hits = expandHangul(rt, stripKorean(ko), true).map((e) => ({ word: e.word, quality: e.quality * 0.95 }));
      if (hits.length) return hits;
    }
  }
  if (w.length < 4) return out;
  return fuseOf(rt)
    .search(w, { limit: 6 })
    .map((r) => ({ word: r.item, quality: 0.75 * (1 - (r.score ?? 0)) }))
    .filter((e) => e.quality > 0.4);
}

function expand(rt: Runtime, w: string, typed: boolean): Expansion[] {
  const key = `${typed ? 't' : 's'}${w}`;
  const hit = rt.expansions.get(key);
  if (hit) return hit;
  let out: Expansion[] = [];
  if (isChoseongQuery(w)) out = typed ? expandChoseong(rt, w) : [];
  else if (isHangul(w)) out = expandHangul(rt, w, typed);
  else if (/^[a-z]/.test(w)) out = expandLatin(rt, w, typed);
  else if (rt.df.has(w)) out = [{ word: w, quality: 1 }];
  // A bounded memo: the same words come back query after query.
  if (rt.expansions.size > 4000) rt.expansions.clear();
  rt.expansions.set(key, out);
  return out;
}

/**
 * A Korean word with no space where the articles have one (메일함용량 -> 메일함 용량): split into
 * known words of two syllables or more, fewest pieces first. Null when no split covers it.
 */
function splitCompound(rt: Runtime, w: string): string[] | null {
  if (w.length < 4 || w.length > 16) return null;
  const known = (s: string) => rt.df.has(s) || rt.synonymKeys.has(s);
  const best: Array<string[] | null> = Array.from({ length: w.length + 1 }, () => null);
  best[0] = [];
  for (let end = 2; end <= w.length; end++) {
    for (let start = 0; start <= end - 2; start++) {
      const prev = best[start];
      if (!prev) continue;
      const piece = w.slice(start, end);
      const isLast = end === w.length;
      if (known(piece) || (isLast && known(stripKorean(piece)))) {
        const cand = [...prev, isLast ? (known(piece) ? piece : stripKorean(piece)) : piece];
        const cur = best[end];
        if (!cur || cand.length < cur.length) best[end] = cand;
      }
    }
  }
  const r = best[w.length];
  return r && r.length > 1 ? r : null;
}

/** A word the index or the synonyms know. */
function known(rt: Runtime, w: string): boolean {
  return rt.df.has(w) || rt.synonymKeys.has(w);
}

/** A Korean word as the index knows it: itself, without its particle, or split where the articles have a space. */
function koreanWords(rt: Runtime, raw: string): string[] | null {
  const stripped = stripKorean(raw);
  if (known(rt, raw)) return [raw];
  if (known(rt, stripped)) return [stripped];
  return splitCompound(rt, raw) ?? splitCompound(rt, stripped);
}

/** The synonym term one jamo away from a mistyped Korean word (스펨 -> 스팸), if exactly one is. */
function nearSynonym(rt: Runtime, w: string): string | null {
  const jw = disassemble(w);
  const found = new Set<string>();
  for (const key of rt.synonymKeys.keys()) {
    if (!isHangul(key) || Math.abs(key.length - w.length) > 1) continue;
    if (editDistance(jw, jamoOf(rt, key), 1) <= 1) found.add(key);
  }
  return found.size === 1 ? ([...found][0] as string) : null;
}

/**
 * The synonym term with these initial consonants (ㅅㅍ -> 스팸). Several groups may have one
 * (ㅅㅍ is also 실패): the group written first in content/synonyms.json wins, so the file's
 * order says which reading admins mean most.
 */
function choseongSynonym(rt: Runtime, w: string): string | null {
  let best: string | null = null;
  let bestGroup = Infinity;
  for (const [key, gi] of rt.synonymKeys) {
    if (gi < bestGroup && isHangul(key) && choseongOf(rt, key) === w) {
      best = key;
      bestGroup = gi;
    }
  }
  return best;
}

/**
 * The query's words, normalised: Korean particles stripped, compounds split where the articles
 * write them apart, Korean typed in English keyboard mode (tmvoa) or as initials (ㅅㅍ) turned
 * into the word meant when the synonyms or the index know it.
 */
function queryWords(rt: Runtime, text: string): string[] {
  const out: string[] = [];
  for (const raw of rawWords(text)) {
    // Short numbers stay for now: they may complete a synonym (office 365, 163 메일); toUnits drops the rest.
    if (isStopWord(raw)) continue;
    if (isHangul(raw)) {
      const stripped = stripKorean(raw);
      out.push(...(koreanWords(rt, raw) ?? [nearSynonym(rt, stripped) ?? stripped]));
    } else if (isChoseongQuery(raw)) {
      out.push(choseongSynonym(rt, raw) ?? raw);
    } else {
      const w = normalizeWord(raw);
      if (/^[a-z]+$/.test(raw) && !known(rt, w) && !known(rt, raw) && !withPrefix(rt.latin, w).length) {
        const ko = convertQwertyToHangul(raw);
        const words = isHangul(ko) ? koreanWords(rt, ko) : null;
        if (words) {
          out.push(...words);
          continue;
        }
      }
      out.push(w);
    }
  }
  return out;
}

/** Words -> units: the longest run of words that is a synonym term becomes one unit. */
function toUnits(rt: Runtime, index: SearchIndex, words: string[]): Unit[] {
  const units: Unit[] = [];
  for (let i = 0; i < words.length; ) {
    let taken = 0;
    for (let len = Math.min(rt.maxSynonymWords, words.length - i); len >= 1; len--) {
      const key = words.slice(i, i + len).join('');
      const gi = rt.synonymKeys.get(key);
      if (gi === undefined) continue;
      const g = index.synonyms[gi];
      if (!g) continue;
      const typed = words.slice(i, i + len);
      units.push({
        text: typed.join(' '),
        words: typed,
        alts: [{ words: typed, weight: 1 }, ...g.terms.filter((t) => t.join('') !== key).map((t) => ({ words: t, weight: SYNONYM }))],
        reasons: g.reasons,
        providers: g.providers,
        ...(g.weak ? { weak: true } : {}),
      });
      taken = len;
      break;
    }
    if (!taken) {
      const w = words[i] as string;
      // A short number no synonym took: a code (read by findCodes) or nothing to search by.
      if (/^\d{1,4}$/.test(w)) {
        i++;
        continue;
      }
      units.push({ text: w, words: [w], alts: [{ words: [w], weight: 1 }], reasons: [], providers: [] });
      taken = 1;
    }
    i += taken;
  }
  return units;
}

/** Per document, the best score of one index word over the fields holding it. */
function wordScores(rt: Runtime, word: string, typed: boolean, cache: Map<string, Map<number, number>>): Map<number, number> {
  const key = `${typed ? 't' : 's'}${word}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const scores = new Map<number, number>();
  for (const e of expand(rt, word, typed)) {
    const weight = e.quality * idf(rt, e.word);
    for (const f of FIELDS) {
      for (const d of rt.postings[f].get(e.word) ?? []) {
        const s = FIELD_WEIGHT[f] * weight;
        if (s > (scores.get(d) ?? 0)) scores.set(d, s);
      }
    }
  }
  cache.set(key, scores);
  return scores;
}

function unitScores(rt: Runtime, index: SearchIndex, u: Unit, cache: Map<string, Map<number, number>>): Map<number, number> {
  const out = new Map<number, number>();
  const better = (d: number, s: number) => {
    if (s > (out.get(d) ?? 0)) out.set(d, s);
  };
  if (u.code) {
    const code = u.code;
    for (const d of articlesForCode(code, index.docs)) {
      const exact = d.replyCodes.includes(code) || d.statusCodes.includes(code);
      better(index.docs.indexOf(d), exact ? CODE_EXACT : CODE_GENERIC);
    }
    return out;
  }
  for (const alt of u.alts) {
    const per = alt.words.map((w) => wordScores(rt, w, alt.weight === 1, cache));
    const first = per[0];
    if (!first) continue;
    for (const [d] of first) {
      let sum = 0;
      let all = true;
      for (const m of per) {
        const s = m.get(d);
        if (!s) {
          all = false;
          break;
        }
        sum += s;
      }
      if (all) better(d, (sum / per.length) * alt.weight);
    }
  }
  if (u.reasons.length || u.providers.length) {
    index.docs.forEach((d, i) => {
      if (u.providers.length && d.providers.some((p) => u.providers.includes(p))) better(i, PROVIDER_WEIGHT);
      // An article of the group's reason: the reason counts on top of any words it matched, a
      // little, so among the articles using the words the ones about that cause come first.
      if (u.reasons.includes(d.reason)) {
        const words = out.get(i) ?? 0;
        better(i, Math.max(d.kind === 'reason' ? REASON_PAGE_WEIGHT : REASON_WEIGHT, words + REASON_BONUS));
      }
    });
  }
  return out;
}

const KIND_RANK: Record<string, number> = { seed: 0, provider: 1, standard: 2, reason: 3 };

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function articleResult(d: SearchDoc, lang: string, score: number): SearchResult {
  const codes = [...d.replyCodes, ...d.statusCodes];
  return {
    type: 'article',
    id: d.id,
    url: `/${lang}/errors/${d.id}/`,
    title: d.title,
    summary: d.summary,
    score: round(score),
    severity: d.severity,
    ...(codes.length ? { codes } : {}),
  };
}

/** The query as units: its codes first, then its words (weak ones only when nothing else is there). */
function readQuery(rt: Runtime, index: SearchIndex, text: string): { codes: string[]; units: Unit[] } {
  const codes = findCodes(text);
  const units: Unit[] = codes.map((c) => ({ text: c, words: [], alts: [], reasons: [], providers: [], code: c }));
  // Weak words (메일, 오류, 해결) only count in a query that has nothing else; left out before
  // synonyms are read, so "없는 메일 주소" reads as "없는 주소".
  // Weak phrases ("bounced back") go first, then weak words left inside other phrases ("스팸 메일").
  const first = toUnits(rt, index, queryWords(rt, text));
  const strong = first.filter((u) => !u.weak).flatMap((u) => u.words);
  const weakWord = (w: string) => !!index.synonyms[rt.synonymKeys.get(w) ?? -1]?.weak;
  const stronger = strong.filter((w) => !weakWord(w));
  units.push(...(stronger.length ? toUnits(rt, index, stronger) : strong.length ? toUnits(rt, index, strong) : codes.length ? [] : first));
  return { codes, units: units.slice(0, MAX_UNITS) };
}

/**
 * The units a query is read as and each document's score per unit (for tests and tuning).
 *
 * @example
 * explainQuery(index, '메일함이 꽉 찼어요').units; // ['메일함', '꽉 찼']
 */
export function explainQuery(index: SearchIndex, query: string): { units: string[]; scores: Array<{ id: string; per: number[] }> } {
  const rt = runtime(index);
  const { units } = readQuery(rt, index, query);
  const cache = new Map<string, Map<number, number>>();
  const per = units.map((u) => unitScores(rt, index, u, cache));
  const ids = new Set<number>(per.flatMap((m) => [...m.keys()]));
  const scores = [...ids].map((d) => ({ id: (index.docs[d] as SearchDoc).id, per: per.map((m) => round(m.get(d) ?? 0)) }));
  scores.sort((a, b) => b.per.reduce((x, y) => x + y + (y ? COVER : 0), 0) - a.per.reduce((x, y) => x + y + (y ? COVER : 0), 0));
  return { units: units.map((u) => u.text), scores };
}

/**
 * Searches the index for what a user typed.
 *
 * @example
 * search(index, '스팸 차단')[0];   // { type: 'article', id: 'reason-spamdetected', url: '/ko/errors/reason-spamdetected/', ... }
 * search(index, '5.7.1')[0];      // { type: 'code', code: '5.7.1', url: '/ko/codes/5.7.1/', ... }
 * search(index, 'gmail 5.7.26')[0].id; // 'gmail-550-5726-unauthenticated'
 */
export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchResult[] {
  const lang = opts.lang ?? index.lang;
  const limit = opts.limit ?? DEFAULT_LIMIT;
  const text = query.slice(0, 400);
  if (!text.trim() || limit < 1) return [];
  const rt = runtime(index);
  const { codes, units } = readQuery(rt, index, text);
  if (!units.length) return [];

  const cache = new Map<string, Map<number, number>>();
  const total = new Map<number, number>();
  for (const u of units) {
    for (const [d, s] of unitScores(rt, index, u, cache)) total.set(d, (total.get(d) ?? 0) + s + COVER);
  }
  const providerNamed = units.some((u) => u.providers.length);
  for (const [d, s] of total) {
    const doc = index.docs[d] as SearchDoc;
    let adjusted = s + INBOUND_PRIOR * Math.log1p(doc.inbound ?? 0);
    if (!providerNamed && doc.providers.length && !doc.providers.some((p) => MTAS.has(p))) adjusted *= NEUTRAL_PREFERENCE;
    total.set(d, adjusted);
  }
  const ranked = [...total]
    .map(([d, score]) => ({ doc: index.docs[d] as SearchDoc, score }))
    .sort((a, b) => b.score - a.score || (KIND_RANK[a.doc.kind] ?? 9) - (KIND_RANK[b.doc.kind] ?? 9) || a.doc.id.localeCompare(b.doc.id));

  const results: SearchResult[] = [];
  // Code hubs: first for a query of codes only, else placed as an article carrying just the code.
  const onlyCodes = units.every((u) => u.code);
  const top = ranked[0]?.score ?? 0;
  const hubs: Array<{ r: SearchResult; score: number }> = [];
  codes.forEach((c, k) => {
    const hub = index.codes.find((h) => h.code === c);
    if (!hub) return;
    const score = onlyCodes ? top + 2 - k * 0.01 : CODE_EXACT + COVER;
    hubs.push({ r: { type: 'code', code: c, url: `/${lang}/codes/${c}/`, title: hub.title, score: round(score) }, score });
  });
  // A bare status code is the most telling: its hub before a reply code's hub.
  hubs.sort((a, b) => Number(b.r.type === 'code' && b.r.code.includes('.')) - Number(a.r.type === 'code' && a.r.code.includes('.')));
  let h = 0;
  for (const a of ranked) {
    while (h < hubs.length && (hubs[h] as { score: number }).score >= a.score) results.push((hubs[h++] as { r: SearchResult }).r);
    results.push(articleResult(a.doc, lang, a.score));
    if (results.length >= limit) break;
  }
  while (h < hubs.length && results.length < limit) results.push((hubs[h++] as { r: SearchResult }).r);
  return results.slice(0, limit);
}
