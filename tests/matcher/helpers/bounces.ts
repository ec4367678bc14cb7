/** Reading the bounce fixtures as bytes, the way the CLI and a file drop get them. */
import fs from 'node:fs';
import path from 'node:path';

const DIR = path.join(__dirname, '../../fixtures/bounces');

/** The bytes of `tests/fixtures/bounces/{name}`. */
export function bounce(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(path.join(DIR, name)));
}

/** The text of `tests/fixtures/bounces/{name}` (UTF-8 or ASCII files only). */
export function bounceText(name: string): string {
  return fs.readFileSync(path.join(DIR, name), 'utf8');
}
