/**
 * What a code means when the text says nothing more specific: enhanced status codes after the
 * IANA registry (RFC 3463 and successors) and the big providers' own use of them, then basic
 * reply codes (RFC 5321).
 */
import type { Reason } from '../vocabulary';

// Keyed by `subject.detail`, the same for 4.x.x and 5.x.x unless CLASS_SPECIFIC says otherwise.
const BY_SUBJECT_DETAIL: Record<string, Reason> = {
  '1.0': 'userunknown', '1.1': 'userunknown', '1.2': 'hostunknown', '1.3': 'userunknown', '1.4': 'userunknown',
  '1.5': 'delivered', '1.6': 'hasmoved', '1.7': 'rejected', '1.8': 'rejected', '1.9': 'systemerror', '1.10': 'notaccept',
  '2.0': 'filtered', '2.1': 'suspend', '2.2': 'mailboxfull', '2.3': 'exceedlimit', '2.4': 'filtered',
  '3.0': 'systemerror', '3.1': 'systemfull', '3.2': 'notaccept', '3.3': 'systemerror', '3.4': 'mesgtoobig', '3.5': 'systemerror',
  '4.0': 'networkerror', '4.1': 'networkerror', '4.2': 'networkerror', '4.3': 'systemerror', '4.4': 'hostunknown',
  '4.5': 'systemfull', '4.6': 'networkerror', '4.7': 'expired', '4.8': 'networkerror',
  '5.0': 'syntaxerror', '5.1': 'syntaxerror', '5.2': 'syntaxerror', '5.3': 'toomanyconn', '5.4': 'syntaxerror', '5.5': 'systemerror', '5.6': 'syntaxerror',
  '6.0': 'contenterror', '6.1': 'contenterror', '6.2': 'contenterror', '6.3': 'contenterror', '6.4': 'contenterror', '6.5': 'contenterror',
  '6.6': 'contenterror', '6.7': 'contenterror', '6.8': 'contenterror', '6.9': 'contenterror', '6.10': 'contenterror',
  '7.0': 'securityerror', '7.1': 'blocked', '7.2': 'securityerror', '7.3': 'securityerror', '7.4': 'securityerror',
  '7.5': 'securityerror', '7.6': 'securityerror', '7.7': 'securityerror', '7.8': 'securityerror', '7.9': 'securityerror',
  '7.10': 'securityerror', '7.11': 'securityerror', '7.12': 'securityerror', '7.13': 'suspend', '7.14': 'securityerror',
  '7.15': 'securityerror', '7.16': 'mesgtoobig', '7.17': 'hasmoved', '7.18': 'hasmoved', '7.19': 'securityerror',
  '7.20': 'authfailure', '7.21': 'authfailure', '7.22': 'authfailure', '7.23': 'authfailure', '7.24': 'authfailure',
  '7.25': 'requireptr', '7.26': 'authfailure', '7.27': 'notaccept', '7.28': 'speeding', '7.29': 'authfailure', '7.30': 'authfailure',
};

// Where the class changes the meaning (a 4.4.4 is a transient routing problem, a 5.4.4 a dead domain).
const CLASS_SPECIFIC: Record<string, Reason> = {
  '4.4.4': 'networkerror', '4.1.1': 'userunknown', '4.4.1': 'expired', '5.4.1': 'rejected', '4.7.1': 'blocked', '4.7.0': 'securityerror',
  '5.1.10': 'userunknown', '5.7.1': 'blocked', '5.5.0': 'syntaxerror', '4.5.0': 'networkerror',
  '4.2.1': 'blocked', '5.1.0': 'userunknown',
};

/**
 * Whether the code's class changes its meaning here (4.4.1 is a host that did not answer until
 * the message expired, 5.4.1 a refused recipient): then the generic X page, written for both
 * classes, does not speak for it.
 *
 * @example
 * isClassSpecific('5.4.1'); // true
 * isClassSpecific('5.2.2'); // false
 */
export function isClassSpecific(status: string | null): boolean {
  return !!status && status in CLASS_SPECIFIC;
}

/**
 * The reason an enhanced status code stands for, or null for codes that say nothing
 * (`X.0.0`).
 *
 * @example
 * reasonOfStatus('5.2.2'); // 'mailboxfull'
 * reasonOfStatus('5.0.0'); // null
 */
export function reasonOfStatus(status: string | null): Reason | null {
  if (!status) return null;
  if (status[0] === '2') return 'delivered';
  const exact = CLASS_SPECIFIC[status];
  if (exact) return exact;
  const rest = status.slice(2);
  if (rest === '0.0') return null;
  return BY_SUBJECT_DETAIL[rest] ?? null;
}

const BY_REPLY: Record<string, Reason> = {
  '421': 'systemerror', '450': 'systemerror', '451': 'systemerror', '452': 'systemfull', '454': 'securityerror',
  '500': 'syntaxerror', '501': 'syntaxerror', '502': 'syntaxerror', '503': 'syntaxerror', '504': 'syntaxerror',
  '521': 'notaccept', '530': 'securityerror', '534': 'securityerror', '535': 'securityerror', '538': 'securityerror',
  '550': 'userunknown', '551': 'hasmoved', '552': 'mailboxfull', '553': 'userunknown', '554': 'rejected', '555': 'syntaxerror', '556': 'notaccept',
};

/**
 * The reason a basic reply code alone suggests (weak: the text or the status code should decide).
 *
 * @example
 * reasonOfReply('552'); // 'mailboxfull'
 */
export function reasonOfReply(reply: string | null): Reason | null {
  if (!reply) return null;
  if (reply[0] === '2') return 'delivered';
  return BY_REPLY[reply] ?? null;
}
