#!/usr/bin/env node
// bouncekb CLI entry: registers tsx (a runtime dependency) so the TypeScript sources run as they
// are, then hands over to lib/cli/main.ts. See `bouncekb --help`.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
register();
const { main, processIO } = await import('../lib/cli/main.ts');
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'));
process.exitCode = await main(process.argv.slice(2), processIO(packageRoot), version);
