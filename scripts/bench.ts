/**
 * `npm run bench [SECTION...]`: prints figures, never fails a test. Each section is one module in
 * scripts/bench/ whose default export runs it (`sisimai`: matcher accuracy and speed on the
 * Sisimai corpus). No argument runs every section in name order.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(new URL(import.meta.url).pathname), 'bench');
const all = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3)).sort();
const asked = process.argv.slice(2);
const unknown = asked.filter((s) => !all.includes(s));
if (unknown.length) {
  console.error(`bench: unknown section ${unknown.join(', ')} (sections: ${all.join(', ')})`);
  process.exit(2);
}

async function main(): Promise<void> {
  for (const name of asked.length ? asked : all) {
    console.log(`\n=== bench ${name}`);
    const mod = (await import(pathToFileURL(path.join(dir, `${name}.ts`)).href)) as { default: () => Promise<void> };
    await mod.default();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
