/**
 * Command-line arguments of `bouncekb`. Any mistake is one line saying what is wrong (the caller
 * prints it and exits 2).
 */
import type { Lang } from '../matcher/vocabulary';

interface Common {
  lang: Lang;
  /** Absolute article links: `--site-url`, else $SITE_URL, else none. */
  siteUrl: string | null;
  /** Worker threads (null: one per core). */
  threads: number | null;
  /** Files, folders, mbox, maildir, logs, .gz; `-` is stdin. Empty means stdin. */
  files: string[];
}

export interface MatchArgs extends Common {
  command: 'match';
  json: boolean;
  limit: number | null;
}

export const REPORT_FORMATS = ['table', 'json', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface ReportArgs extends Common {
  command: 'report';
  format: ReportFormat;
  /** Rows per table and examples per row. */
  top: number;
}

export type Args = MatchArgs | ReportArgs | { command: 'search'; rest: string[] } | { command: 'help' } | { command: 'version' };

/**
 * A mistake on the command line; its message is the one line printed before exiting 2.
 *
 * @example
 * throw new UsageError('unknown option --colour (see bouncekb --help)');
 */
export class UsageError extends Error {
  name = 'UsageError';
}

export const USAGE = `Usage: bouncekb match [--json] [--lang ko|en] [--limit N] [--site-url URL] [INPUT...]
       bouncekb report [--format table|json|csv|html] [--top N] [--lang ko|en] [--site-url URL] [INPUT...]
       bouncekb search [--json] [--lang ko|en] [--limit N] QUERY...  (see bouncekb search --help)

match: for each bounce, each failed recipient: what went wrong, the article that explains it,
who acts and the first step. report: a day's bounces summed up by kind, reason, provider,
article, receiving domain and temporary/permanent, with examples and article links.

  INPUT        a file, a folder (read recursively; a maildir's cur/ and new/), an mbox file, a
               .gz file, or a mail log (Postfix, Sendmail, Exim, qmail: one result per message
               with failed or deferred deliveries); "-" or no INPUT reads standard input.
               Only the first 512 KB of each message are read.
  --json       one JSON object per input, one per line:
               {"file", "kind", "diagnoses": [{"recipient", "replyCode", "status", "reason",
                "diagnostic", "matches": [{"id", "reason", "score", "url", "source",
                "title", "evidence", "why"}]}]}
  --lang L     language of the article titles and links: ko (default) or en
  --limit N    articles per recipient (default 3 in text output, 10 in JSON)
  --site-url U the site's address (default: $SITE_URL): article links become absolute
  --format F   report format: table (default), json, csv, or html (one self-contained file)
  --top N      report: rows per table and examples (default 10)
  --threads N  worker threads (default: one per core; 1: none)
  -h, --help   this help
  --version    the version

Exit status: 0 when every input was read; 2 on a usage error or an unreadable input (the
problems are printed on stderr; the other inputs are still processed).`;

function siteUrlOf(v: string): string {
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    throw new UsageError(`--site-url must be an http(s) address such as https://bouncekb.example, not "${v}"`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError(`--site-url must be an http(s) address, not "${v}"`);
  return `${u.origin}${u.pathname.replace(/\/+$/, '')}`;
}

function whole(flag: string, v: string, min: number, max: number): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${v}"`);
  return n;
}

/**
 * Parses `argv` (without node and the script); `env` gives SITE_URL.
 *
 * @example
 * parseArgs(['match', '--json', 'a.eml']); // { command: 'match', json: true, lang: 'ko', limit: null, files: ['a.eml'], ... }
 */
export function parseArgs(argv: string[], env: Record<string, string | undefined> = {}): Args {
  const [command, ...rest] = argv;
  // `search` has its own options and help (lib/cli/search-command.ts).
  if (command === 'search') return { command: 'search', rest };
  if (argv.includes('-h') || argv.includes('--help') || command === 'help') return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  if (command === undefined) throw new UsageError('missing command: try "bouncekb match FILE" or "bouncekb --help"');
  if (command !== 'match' && command !== 'report') throw new UsageError(`unknown command "${command}" (commands: match, report, search; see bouncekb --help)`);
  const common: Common = { lang: 'ko', siteUrl: env.SITE_URL ? siteUrlOf(env.SITE_URL) : null, threads: null, files: [] };
  let json = false;
  let limit: number | null = null;
  let format: ReportFormat = 'table';
  let top = 10;
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      common.files.push(a);
      continue;
    }
    if (a === '--') {
      onlyFiles = true;
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    const only = (cmd: 'match' | 'report') => {
      if (command !== cmd) throw new UsageError(`${flag} is an option of "bouncekb ${cmd}" (see bouncekb --help)`);
    };
    switch (flag) {
      case '--json':
        only('match');
        if (inline !== undefined) throw new UsageError('--json takes no value');
        json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'ko' && v !== 'en') throw new UsageError(`--lang must be ko or en, not "${v}"`);
        common.lang = v;
        break;
      }
      case '--limit':
        only('match');
        limit = whole('--limit', value(), 1, 1000);
        break;
      case '--site-url':
        common.siteUrl = siteUrlOf(value());
        break;
      case '--threads':
        common.threads = whole('--threads', value(), 1, 64);
        break;
      case '--format': {
        only('report');
        const v = value();
        if (!(REPORT_FORMATS as readonly string[]).includes(v)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, not "${v}"`);
        format = v as ReportFormat;
        break;
      }
      case '--top':
        only('report');
        top = whole('--top', value(), 1, 1000);
        break;
      default:
        throw new UsageError(`unknown option ${flag} (see bouncekb --help)`);
    }
  }
  return command === 'match' ? { command, json, limit, ...common } : { command, format, top, ...common };
}
