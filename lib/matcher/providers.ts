/**
 * Recognising the provider (or MTA) behind a bounce from the domains, host names and markers it
 * carries: `hanmail.net` is Daum, `gsmtp` is Gmail, `protection.outlook.com` is Microsoft.
 */
import type { Provider } from './vocabulary';

/** A provider seen in the text, and the substring that showed it. */
export interface ProviderHit {
  provider: Provider;
  evidence: string;
}

const RULES: Array<[RegExp, Provider]> = [
  [/\b(?:hanmail\.net|daum\.net|daum\.co\.kr|mx\d*\.hanmail\.net|DAS\d{2})\b/i, 'daum'],
  [/\bkakao(?:corp)?\.com\b/i, 'kakao'],
  [/\bnaver\.com\b|\bnaver\b/i, 'naver'],
  [/\bnate\.com\b/i, 'nate'],
  [/\bkisa\.or\.kr\b|spam\.kisa/i, 'kisa'],
  [/\bgsmtp\b|\bgmail\.com\b|\bgooglemail\.com\b|\bgoogle\.com\b|support\.google\.com/i, 'gmail'],
  [/\bprotection\.outlook\.com\b|\boutlook\.com\b|\bhotmail\.com\b|\blive\.com\b|\bmsn\.com\b|\bsender\.office\.com\b|RESOLVER\.ADR\.\w+/i, 'microsoft'],
  [/\bMicrosoft Exchange\b|\bMSEXCH\b/i, 'exchange-server'],
  [/\byahoo(?:dns)?\.(?:com|co\.jp|net)\b|\bTSS0\d\b|\byahoo\b/i, 'yahoo'],
  [/\baol\.com\b|\bmx\.aol\.com\b/i, 'aol'],
  [/\bicloud\.com\b|\bme\.com\b|\bmac\.com\b/i, 'apple'],
  [/\bqq\.com\b|\bfoxmail\.com\b|\btencent\b|\bexmail\.qq\.com\b/i, 'tencent'],
  [/\b(?:163|126)\.com\b|\byeah\.net\b|\bnetease\b/i, 'netease'],
  [/\bfacebook\.com\b|\bfacebookmail\.com\b/i, 'facebook'],
  [/\bsenderbase\b|\bironport\b|\btalosintelligence\b/i, 'cisco'],
  [/\bspamhaus\b/i, 'spamhaus'],
  [/\bbarracuda(?:central|networks)?\b/i, 'barracuda'],
  [/\bpphosted\.com\b|\bproofpoint\b/i, 'proofpoint'],
  [/\bmimecast\b/i, 'mimecast'],
  [/\bamazonses\.com\b|\bamazon ses\b/i, 'amazon-ses'],
  [/\bzoho(?:mail)?\.com\b/i, 'zoho'],
  [/\bsymantec\b|\bbrightmail\b|\bmessagelabs\b/i, 'symantec'],
  [/\bcomcast\.net\b/i, 'comcast'],
  [/\byandex\.(?:ru|net|com|ua|by|kz)\b|\bya\.ru\b/i, 'yandex'],
  [/\b(?:corp\.)?mail\.ru\b|\b(?:inbox|list|bk)\.ru\b/i, 'mailru'],
  [/\bt-online\.de\b/i, 't-online'],
  [/\bgmx\.(?:net|de|com|at|ch)\b|\bweb\.de\b/i, 'gmx'],
  [/\bionos\.(?:com|de|co\.uk|fr|es)\b|\bkundenserver\.de\b|\bperfora\.net\b/i, 'ionos'],
  [/\borange\.fr\b|\bwanadoo\.fr\b|\bOFR_\d{3}\b|\bLPN\d{3}_\d{3}\b/i, 'orange'],
  [/\bvadesecure\b|\bvade\.com\b/i, 'vade'],
  [/\bcloudmark\b/i, 'cloudmark'],
  [/\bspamcop\b/i, 'spamcop'],
  [/\buceprotect\b/i, 'uceprotect'],
  [/\bcox\.(?:net|com)\b|\bAUP#(?:CX|CD|IPBL|URLBL)[A-Z0-9]*/i, 'cox'],
  [/\bcharter\.(?:net|com)\b|\bspectrum\.(?:net|com)\b|\b(?:rr|twc|roadrunner)\.com\b|\bAUP#(?:In?|O)-\d{4}\b/i, 'spectrum'],
];

const MTA_RULES: Array<[RegExp, Provider]> = [
  [/\bqmail-send program\b|\(#[45]\.\d\.\d\)/i, 'qmail'],
  [/\bThis is the mail system at host\b|\bPostfix\b/, 'postfix'],
  [/\bSMTP error from remote mail server\b|\bExim\b|\bretry timeout exceeded\b/, 'exim'],
  [/-----\s*Transcript of session follows\s*-----|\bSendmail\b|\bThe original message was received at\b/i, 'sendmail'],
  [/\bOpenSMTPD\b/, 'opensmtpd'],
];

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
  for (const rules of [RULES, MTA_RULES]) {
    for (const t of texts) {
      if (!t) continue;
      const text = t.length > 16384 ? t.slice(0, 16384) : t;
      for (const [re, provider] of rules) {
        if (seen.has(provider)) continue;
        const m = re.exec(text);
        if (m) {
          seen.add(provider);
          hits.push({ provider, evidence: m[0] });
        }
      }
    }
  }
  // Daum mail is run by Kakao: an article tagged either applies.
  if (seen.has('daum') && !seen.has('kakao')) hits.push({ provider: 'kakao', evidence: hits.find((h) => h.provider === 'daum')?.evidence ?? '' });
  if (seen.has('tencent') && !seen.has('qq')) hits.push({ provider: 'qq', evidence: hits.find((h) => h.provider === 'tencent')?.evidence ?? '' });
  if (seen.has('gmail') && !seen.has('google-workspace')) hits.push({ provider: 'google-workspace', evidence: hits.find((h) => h.provider === 'gmail')?.evidence ?? '' });
  if (seen.has('microsoft') && !seen.has('outlook')) hits.push({ provider: 'outlook', evidence: hits.find((h) => h.provider === 'microsoft')?.evidence ?? '' });
  return hits;
}
