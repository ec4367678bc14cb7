/**
 * Recognising the provider (or MTA) behind a bounce from the domains, host names and markers it
 * carries: `hanmail.net` is Daum, `gsmtp` is Gmail, `protection.outlook.com` is Microsoft.
 */
import { PhraseFinder } from './aho';
import type { Provider } from './vocabulary';

/** A provider seen in the text, and the substring that showed it. */
export interface ProviderHit {
  provider: Provider;
  evidence: string;
}

/**
 * A provider's pattern, and the words one of which every match contains (lower case): the text
 * is lower-cased once and a pattern runs only where one of its words occurs. Forty patterns over
 * a whole notice were a twentieth of a bulk run; a test checks every match holds a word.
 */
export type ProviderRule = [RegExp, Provider, readonly string[]];

export const RULES: ProviderRule[] = [
  [/\b(?:hanmail\.net|daum\.net|daum\.co\.kr|mx\d*\.hanmail\.net|DAS\d{2})\b/i, 'daum', ['hanmail.net', 'daum.', 'das']],
  [/\bkakao(?:corp)?\.com\b/i, 'kakao', ['kakao']],
  [/\bnaver\.com\b|\bnaver\b/i, 'naver', ['naver']],
  [/\bnate\.com\b/i, 'nate', ['nate.com']],
  [/\bkisa\.or\.kr\b|spam\.kisa/i, 'kisa', ['kisa']],
  [/\bgsmtp\b|\bgmail\.com\b|\bgooglemail\.com\b|\bgoogle\.com\b|support\.google\.com/i, 'gmail', ['gsmtp', 'gmail.com', 'google']],
  [/\bprotection\.outlook\.com\b|\boutlook\.com\b|\bhotmail\.com\b|\blive\.com\b|\bmsn\.com\b|\bsender\.office\.com\b|RESOLVER\.ADR\.\w+/i, 'microsoft', ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'sender.office.com', 'resolver.adr.']],
  [/\bMicrosoft Exchange\b|\bMSEXCH\b/i, 'exchange-server', ['microsoft exchange', 'msexch']],
  [/\byahoo(?:dns)?\.(?:com|co\.jp|net)\b|\bTSS0\d\b|\byahoo\b/i, 'yahoo', ['yahoo', 'tss0']],
  [/\baol\.com\b|\bmx\.aol\.com\b/i, 'aol', ['aol.com']],
  [/\bicloud\.com\b|\bme\.com\b|\bmac\.com\b/i, 'apple', ['icloud.com', 'me.com', 'mac.com']],
  [/\bqq\.com\b|\bfoxmail\.com\b|\btencent\b|\bexmail\.qq\.com\b/i, 'tencent', ['qq.com', 'foxmail.com', 'tencent']],
  [/\b(?:163|126)\.com\b|\byeah\.net\b|\bnetease\b/i, 'netease', ['163.com', '126.com', 'yeah.net', 'netease']],
  [/\bfacebook\.com\b|\bfacebookmail\.com\b/i, 'facebook', ['facebook']],
  [/\bsenderbase\b|\bironport\b|\btalosintelligence\b/i, 'cisco', ['senderbase', 'ironport', 'talosintelligence']],
  [/\bspamhaus\b/i, 'spamhaus', ['spamhaus']],
  [/\bbarracuda(?:central|networks)?\b/i, 'barracuda', ['barracuda']],
  [/\bpphosted\.com\b|\bproofpoint\b/i, 'proofpoint', ['pphosted.com', 'proofpoint']],
  [/\bmimecast\b/i, 'mimecast', ['mimecast']],
  [/\bamazonses\.com\b|\bamazon ses\b/i, 'amazon-ses', ['amazonses.com', 'amazon ses']],
  [/\bzoho(?:mail)?\.com\b/i, 'zoho', ['zoho']],
  [/\bsymantec\b|\bbrightmail\b|\bmessagelabs\b/i, 'symantec', ['symantec', 'brightmail', 'messagelabs']],
  [/\bcomcast\.net\b/i, 'comcast', ['comcast.net']],
  [/\byandex\.(?:ru|net|com|ua|by|kz)\b|\bya\.ru\b/i, 'yandex', ['yandex.', 'ya.ru']],
  [/\b(?:corp\.)?mail\.ru\b|\b(?:inbox|list|bk)\.ru\b/i, 'mailru', ['mail.ru', 'inbox.ru', 'list.ru', 'bk.ru']],
  [/\bt-online\.de\b/i, 't-online', ['t-online.de']],
  [/\bgmx\.(?:net|de|com|at|ch)\b|\bweb\.de\b/i, 'gmx', ['gmx.', 'web.de']],
  [/\bionos\.(?:com|de|co\.uk|fr|es)\b|\bkundenserver\.de\b|\bperfora\.net\b/i, 'ionos', ['ionos.', 'kundenserver.de', 'perfora.net']],
  [/\borange\.fr\b|\bwanadoo\.fr\b|\bOFR_\d{3}\b|\bLPN\d{3}_\d{3}\b/i, 'orange', ['orange.fr', 'wanadoo.fr', 'ofr_', 'lpn']],
  [/\bvadesecure\b|\bvade\.com\b/i, 'vade', ['vadesecure', 'vade.com']],
  [/\bcloudmark\b/i, 'cloudmark', ['cloudmark']],
  [/\bspamcop\b/i, 'spamcop', ['spamcop']],
  [/\buceprotect\b/i, 'uceprotect', ['uceprotect']],
  [/\bcox\.(?:net|com)\b|\bAUP#(?:CX|CD|IPBL|URLBL)[A-Z0-9]*/i, 'cox', ['cox.', 'aup#']],
  [/\bcharter\.(?:net|com)\b|\bspectrum\.(?:net|com)\b|\b(?:rr|twc|roadrunner)\.com\b|\bAUP#(?:In?|O)-\d{4}\b/i, 'spectrum', ['charter.', 'spectrum.', 'rr.com', 'twc.com', 'roadrunner.com', 'aup#']],
];

export const MTA_RULES: ProviderRule[] = [
  [/\bqmail-send program\b|\(#[45]\.\d\.\d\)/i, 'qmail', ['qmail-send program', '(#']],
  [/\bThis is the mail system at host\b|\bPostfix\b/, 'postfix', ['this is the mail system at host', 'postfix']],
  [/\bSMTP error from remote mail server\b|\bExim\b|\bretry timeout exceeded\b/, 'exim', ['smtp error from remote mail server', 'exim', 'retry timeout exceeded']],
  [/-----\s*Transcript of session follows\s*-----|\bSendmail\b|\bThe original message was received at\b/i, 'sendmail', ['transcript of session follows', 'sendmail', 'the original message was received at']],
  [/\bOpenSMTPD\b/, 'opensmtpd', ['opensmtpd']],
];

const ALL = [...RULES, ...MTA_RULES];
/** Every rule's words in one finder; `WORD_RULES[phrase]` = the rules (indexes in ALL) with that word. */
const WORD_LIST: string[] = [];
const WORD_RULES: number[][] = [];
ALL.forEach(([, , words], r) => {
  for (const w of words) {
    let k = WORD_LIST.indexOf(w);
    if (k < 0) {
      k = WORD_LIST.push(w) - 1;
      WORD_RULES[k] = [];
    }
    (WORD_RULES[k] as number[]).push(r);
  }
});
const WORDS = new PhraseFinder(WORD_LIST);

/**
 * Providers recognised in the given texts, most telling first (the texts are searched in the
 * order given, so pass the recipient and the remote host before the whole notice). MTAs come
 * after providers.
 *
 * @example
 * findProviders(['kim@hanmail.net', '554 5.7.1 DAS51 ...'])[0]; // { provider: 'daum', evidence: 'hanmail.net' }
 */
export function findProviders(texts: Array<string | null | undefined>): ProviderHit[] {
  const hits: ProviderHit[] = [];
  const seen = new Set<Provider>();
  const cut = texts.map((t) => (t ? (t.length > 16384 ? t.slice(0, 16384) : t) : null));
  // Which rules have one of their words in each text: one pass of the word finder per text.
  const present = cut.map((t) => {
    const on = new Uint8Array(ALL.length);
    if (t) for (const h of WORDS.find(t.toLowerCase())) for (const r of WORD_RULES[h.phrase] as number[]) on[r] = 1;
    return on;
  });
  let r = 0;
  for (const rules of [RULES, MTA_RULES]) {
    for (let k = 0; k < cut.length; k++) {
      const text = cut[k];
      if (!text) continue;
      const on = present[k] as Uint8Array;
      rules.forEach(([re, provider], j) => {
        if (seen.has(provider) || !on[r + j]) return;
        const m = re.exec(text);
        if (m) {
          seen.add(provider);
          hits.push({ provider, evidence: m[0] });
        }
      });
    }
    r += rules.length;
  }
  // Daum mail is run by Kakao: an article tagged either applies.
  if (seen.has('daum') && !seen.has('kakao')) hits.push({ provider: 'kakao', evidence: hits.find((h) => h.provider === 'daum')?.evidence ?? '' });
  if (seen.has('tencent') && !seen.has('qq')) hits.push({ provider: 'qq', evidence: hits.find((h) => h.provider === 'tencent')?.evidence ?? '' });
  if (seen.has('gmail') && !seen.has('google-workspace')) hits.push({ provider: 'google-workspace', evidence: hits.find((h) => h.provider === 'gmail')?.evidence ?? '' });
  if (seen.has('microsoft') && !seen.has('outlook')) hits.push({ provider: 'outlook', evidence: hits.find((h) => h.provider === 'microsoft')?.evidence ?? '' });
  return hits;
}
