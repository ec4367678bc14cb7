/**
 * UI strings per language. Pure data, usable from server and client components.
 */
import type { Actor, Lang, Reason, Severity } from './matcher/vocabulary';

export const LANG_NAMES: Record<Lang, string> = { ko: '한국어', en: 'English' };

export interface Dictionary {
  siteName: string;
  tagline: string;
  searchLabel: string;
  searchPlaceholder: string;
  searchHint: string;
  browseByCause: string;
  browseByProvider: string;
  allCodes: string;
  codes: string;
  providers: string;
  samples: string;
  severity: Record<Severity, string>;
  severityLabel: string;
  severityLong: Record<Severity, string>;
  actors: Record<Actor, string>;
  whoActs: string;
  reason: string;
  sources: string;
  reviewed: string;
  related: string;
  standardMeaning: string;
  articlesWithCode: (code: string) => string;
  noArticlesYet: string;
  replyCodes: string;
  statusCodes: string;
  switchLanguage: string;
  notFoundTitle: string;
  notFoundBody: string;
  home: string;
  codeHubTitle: (code: string) => string;
  codeHubDescription: (code: string, meaning: string) => string;
  providerTitle: (name: string) => string;
  generic: string;
  copyLink: string;
  copied: string;
  copySummary: string;
  sectionLink: string;
  skipToContent: string;
  footer: string;
  kindLabel: Record<'seed' | 'provider' | 'standard' | 'reason', string>;
}

export const REASON_LABELS: Record<Lang, Record<Reason, string>> = {
  ko: {
    userunknown: '없는 수신자', mailboxfull: '메일함 가득 참', hostunknown: '도메인/호스트 없음', blocked: 'IP 차단',
    rejected: '발신자 거부', spamdetected: '스팸으로 판정', badreputation: '평판 낮음', authfailure: '인증 실패 (SPF/DKIM/DMARC)',
    requireptr: '역방향 DNS(PTR) 문제', policyviolation: '정책 위반', securityerror: '보안 오류', filtered: '수신자 필터',
    suspend: '휴면/정지 계정', hasmoved: '주소 변경', norelaying: '릴레이 거부', notaccept: '메일 받지 않음',
    toomanyconn: '동시 접속 초과', speeding: '발송 속도 제한', systemerror: '수신 서버 오류', systemfull: '수신 서버 용량 부족',
    mesgtoobig: '메일 크기 초과', exceedlimit: '한도 초과', syntaxerror: 'SMTP 명령 오류', contenterror: '본문/헤더 문제',
    notcompliantrfc: 'RFC 위반', virusdetected: '바이러스 검출', failedstarttls: 'TLS 실패', networkerror: '네트워크/DNS 오류',
    expired: '재시도 기간 만료', mailererror: '메일러 오류', onhold: '판정 보류', vacation: '자동 응답', feedback: '스팸 신고(피드백)',
    delivered: '전달됨', undefined: '분류 안 됨',
  },
  en: {
    userunknown: 'Unknown recipient', mailboxfull: 'Mailbox full', hostunknown: 'Unknown domain or host', blocked: 'IP blocked',
    rejected: 'Sender rejected', spamdetected: 'Detected as spam', badreputation: 'Poor reputation', authfailure: 'Authentication failed (SPF/DKIM/DMARC)',
    requireptr: 'Reverse DNS (PTR) problem', policyviolation: 'Policy violation', securityerror: 'Security error', filtered: 'Recipient filter',
    suspend: 'Suspended or dormant account', hasmoved: 'Address has moved', norelaying: 'Relaying denied', notaccept: 'Does not accept mail',
    toomanyconn: 'Too many connections', speeding: 'Rate limited', systemerror: 'Receiving server error', systemfull: 'Receiving server out of space',
    mesgtoobig: 'Message too large', exceedlimit: 'Limit exceeded', syntaxerror: 'SMTP command error', contenterror: 'Content or header problem',
    notcompliantrfc: 'Not RFC compliant', virusdetected: 'Virus detected', failedstarttls: 'TLS failure', networkerror: 'Network or DNS error',
    expired: 'Retry period expired', mailererror: 'Mailer error', onhold: 'On hold', vacation: 'Auto-reply', feedback: 'Abuse feedback report',
    delivered: 'Delivered', undefined: 'Unclassified',
  },
};

export const DICTIONARIES: Record<Lang, Dictionary> = {
  ko: {
    siteName: 'bouncekb',
    tagline: '반송 메일 오류 사전: 코드와 문구로 원인과 해결 방법을 찾습니다.',
    searchLabel: '반송 메일 붙여넣기 또는 검색',
    searchPlaceholder: '반송 메일 전체, 로그 한 줄, 또는 5.7.1 · DAS51 같은 코드를 붙여넣으세요',
    searchHint: '붙여넣은 내용은 브라우저 밖으로 나가지 않습니다. Ctrl+Enter: 첫 결과 열기 · Esc: 지우기',
    browseByCause: '원인별 오류',
    browseByProvider: '메일 서비스·MTA별',
    allCodes: '전체 코드',
    codes: '코드',
    providers: '서비스',
    samples: '반송 원문',
    severityLabel: '일시/영구 여부',
    severity: { permanent: '영구 오류', transient: '일시 오류', varies: '코드에 따라 다름' },
    severityLong: {
      permanent: '영구 오류: 그대로 다시 보내도 같은 결과입니다.',
      transient: '일시 오류: 발송 서버가 알아서 다시 시도합니다.',
      varies: '4.x.x는 일시 오류, 5.x.x는 영구 오류입니다.',
    },
    actors: { sender: '보낸 사람', 'sender-admin': '발송 서버 관리자', recipient: '받는 사람', 'recipient-admin': '수신 서버 관리자', provider: '메일 서비스 업체' },
    whoActs: '조치할 사람',
    reason: '원인 분류',
    sources: '출처',
    reviewed: '마지막 검토',
    related: '관련 오류',
    standardMeaning: '표준 의미',
    articlesWithCode: (code) => `${code} 코드가 나오는 오류`,
    noArticlesYet: '아직 이 코드를 다룬 개별 문서가 없습니다. 아래 표준 의미를 참고하세요.',
    replyCodes: 'SMTP 응답 코드',
    statusCodes: '확장 상태 코드',
    switchLanguage: 'English',
    notFoundTitle: '페이지를 찾을 수 없습니다',
    notFoundBody: '주소가 바뀌었거나 없는 페이지입니다. 첫 화면에서 반송 메일을 붙여넣어 찾아보세요.',
    home: '처음으로',
    codeHubTitle: (code) => `${code} 코드 안내`,
    codeHubDescription: (code, meaning) => `SMTP ${code}: ${meaning}. 이 코드가 나오는 반송 오류와 해결 방법.`,
    providerTitle: (name) => `${name} 반송 오류`,
    generic: '일반 안내',
    copyLink: '링크 복사',
    copied: '복사했습니다',
    copySummary: '요약 복사 (Markdown)',
    sectionLink: '이 절의 링크 복사',
    skipToContent: '본문으로 건너뛰기',
    footer: 'bouncekb: 반송 메일 오류 사전. 표준 코드 출처: IANA, RFC 5321.',
    kindLabel: { seed: '실무 사례', provider: '서비스별', standard: '표준 코드', reason: '원인 분류' },
  },
  en: {
    siteName: 'bouncekb',
    tagline: 'A field guide to SMTP bounces: find the cause and the fix from the code or the text.',
    searchLabel: 'Paste a bounce or search',
    searchPlaceholder: 'Paste a whole bounce, a log line, or a code like 5.7.1 or DAS51',
    searchHint: 'What you paste never leaves your browser. Ctrl+Enter: open the top result · Esc: clear',
    browseByCause: 'Errors by cause',
    browseByProvider: 'By provider or MTA',
    allCodes: 'All codes',
    codes: 'Codes',
    providers: 'Providers',
    samples: 'The bounce message',
    severityLabel: 'Temporary or permanent',
    severity: { permanent: 'Permanent', transient: 'Temporary', varies: 'Depends on the code' },
    severityLong: {
      permanent: 'Permanent: resending as is gets the same answer.',
      transient: 'Temporary: the sending server retries by itself.',
      varies: '4.x.x is temporary, 5.x.x is permanent.',
    },
    actors: { sender: 'Sender', 'sender-admin': "Sending server's admin", recipient: 'Recipient', 'recipient-admin': "Receiving server's admin", provider: 'Mail provider' },
    whoActs: 'Who must act',
    reason: 'Cause',
    sources: 'Sources',
    reviewed: 'Last reviewed',
    related: 'Related errors',
    standardMeaning: 'Standard meaning',
    articlesWithCode: (code) => `Bounces that carry ${code}`,
    noArticlesYet: 'No specific article carries this code yet. The standard meaning below still applies.',
    replyCodes: 'SMTP reply codes',
    statusCodes: 'Enhanced status codes',
    switchLanguage: '한국어',
    notFoundTitle: 'Page not found',
    notFoundBody: 'This address does not exist or has moved. Paste your bounce on the home page to find its article.',
    home: 'Home',
    codeHubTitle: (code) => `SMTP code ${code}`,
    codeHubDescription: (code, meaning) => `SMTP ${code}: ${meaning}. The bounces that carry this code and how to fix them.`,
    providerTitle: (name) => `${name} bounces`,
    generic: 'General guide',
    copyLink: 'Copy link',
    copied: 'Copied',
    copySummary: 'Copy summary (Markdown)',
    sectionLink: 'Copy link to this section',
    skipToContent: 'Skip to content',
    footer: 'bouncekb: a field guide to SMTP bounces. Standard codes from IANA and RFC 5321.',
    kindLabel: { seed: 'Field case', provider: 'Provider', standard: 'Standard code', reason: 'Cause' },
  },
};

/** Home page groups: each cause group lists the reasons it covers, in display order. */
export const CAUSE_GROUPS: { id: string; title: Record<Lang, string>; reasons: Reason[] }[] = [
  { id: 'recipient', title: { ko: '받는 주소·메일함 문제', en: 'Recipient address or mailbox' }, reasons: ['userunknown', 'mailboxfull', 'suspend', 'hasmoved', 'filtered', 'notaccept'] },
  { id: 'reputation', title: { ko: '스팸 차단·평판', en: 'Spam blocks and reputation' }, reasons: ['blocked', 'badreputation', 'spamdetected', 'rejected', 'virusdetected'] },
  { id: 'auth', title: { ko: '인증·DNS·PTR 설정', en: 'Authentication, DNS and PTR' }, reasons: ['authfailure', 'requireptr', 'hostunknown', 'norelaying', 'securityerror', 'failedstarttls'] },
  { id: 'limits', title: { ko: '발송량·접속 제한', en: 'Rate and connection limits' }, reasons: ['speeding', 'toomanyconn', 'exceedlimit', 'mesgtoobig', 'policyviolation'] },
  { id: 'protocol', title: { ko: 'SMTP 명령·메일 형식', en: 'SMTP commands and message format' }, reasons: ['syntaxerror', 'contenterror', 'notcompliantrfc'] },
  { id: 'server', title: { ko: '서버·네트워크 장애', en: 'Server and network failures' }, reasons: ['systemerror', 'systemfull', 'networkerror', 'expired', 'mailererror', 'onhold', 'undefined', 'vacation', 'feedback', 'delivered'] },
];

export const PROVIDER_NAMES: Record<string, string> = {
  daum: 'Daum / Kakao Mail', kakao: 'Kakao', naver: 'Naver', nate: 'Nate', kisa: 'KISA', gmail: 'Gmail',
  'google-workspace': 'Google Workspace', microsoft: 'Microsoft 365 (Exchange Online)', outlook: 'Outlook.com', exchange: 'Exchange Online',
  yahoo: 'Yahoo', aol: 'AOL', apple: 'iCloud', tencent: 'Tencent QQ Mail', qq: 'QQ Mail', netease: 'NetEase',
  facebook: 'Facebook', cisco: 'Cisco (Talos)', symantec: 'Symantec', barracuda: 'Barracuda', spamhaus: 'Spamhaus',
  proofpoint: 'Proofpoint', mimecast: 'Mimecast', 'amazon-ses': 'Amazon SES', zoho: 'Zoho',
  comcast: 'Comcast (Xfinity)', yandex: 'Yandex', mailru: 'Mail.ru', 't-online': 'T-Online', gmx: 'GMX / WEB.DE',
  ionos: 'IONOS', orange: 'Orange', vade: 'Vade', cloudmark: 'Cloudmark', spamcop: 'SpamCop', uceprotect: 'UCEPROTECT',
  cox: 'Cox', spectrum: 'Spectrum (Charter)',
  qmail: 'qmail',
  postfix: 'Postfix', sendmail: 'Sendmail', exim: 'Exim', 'exchange-server': 'Exchange Server (on-premises)', opensmtpd: 'OpenSMTPD', any: 'Any MTA',
};

/** Every provider slug that has a display name. */
export const PROVIDERS_SHOWN: readonly string[] = Object.keys(PROVIDER_NAMES);

/** Korean display names where Korean text writes the name differently (KOREAN-STYLE.md: 네이버, 카카오, Daum). */
export const PROVIDER_NAMES_KO: Record<string, string> = {
  daum: 'Daum(한메일)·카카오', kakao: '카카오', naver: '네이버', nate: '네이트', kisa: 'KISA(한국인터넷진흥원)',
  microsoft: 'Microsoft 365(Exchange Online)', 'exchange-server': 'Exchange Server(사내 설치형)',
  tencent: 'Tencent QQ 메일', qq: 'QQ 메일', any: '모든 MTA',
  // No space before a parenthesis that annotates the word before it (Korean typesetting).
  cisco: 'Cisco(Talos)', comcast: 'Comcast(Xfinity)', gmx: 'GMX/WEB.DE', spectrum: 'Spectrum(Charter)',
};

/** A provider's display name in one language: `providerName('naver', 'ko')` is 네이버. */
export function providerName(slug: string, lang: Lang): string {
  return (lang === 'ko' ? PROVIDER_NAMES_KO[slug] : undefined) ?? PROVIDER_NAMES[slug] ?? slug;
}
