/**
 * A small, fixed article set for the matcher tests: copies of the real articles' matching data
 * (ids, codes, reasons, providers, signatures), so ranking tests do not move while content/ is
 * edited. tests/content/samples.test.ts checks the real articles.
 */
import type { MatchArticle } from '../../../lib/matcher/types';

type Spec = Pick<MatchArticle, 'id' | 'kind' | 'reason'> & Partial<MatchArticle>;

/** One fixture article: defaults for everything a test does not care about. */
export function article(s: Spec): MatchArticle {
  return {
    severity: s.kind === 'standard' || s.kind === 'reason' ? 'varies' : 'permanent',
    replyCodes: [],
    statusCodes: [],
    providers: [],
    actors: ['sender-admin'],
    signatures: [],
    title: { ko: `${s.id} (ko)`, en: `${s.id} (en)` },
    source: `content/errors/${s.id}.md`,
    ...s,
  };
}

export const fixtureArticles: MatchArticle[] = [
  article({
    id: 'daum-das51-antispam-block', kind: 'seed', reason: 'blocked', replyCodes: ['554'], statusCodes: ['5.7.1'], providers: ['daum', 'kakao'],
    signatures: ['DAS51', 'blocked automatically by anti-spam system'],
    title: { ko: 'Daum(한메일) 554 5.7.1 DAS51 스팸 자동 차단 (E06)', en: 'Daum (Hanmail) 554 5.7.1 DAS51: blocked automatically by the anti-spam system (E06)' },
  }),
  article({ id: 'daum-554-571-ip-blocked', kind: 'seed', reason: 'blocked', replyCodes: ['554'], statusCodes: ['5.7.1'], providers: ['daum', 'kakao'], signatures: [['5.7.1', 'Your IP address is blocked']] }),
  article({
    id: 'daum-554-571-hostname-ip-mismatch', kind: 'seed', reason: 'requireptr', replyCodes: ['554'], statusCodes: ['5.7.1'], providers: ['daum', 'kakao'],
    signatures: ["dosen't match with your IP address", ['554 5.7.1', 'Your host name', 'match with your IP address']],
  }),
  article({ id: 'daum-550-511-no-such-user', kind: 'seed', reason: 'userunknown', replyCodes: ['550'], statusCodes: ['5.1.1'], providers: ['daum', 'kakao'], signatures: [['550 5.1.1', 'No such user:']] }),
  article({ id: 'daum-552-522-mailbox-full', kind: 'seed', reason: 'mailboxfull', replyCodes: ['552'], statusCodes: ['5.2.2'], providers: ['daum', 'kakao'], signatures: [['552 5.2.2', 'Mailbox is full:']] }),
  article({ id: 'naver-ip-filtered-mass-mail', kind: 'provider', reason: 'blocked', replyCodes: ['421'], statusCodes: ['4.3.2'], providers: ['naver'], signatures: [['is filtered and this connection will be closed', 'realip.naver.com']] }),
  article({ id: 'tencent-550-ip-frequency-limited', kind: 'seed', reason: 'speeding', replyCodes: ['550'], providers: ['tencent', 'qq'], signatures: ['Ip frequency limited', 'Connection frequency limited'] }),
  article({
    id: 'gmail-421-470-unauthenticated', kind: 'seed', reason: 'authfailure', replyCodes: ['421'], statusCodes: ['4.7.0'], providers: ['gmail', 'google-workspace'],
    signatures: [['421-4.7.0', 'does not have authentication information'], ['421 4.7.0', 'does not have authentication information']],
  }),
  article({ id: 'qmail-tls-140770fc-unknown-protocol', kind: 'seed', reason: 'failedstarttls', providers: ['qmail'], signatures: ['TLS connect failed', 'TLS_connect_failed'] }),
  article({ id: 'sendmail-451-418-sender-domain-unresolved', kind: 'seed', reason: 'rejected', replyCodes: ['451'], statusCodes: ['4.1.8'], providers: ['sendmail'], signatures: [['Domain of sender address', 'does not resolve']] }),
  article({
    id: 'mta-550-user-unknown-local', kind: 'provider', reason: 'userunknown', replyCodes: ['550'], statusCodes: ['5.1.1'], providers: ['postfix', 'exim', 'sendmail'],
    signatures: ['User unknown in local recipient table', 'User unknown in virtual mailbox table', '550 Unrouteable address'],
  }),
  article({
    id: 'microsoft-550-5110-recipient-not-found', kind: 'provider', reason: 'userunknown', replyCodes: ['550'], statusCodes: ['5.1.10', '5.1.1'], providers: ['microsoft', 'outlook', 'exchange-server'],
    signatures: ['RESOLVER.ADR.RecipientNotFound', 'RESOLVER.ADR.RecipNotFound', 'Recipient not found by SMTP address lookup'],
  }),
  article({ id: 'gmail-550-511-account-does-not-exist', kind: 'provider', reason: 'userunknown', replyCodes: ['550'], statusCodes: ['5.1.1'], providers: ['gmail'], signatures: ['The email account that you tried to reach does not exist'] }),
  article({ id: 'smtp-421-greylisting', kind: 'seed', reason: 'blocked', replyCodes: ['421'], providers: ['any'], signatures: ['Greylisting enabled'], title: { ko: '421 그레이리스팅', en: '421 Greylisting enabled, please try later' } }),
  article({ id: 'mta-450-greylisted', kind: 'provider', reason: 'blocked', replyCodes: ['450'], statusCodes: ['4.2.0'], providers: ['postfix'], signatures: ['Greylisted, see'], title: { ko: 'postgrey 450 4.2.0 Greylisted', en: 'postgrey 450 4.2.0 Greylisted: try again later' } }),
  article({ id: 'spamhaus-listed', kind: 'provider', reason: 'blocked', replyCodes: ['554', '550'], statusCodes: ['5.7.1'], providers: ['spamhaus', 'postfix'], signatures: [['blocked using', 'spamhaus.org']] }),
  article({ id: 'status-x-7-1', kind: 'standard', reason: 'blocked', replyCodes: ['550', '554'], statusCodes: ['X.7.1'] }),
  article({ id: 'status-x-1-1', kind: 'standard', reason: 'userunknown', replyCodes: ['550'], statusCodes: ['X.1.1'] }),
  article({ id: 'status-x-2-2', kind: 'standard', reason: 'mailboxfull', replyCodes: ['552'], statusCodes: ['X.2.2'] }),
  article({ id: 'status-x-4-1', kind: 'standard', reason: 'networkerror', replyCodes: ['451'], statusCodes: ['X.4.1'] }),
  article({ id: 'reply-550', kind: 'standard', reason: 'userunknown', replyCodes: ['550'] }),
  article({ id: 'reply-554', kind: 'standard', reason: 'rejected', replyCodes: ['554'] }),
  article({ id: 'reason-blocked', kind: 'reason', reason: 'blocked' }),
  article({ id: 'reason-speeding', kind: 'reason', reason: 'speeding' }),
  article({ id: 'reason-userunknown', kind: 'reason', reason: 'userunknown' }),
  article({ id: 'reason-mailboxfull', kind: 'reason', reason: 'mailboxfull' }),
  article({ id: 'reason-expired', kind: 'reason', reason: 'expired' }),
];
