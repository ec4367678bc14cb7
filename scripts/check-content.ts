/**
 * `npx tsx scripts/check-content.ts [FILE...]`: validates every article (or only the named
 * files) and prints a summary, or the problems (file: field: what is wrong) and exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, loadArticles, parseArticle } from '../lib/content/load';

const files = process.argv.slice(2);
try {
  if (files.length) {
    const problems: string[] = [];
    for (const f of files) parseArticle(fs.readFileSync(f, 'utf8'), path.relative(process.cwd(), path.resolve(f)), problems);
    if (problems.length) throw new ContentError(problems);
    console.log(`${files.length} file(s) OK`);
  } else {
    const articles = loadArticles();
    const byKind = new Map<string, number>();
    for (const a of articles) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
    console.log(`${articles.length} articles OK (${[...byKind].map(([k, n]) => `${k}: ${n}`).join(', ')})`);
  }
} catch (e) {
  if (e instanceof ContentError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
