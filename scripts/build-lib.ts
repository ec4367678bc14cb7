/**
 * Builds the package's JavaScript (`npm run build:lib`, and `prepare` on `npm ci`/`npm pack`):
 * - dist/data/bouncekb.json: every article's matching data and first fix step, from content/
 *   (a bad article stops the build with the loader's `file: field: problem` lines);
 * - dist/index.js (the library), dist/cli.js (what bin/bouncekb.mjs runs), dist/worker.js (the
 *   CLI's worker threads), bundled by esbuild so nothing is transpiled at run time;
 * - dist/types/: declarations for the library (tsc --emitDeclarationOnly).
 * Only dist/ is written.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ContentError } from '../lib/content/load';
import { fromContent, searchFromContent } from '../lib/bundle/dev-data';
import { LANGS } from '../lib/matcher/vocabulary';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const started = Date.now();

function data(): string {
  try {
    return JSON.stringify(fromContent(root));
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(`build-lib: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

function searchData(): Array<[string, string]> {
  try {
    return LANGS.map((lang) => [`search-${lang}.json`, JSON.stringify(searchFromContent(lang, root))]);
  } catch (e) {
    if (e instanceof ContentError) {
      console.error(`build-lib: ${e.message}`);
      process.exit(1);
    }
    throw e;
  }
}

/**
 * postal-mime (90 KB of the bundle) reads only the messages our MIME reader steps aside from:
 * in the Node build it is imported on first use, into a chunk of its own, so a run that never
 * needs it does not parse it (every thread parses the bundle it imports; a single-file run is
 * mostly start-up).
 */
const lazyPostalMime: Plugin = {
  name: 'lazy-postal-mime',
  setup(b) {
    b.onResolve({ filter: /^postal-mime$/ }, (args) => (args.importer.endsWith(path.join('extract', 'decode.ts')) ? { path: 'lazy', namespace: 'postal-mime-lazy' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'postal-mime-lazy' }, () => ({
      contents: "export default { parse: async (...args) => (await import('postal-mime/real')).default.parse(...args) };",
      loader: 'js',
    }));
    b.onResolve({ filter: /^postal-mime\/real$/ }, async () => ({ path: (await b.resolve('postal-mime', { kind: 'dynamic-import', resolveDir: root })).path }));
  },
};

async function main(): Promise<void> {
  const json = data();
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(path.join(dist, 'data'), { recursive: true });
  fs.writeFileSync(path.join(dist, 'data', 'bouncekb.json'), json);
  for (const [name, text] of searchData()) fs.writeFileSync(path.join(dist, 'data', name), text);
  await build({
    absWorkingDir: root,
    entryPoints: { index: 'lib/index.ts', cli: 'lib/cli/run.ts', worker: 'lib/cli/worker.ts' },
    outdir: dist,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Plain ESM output still meets CommonJS dependencies bundled inside: give them a require.
    banner: { js: "import { createRequire as __bkbRequire } from 'node:module'; const require = __bkbRequire(import.meta.url);" },
    // postal-mime joins decoded parts through Blob; in Node a plain byte join is much cheaper.
    define: { 'process.env.BOUNCEKB_BUNDLED': '"1"', Blob: 'ByteBlob' },
    inject: ['lib/bundle/byte-blob.ts'],
    external: ['piscina'],
    plugins: [lazyPostalMime],
    minifySyntax: true,
    minifyWhitespace: true,
    legalComments: 'linked',
    chunkNames: '[name]-[hash]',
    logLevel: 'warning',
  });
  // `--no-types`: quick rebuilds while working on the CLI.
  if (!process.argv.includes('--no-types')) execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.lib.json')], { stdio: 'inherit' });
  const size = (f: string) => `${(fs.statSync(path.join(dist, f)).size / 1024).toFixed(0)} KiB`;
  console.log(`build-lib: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s (index.js ${size('index.js')}, cli.js ${size('cli.js')}, data ${size('data/bouncekb.json')})`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
