/**
 * The Korean UI strings of lib/i18n.ts as plain texts, so the glossary can check them like
 * article prose. Functions are called with a sample code / meaning / name, so their fixed words
 * are checked too.
 */
import { CAUSE_GROUPS, DICTIONARIES, PROVIDERS_SHOWN, providerName, REASON_LABELS } from '../i18n';

export interface UiString {
  /** Where the string lives, e.g. `DICTIONARIES.ko.actors.sender-admin`. */
  where: string;
  text: string;
}

function walk(value: unknown, where: string, out: UiString[]): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (typeof value === 'function') out.push({ where, text: String((value as (...a: string[]) => unknown)('5.7.1', '예시')) });
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, out);
  }
}

/** Every Korean string the UI shows, with where it comes from. */
export function koreanUiStrings(): UiString[] {
  const out: UiString[] = [];
  walk(DICTIONARIES.ko, 'DICTIONARIES.ko', out);
  walk(REASON_LABELS.ko, 'REASON_LABELS.ko', out);
  for (const g of CAUSE_GROUPS) out.push({ where: `CAUSE_GROUPS.${g.id}.title.ko`, text: g.title.ko });
  for (const p of PROVIDERS_SHOWN) out.push({ where: `providerName(${p}, ko)`, text: providerName(p, 'ko') });
  return out;
}
