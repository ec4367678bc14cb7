/**
 * Provider recognition runs a pattern only where one of its words occurs. Every match of every
 * pattern must hold one of those words: checked on every fixture bounce and on random texts made
 * of the providers' markers in random case, against a plain run of every pattern.
 */
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUnknown } from '../../lib/matcher/extract/charset';
import { findProviders, MTA_RULES, RULES, type ProviderHit } from '../../lib/matcher/providers';

/** The same search without the word check: every pattern on every text. */
function plain(texts: string[]): string[] {
  const hits: ProviderHit[] = [];
  const seen = new Set<string>();
  for (const rules of [RULES, MTA_RULES]) {
    for (const t of texts) {
      for (const [re, provider] of rules) {
        if (seen.has(provider)) continue;
        const m = re.exec(t.slice(0, 16384));
        if (m) {
          seen.add(provider);
          hits.push({ provider, evidence: m[0] });
        }
      }
    }
  }
  // The companies behind two names: an article tagged either applies.
  for (const [a, b] of [['daum', 'kakao'], ['tencent', 'qq'], ['gmail', 'google-workspace'], ['microsoft', 'outlook']] as const) {
    if (seen.has(a) && !seen.has(b)) hits.push({ provider: b, evidence: hits.find((h) => h.provider === a)?.evidence ?? '' });
  }
  return hits.map((h) => `${h.provider}:${h.evidence}`);
}

const found = (texts: string[]) => findProviders(texts).map((h) => `${h.provider}:${h.evidence}`);

describe('provider words', () => {
  it('every match of every pattern in the fixture bounces holds one of its words', () => {
    const dir = path.join(__dirname, '../fixtures/bounces');
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(300);
    let matches = 0;
    for (const e of files) {
      const text = decodeUnknown(fs.readFileSync(path.join(e.parentPath, e.name)));
      for (const [re, provider, words] of [...RULES, ...MTA_RULES]) {
        for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
          matches++;
          expect(words.some((w) => m[0].toLowerCase().includes(w)), `${provider}: "${m[0]}"`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThan(500);
  });

  it('finds what every pattern run on every text finds, on random texts of markers (seeded)', () => {
    const marker = fc.constantFrom(
      'hanmail.net', 'mx2.hanmail.net', 'DAS51', 'daum.co.kr', 'kakaocorp.com', 'naver', 'nate.com', 'spam.kisa', 'gsmtp', 'googlemail.com',
      'support.google.com', 'mail.protection.outlook.com', 'RESOLVER.ADR.RecipNotFound', 'MSEXCH', 'Microsoft Exchange', 'yahoodns.net', 'TSS04',
      'mx.aol.com', 'me.com', 'exmail.qq.com', '163.com', 'yeah.net', 'facebookmail.com', 'talosintelligence', 'barracudacentral', 'pphosted.com',
      'amazon ses', 'zohomail.com', 'messagelabs', 'yandex.ru', 'ya.ru', 'corp.mail.ru', 'bk.ru', 't-online.de', 'web.de', 'kundenserver.de',
      'OFR_999', 'LPN007_123', 'vade.com', 'AUP#CXBL', 'AUP#In-1310', 'AUP#O-1000', 'roadrunner.com', '(#5.1.1)', 'qmail-send program',
      'This is the mail system at host', 'Postfix', 'SMTP error from remote mail server', 'retry timeout exceeded', '----- Transcript of session follows -----',
      'The original message was received at', 'OpenSMTPD', 'example.com', ' ', '.', '-', 'x', 'mail', 'gmx.at', 'ionos.de',
    );
    const scramble = (s: string, seed: number) => [...s].map((c, i) => ((seed >> (i % 24)) & 1 ? c.toUpperCase() : c.toLowerCase())).join('');
    fc.assert(
      fc.property(fc.array(fc.array(fc.tuple(marker, fc.integer()), { maxLength: 8 }), { minLength: 1, maxLength: 4 }), (parts) => {
        const texts = parts.map((p) => p.map(([m, seed]) => scramble(m, seed)).join(' '));
        expect(found(texts)).toEqual(plain(texts));
      }),
      { numRuns: 500, seed: 12 },
    );
  });
});
