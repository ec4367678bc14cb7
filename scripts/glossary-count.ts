/**
 * `npm run glossary`: counts the glossary's avoided words in all Korean text (every article's
 * Korean prose and the Korean UI strings of lib/i18n.ts), outside code and quoted bounce text,
 * per file, and the total. The bar is at most 20 in all. `--list` prints each finding too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { findInArticle, findInLine, formatFinding, loadGlossary } from '../lib/content/glossary';
import { koreanUiStrings } from '../lib/content/glossary-ui';

const list = process.argv.includes('--list');
const glossary = loadGlossary();
const dir = path.join('content', 'errors');
const perFile: [string, number][] = [];
const lines: string[] = [];
let pendingTotal = 0;
for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.md')).sort()) {
  const source = `${dir}/${f}`;
  const findings = findInArticle(fs.readFileSync(source, 'utf8'), glossary);
  if (!findings.length) continue;
  perFile.push([source, findings.length]);
  if (glossary.pending.includes(path.basename(f, '.md'))) pendingTotal += findings.length;
  if (list) lines.push(...findings.map((x) => formatFinding(source, x)));
}
const ui = koreanUiStrings().flatMap((s) => findInLine(s.text, glossary, 1).map((x) => ({ ...x, where: s.where })));
if (ui.length) perFile.push(['lib/i18n.ts', ui.length]);
if (list) lines.push(...ui.map((x) => `lib/i18n.ts: ${x.where}: "${x.found}" → "${x.term.write}"`));

for (const [file, n] of perFile.sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${file}`);
if (list) console.log(`\n${lines.join('\n')}`);
const total = perFile.reduce((s, [, n]) => s + n, 0);
console.log(`\ntotal: ${total} avoided word(s) in ${perFile.length} file(s) (bar: at most 20)`);
if (pendingTotal) console.log(`of which ${pendingTotal} in articles on the glossary's pending list`);
