/**
 * Command-line arguments of `bouncekb`. Any mistake is one line saying what is wrong (the caller
 * prints it and exits 2).
 */
import type { Lang } from '../matcher/vocabulary';

export interface MatchArgs {
  command: 'match';
  json: boolean;
  lang: Lang;
  limit: number | null;
  /** Files to read; `-` is stdin. Empty means stdin. */
  files: string[];
}

export type Args = MatchArgs | { command: 'help' } | { command: 'version' };

/**
 * A mistake on the command line; its message is the one line printed before exiting 2.
 *
 * @example
 * throw new UsageError('unknown option --colour (see bouncekb --help)');
 */
export class UsageError extends Error {
  name = 'UsageError';
}

export const USAGE = `Usage: bouncekb match [--json] [--lang ko|en] [--limit N] [FILE...]

Reads bounces (a whole .eml, a DSN part, log lines, one copied line) and tells, for each failed
recipient, what went wrong and which bouncekb article explains it.

  FILE         a file to read; "-" or no FILE reads standard input
  --json       one JSON object per input, one per line:
               {"file", "diagnoses": [{"recipient", "replyCode", "status", "reason",
                "diagnostic", "matches": [{"id", "reason", "score", "url", "source",
                "title", "evidence", "why"}]}]}
  --lang L     language of the article URLs and titles: ko (default) or en
  --limit N    articles per recipient (default 3 in text output, 10 in JSON)
  -h, --help   this help
  --version    the version

Exit status: 0 when every input was read; 2 on a usage error, an unreadable file or a
content error (the problems are printed).`;

/**
 * Parses `argv` (without node and the script).
 *
 * @example
 * parseArgs(['match', '--json', 'a.eml']); // { command: 'match', json: true, lang: 'ko', limit: null, files: ['a.eml'] }
 */
export function parseArgs(argv: string[]): Args {
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command: try "bouncekb match FILE" or "bouncekb --help"');
  if (command !== 'match') throw new UsageError(`unknown command "${command}" (the only command is "match"; see bouncekb --help)`);
  const out: MatchArgs = { command: 'match', json: false, lang: 'ko', limit: null, files: [] };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      out.files.push(a);
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
    switch (flag) {
      case '--json':
        if (inline !== undefined) throw new UsageError('--json takes no value');
        out.json = true;
        break;
      case '--lang': {
        const v = value();
        if (v !== 'ko' && v !== 'en') throw new UsageError(`--lang must be ko or en, not "${v}"`);
        out.lang = v;
        break;
      }
      case '--limit': {
        const v = value();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not "${v}"`);
        out.limit = n;
        break;
      }
      default:
        throw new UsageError(`unknown option ${flag} (see bouncekb --help)`);
    }
  }
  return out;
}
