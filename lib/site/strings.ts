/**
 * Strings of the page layouts (article order, code hubs, the article index, the 404 page).
 * Kept apart from lib/i18n.ts, which holds the strings the search and the CLI share.
 */
import type { Lang } from '../matcher/vocabulary';

export interface PageStrings {
  howItAppears: string;
  onThisPage: string;
  copy: string;
  copyCode: string;
  copied: string;
  whySeverity: string;
  fullSummary: string;
  allInGroup: (n: number) => string;
  sourcesFolded: (n: number) => string;
  allErrors: string;
  allErrorsIntro: (n: number) => string;
  filterProvider: string;
  filterCause: string;
  filterSeverity: string;
  any: string;
  showing: (n: number, total: number) => string;
  registryText: string;
  specificCases: string;
  genericPages: string;
  genericPagesNote: string;
  tellApart: string;
  vendorCode: string;
  vendorCodeExplained: (articles: number) => string;
  unexplained: string;
  codeClass: Record<'2' | '3' | '4' | '5', string>;
  articlesCount: (n: number) => string;
  otherProviders: string;
  notFoundSearch: string;
  otherLanguage: string;
  nav: { errors: string; codes: string; providers: string };
  /** Subjects of enhanced status codes (RFC 3463 section 3), by the second number. */
  subjects: string[];
  /** A registry code with no article in this language yet: `subject` + class, in words. */
  registryOnly: (subject: string, cls: string) => string;
}

export const PAGE_STRINGS: Record<Lang, PageStrings> = {
  ko: {
    howItAppears: '반송 원문에서 보이는 모습',
    onThisPage: '이 페이지의 내용',
    copy: '복사',
    copyCode: '명령·설정 복사',
    copied: '복사했습니다',
    whySeverity: '판단 근거',
    fullSummary: '요약 전체 보기',
    allInGroup: (n) => `이 원인의 문서 ${n}건 모두 보기`,
    sourcesFolded: (n) => `참고한 자료 ${n}건(영문 자료 포함)`,
    allErrors: '전체 오류 목록',
    allErrorsIntro: (n) => `반송 오류 문서 ${n}건입니다. 서비스, 원인, 일시/영구 여부로 좁혀 볼 수 있습니다.`,
    filterProvider: '서비스',
    filterCause: '원인',
    filterSeverity: '일시/영구',
    any: '전체',
    showing: (n, total) => `${total}건 중 ${n}건`,
    registryText: 'IANA 레지스트리 원문(영문)',
    specificCases: '원인·서비스별 사례',
    genericPages: '코드·원인 일반 안내',
    genericPagesNote: '문구로 사례를 가리지 못할 때 읽는 일반 안내입니다.',
    tellApart: '구별하는 문구',
    vendorCode: '업체 고유 코드',
    vendorCodeExplained: (n) => `IANA 레지스트리에 없는 업체 고유 코드입니다. 이 코드를 쓰는 문서 ${n}건의 설명을 정리했습니다.`,
    unexplained: 'IANA 레지스트리에 없는 코드입니다. 클래스(첫 자리)로만 뜻을 읽습니다.',
    codeClass: { '2': '2xx 성공', '3': '3xx 다음 입력 대기', '4': '4xx 일시 오류', '5': '5xx 영구 오류' },
    articlesCount: (n) => `문서 ${n}건`,
    otherProviders: '기타 서비스',
    notFoundSearch: '반송 원문이나 코드로 찾아보세요.',
    otherLanguage: 'English',
    nav: { errors: '오류 목록', codes: '코드', providers: '서비스' },
    subjects: ['기타·미정', '주소', '메일함', '메일 시스템', '네트워크·라우팅', '메일 전달 프로토콜', '메시지 내용·형식', '보안·정책'],
    registryOnly: (subject, cls) => `${subject} 관련 ${cls}`,
  },
  en: {
    howItAppears: 'How it appears',
    onThisPage: 'On this page',
    copy: 'Copy',
    copyCode: 'Copy command or config',
    copied: 'Copied',
    whySeverity: 'Why?',
    fullSummary: 'Full summary',
    allInGroup: (n) => `All ${n} articles of this cause`,
    sourcesFolded: (n) => `${n} sources`,
    allErrors: 'All errors',
    allErrorsIntro: (n) => `${n} bounce articles. Narrow them down by provider, cause, or temporary/permanent.`,
    filterProvider: 'Provider',
    filterCause: 'Cause',
    filterSeverity: 'Temporary/permanent',
    any: 'All',
    showing: (n, total) => `${n} of ${total}`,
    registryText: 'IANA registry text',
    specificCases: 'Specific cases, by cause and provider',
    genericPages: 'General code and cause pages',
    genericPagesNote: 'Read these when no phrase above matches your bounce.',
    tellApart: 'Tell-tale phrase',
    vendorCode: 'Vendor code',
    vendorCodeExplained: (n) => `Not in the IANA registry: a vendor's own code. Its meaning here comes from ${n === 1 ? 'the article that carries it' : `the ${n} articles that carry it`}.`,
    unexplained: 'Not in the IANA registry; read it by its class (first digit).',
    codeClass: { '2': '2xx Success', '3': '3xx Waiting for more input', '4': '4xx Temporary failure', '5': '5xx Permanent failure' },
    articlesCount: (n) => `${n} article${n === 1 ? '' : 's'}`,
    otherProviders: 'Other providers',
    notFoundSearch: 'Search by the bounce text or its code.',
    otherLanguage: '한국어',
    nav: { errors: 'Errors', codes: 'Codes', providers: 'Providers' },
    subjects: ['Other or undefined', 'Addressing', 'Mailbox', 'Mail system', 'Network and routing', 'Mail delivery protocol', 'Message content or media', 'Security or policy'],
    registryOnly: (subject, cls) => `${subject}: ${cls}`,
  },
};
