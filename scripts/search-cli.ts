/**
 * `npx tsx scripts/search-cli.ts [--json] [--lang ko|en] [--limit N] QUERY...`: the `bouncekb
 * search` command run from the sources, its index built from content/ (cached in
 * .bouncekb-cache/). The packaged `bouncekb search` runs the same searchCommand on the prebuilt
 * index; this runner serves the e2e comparison and quick checks before a package build.
 */
import { searchIndexFromContent } from '../lib/content/search-index';
import { searchCommand } from '../lib/cli/search-command';

process.exitCode = await searchCommand(process.argv.slice(2), process, async (lang) => searchIndexFromContent(process.cwd(), lang));
