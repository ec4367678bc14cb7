/**
 * The provider catalogs (tests/fixtures/catalog/<provider>.json): every documented error of a
 * provider as its server emits it, with what a diagnosis must say. Shared by the catalog test and
 * `npm run bench catalog`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { PROVIDERS, REASONS } from '../../lib/matcher/vocabulary';

const entry = z.strictObject({
  text: z.string().min(3),
  reply: z.string().regex(/^[245]\d\d$/).nullable(),
  status: z.string().regex(/^[245]\.\d{1,3}\.\d{1,3}$/).nullable(),
  severity: z.enum(['permanent', 'transient']),
  reason: z.enum(REASONS),
  article: z.string().min(1),
  doc: z.string().optional(),
  note: z.string().optional(),
});

const catalog = z.strictObject({
  provider: z.enum(PROVIDERS),
  sources: z.array(z.strictObject({ title: z.string().min(1), url: z.string().url().optional() })).min(1),
  undocumented: z.array(z.string()).default([]),
  entries: z.array(entry).min(1),
});

export type CatalogEntry = z.infer<typeof entry>;
export type Catalog = z.infer<typeof catalog> & { file: string };

export const CATALOG_DIR = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'catalog');

/** Every catalog file, parsed; a malformed file throws naming the file and the field. */
export function loadCatalogs(dir = CATALOG_DIR): Catalog[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const file = path.join('tests/fixtures/catalog', f);
      const parsed = catalog.safeParse(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
      if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new Error(`${file}: ${i?.path.join('.') ?? ''}: ${i?.message ?? 'invalid'}`);
      }
      return { ...parsed.data, file };
    });
}

/**
 * The same reply as a Postfix log line shows it: `... status=bounced (host ... said: TEXT (in
 * reply to RCPT TO command))`, with the dsn= the reply carries.
 */
export function asPostfixLogLine(e: CatalogEntry): string {
  const dsn = e.status ?? (e.reply ? `${e.reply[0]}.0.0` : '5.0.0');
  const status = e.severity === 'transient' ? 'deferred' : 'bounced';
  return `Dec  1 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@example.net>, relay=mx.example.net[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=${dsn}, status=${status} (host mx.example.net[192.0.2.1] said: ${e.text} (in reply to RCPT TO command))`;
}
