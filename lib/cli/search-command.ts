/**
 * `bouncekb search [--json] [--lang ko|en] [--limit N] QUERY...`: the site's typed search on the
 * command line, through the same `search()` and the same index as the browser. Each argument
 * is one query; with none, each line of standard input is (the caller passes it as arguments).
 */
import type { Lang } from '../matcher/vocabulary';
import { search, type SearchIndex, type SearchResult } from '../search';

export const SEARCH_USAGE = `Usage: bouncekb search [--json] [--lang ko|en] [--limit N] QUERY...

Searches the articles the way the site's search box does: words in Korean or English, codes
(5.7.1, 550), provider names, unique terms (S3150, DAS51). Each QUERY is one search; quote a
query of several words: bouncekb search "스팸 차단" "relay denied".

  --json       one JSON object per query, one per line:
               {"query", "results": [{"type": "article", "id", "url", "title", "summary",
                "score", "severity", "codes"} | {"type": "code", "code", "url", "title",
                "score"}]}
  --lang L     language of the titles, summaries and URLs: ko (default) or en
  --limit N    results per query, 1 to 100 (default 10)

Exit status: 0 when every query ran (a query may find nothing); 2 on a usage error or an
index that cannot be loaded.`;

interface SearchArgs {
  json: boolean;
  lang: Lang;
  limit: number;
  queries: string[];
  help: boolean;
}

class SearchUsageError extends Error {}

function parseSearchArgs(args: string[]): SearchArgs {
  const out: SearchArgs = { json: false, lang: 'ko', limit: 10, queries: [], help: false };
  let onlyQueries = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (onlyQueries || !a.startsWith('-') || a === '-' || /^-\d/.test(a)) {
      out.queries.push(a);
      continue;
    }
    if (a === '--') {
      onlyQueries = true;
      continue;
    }
    const eq = a.indexOf('=');
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const inline = eq > 0 ? a.slice(eq + 1) : undefined;
    const value = (): string => {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new SearchUsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        out.help = true;
        break;
      case '--json':
        if (inline !== undefined) throw new SearchUsageError('--json takes no value');
        out.json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'ko' && v !== 'en') throw new SearchUsageError(`--lang must be ko or en, not "${v}"`);
        out.lang = v;
        break;
      }
      case '--limit': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 100) throw new SearchUsageError(`--limit must be a whole number from 1 to 100, not "${v}"`);
        out.limit = n;
        break;
      }
      default:
        throw new SearchUsageError(`unknown option ${flag} (see bouncekb search --help)`);
    }
  }
  return out;
}

/** Control characters of a title or query shown on a terminal (escape sequences never run). */
function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

const SEVERITY: Record<Lang, Record<string, string>> = {
  ko: { permanent: '영구', transient: '일시', varies: '경우에 따라' },
  en: { permanent: 'permanent', transient: 'temporary', varies: 'varies' },
};

function textReport(query: string, results: SearchResult[], lang: Lang): string {
  const lines = [`${printable(query)}`];
  if (!results.length) lines.push(lang === 'ko' ? '  맞는 문서가 없습니다.' : '  No article matched.');
  results.forEach((r, i) => {
    if (r.type === 'code') {
      lines.push(`  ${i + 1}. [${r.code}] ${printable(r.title)}`, `     ${r.url}`);
      return;
    }
    const tags = [r.severity ? SEVERITY[lang][r.severity] : '', ...(r.codes ?? [])].filter(Boolean).join(' · ');
    lines.push(`  ${i + 1}. ${printable(r.title)}${tags ? `  (${tags})` : ''}`, `     ${printable(r.summary)}`, `     ${r.url}`);
  });
  return lines.join('\n');
}

/**
 * Runs `bouncekb search` (args after the word `search`); returns the exit status.
 *
 * @example
 * const status = await searchCommand(['--json', '--lang', 'en', 'relay denied'], process, (lang) => loadSearchIndex(lang));
 * // stdout: {"query":"relay denied","results":[{"type":"article","id":"mta-554-relay-access-denied",...}]}
 */
export async function searchCommand(
  args: string[],
  io: { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
  loadIndex: (lang: Lang) => Promise<SearchIndex>,
): Promise<number> {
  let parsed: SearchArgs;
  try {
    parsed = parseSearchArgs(args);
  } catch (e) {
    if (e instanceof SearchUsageError) {
      io.stderr.write(`bouncekb search: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (parsed.help) {
    io.stdout.write(`${SEARCH_USAGE}\n`);
    return 0;
  }
  if (!parsed.queries.length) {
    io.stderr.write('bouncekb search: give at least one query, e.g. bouncekb search "relay denied" (see bouncekb search --help)\n');
    return 2;
  }
  let index: SearchIndex;
  try {
    index = await loadIndex(parsed.lang);
  } catch (e) {
    io.stderr.write(`bouncekb search: cannot load the ${parsed.lang} search index: ${(e as Error).message.split('\n').join('\n  ')}\n`);
    return 2;
  }
  for (const query of parsed.queries) {
    const results = search(index, query, { lang: parsed.lang, limit: parsed.limit });
    io.stdout.write(`${parsed.json ? JSON.stringify({ query, results }) : textReport(query, results, parsed.lang)}\n`);
  }
  return 0;
}
