/**
 * Prebuild step: validates the content (a bad article stops the build with `file: field: ...`,
 * a bad synonym group with `content/synonyms.json: groups[i] (id): ...`) and writes what the
 * browser's search worker loads on first focus of the search box, per language:
 * - public/data/match-{lang}.json: the matcher's index (pastes);
 * - public/data/search-{lang}.json and search-body-{lang}.json: the typed search's index.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { ContentError, loadArticles } from '../lib/content/load';
import { toMatchArticles } from '../lib/content/match-articles';
import { loadSynonyms } from '../lib/content/synonyms';
import { LANGS } from '../lib/matcher/vocabulary';
import { buildSearchIndex, splitSearchIndex } from '../lib/search/build';

function write(file: string, json: string, what: string): void {
  fs.writeFileSync(file, json);
  const gz = zlib.gzipSync(json).length;
  console.log(`build-data: ${path.relative(process.cwd(), file)} (${what}, ${(json.length / 1024).toFixed(1)} KiB, ${(gz / 1024).toFixed(1)} KiB gzip)`);
}

try {
  const articles = loadArticles();
  const synonyms = loadSynonyms().groups;
  const outDir = path.join(process.cwd(), 'public', 'data');
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    write(path.join(outDir, `match-${lang}.json`), JSON.stringify(toMatchArticles(articles, lang)), `${articles.length} articles`);
    const { main, body } = splitSearchIndex(buildSearchIndex({ lang, articles, synonyms }));
    write(path.join(outDir, `search-${lang}.json`), JSON.stringify(main), `search index, ${main.codes.length} code hubs`);
    write(path.join(outDir, `search-body-${lang}.json`), JSON.stringify(body), `search body index, ${Object.keys(body.body).length} words`);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
