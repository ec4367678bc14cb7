/**
 * `npx tsx scripts/glossary-fix.ts FILE...`: rewrites the mechanical glossary cases in the Korean
 * prose of the named article files (content/glossary.yaml, terms with `fix: true`), adjusting the
 * particle after each replaced word by pronunciation, and lists what is left for a person.
 * Exits 1 when something is left, so a script can tell a clean file from one to read.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fixArticle } from '../lib/content/glossary-fix';
import { formatFinding, loadGlossary } from '../lib/content/glossary';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: npx tsx scripts/glossary-fix.ts content/errors/a.md [more.md ...]');
  process.exit(2);
}
const glossary = loadGlossary();
let fixedAll = 0;
let leftAll = 0;
for (const file of files) {
  const source = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  const raw = fs.readFileSync(file, 'utf8');
  const { text, fixed, left } = fixArticle(raw, glossary);
  if (text !== raw) fs.writeFileSync(file, text);
  fixedAll += fixed.length;
  leftAll += left.length;
  for (const f of fixed) console.log(`${source}: ${f}`);
  for (const f of left) console.log(`${formatFinding(source, f)}  [left for a person]`);
}
console.log(`${fixedAll} fixed, ${leftAll} left for a person, in ${files.length} file(s)`);
process.exit(leftAll ? 1 : 0);
