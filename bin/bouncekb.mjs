#!/usr/bin/env node
// bouncekb CLI entry: plain JavaScript built by `npm run build:lib` (run by `npm ci` through the
// `prepare` script). See `bouncekb --help`.
import { readFileSync } from 'node:fs';

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND') throw e;
  process.stderr.write('bouncekb: dist/ is missing: run "npm run build:lib" in the bouncekb folder first\n');
  process.exit(2);
}
const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
await cli.runCli(version);
