/**
 * Prebuild step: validates the content (a bad article stops the build with `file: field: ...`)
 * and writes the per-language match index the browser loads on first focus of the search box:
 * public/data/match-ko.json and match-en.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, loadArticles } from '../lib/content/load';
import { toMatchArticles } from '../lib/content/match-articles';
import { LANGS } from '../lib/matcher/vocabulary';

try {
  const articles = loadArticles();
  const outDir = path.join(process.cwd(), 'public', 'data');
  fs.mkdirSync(outDir, { recursive: true });
  for (const lang of LANGS) {
    const file = path.join(outDir, `match-${lang}.json`);
    const json = JSON.stringify(toMatchArticles(articles, lang));
    fs.writeFileSync(file, json);
    console.log(`build-data: ${path.relative(process.cwd(), file)} (${articles.length} articles, ${(json.length / 1024).toFixed(1)} KiB)`);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
