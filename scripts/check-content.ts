/**
 * `npx tsx scripts/check-content.ts [FILE...]`: validates every article (or only the named
 * files) and prints a summary, or the problems (file: field: what is wrong; for the Korean
 * glossary file: line: "avoided" → "preferred") and exits 1. Articles on the glossary's
 * `pending` list get their glossary findings as warnings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ContentError, loadArticles, parseArticle } from '../lib/content/load';
import { findInArticle, formatFinding, loadGlossary } from '../lib/content/glossary';

const files = process.argv.slice(2);

/** Glossary findings in pending articles: printed, not fatal, so their owners see them. */
function warnPending(sources: string[]): void {
  const glossary = loadGlossary();
  const warnings = sources
    .filter((s) => glossary.pending.includes(path.basename(s, '.md')))
    .flatMap((s) => findInArticle(fs.readFileSync(s, 'utf8'), glossary).map((f) => formatFinding(s, f)));
  if (warnings.length) {
    console.warn(`glossary warnings in ${glossary.pending.length} pending article(s) (fix: npx tsx scripts/glossary-fix.ts FILE...):\n  ${warnings.join('\n  ')}`);
  }
}

try {
  if (files.length) {
    const problems: string[] = [];
    const sources = files.map((f) => path.relative(process.cwd(), path.resolve(f)).split(path.sep).join('/'));
    files.forEach((f, i) => parseArticle(fs.readFileSync(f, 'utf8'), sources[i] ?? f, problems));
    warnPending(sources);
    if (problems.length) throw new ContentError(problems);
    console.log(`${files.length} file(s) OK`);
  } else {
    const articles = loadArticles();
    warnPending(articles.map((a) => a.source));
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
