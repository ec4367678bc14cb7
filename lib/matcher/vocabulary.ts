/**
 * The closed vocabularies shared by the content schema, the matcher and the UI.
 * Pure data: safe to import from the browser, the CLI, build scripts and tests.
 */

/** Sisimai's reason names (lower case), the classification every diagnosis ends in. */
export const REASONS = [
  'userunknown', 'mailboxfull', 'hostunknown', 'blocked', 'rejected', 'spamdetected',
  'badreputation', 'authfailure', 'requireptr', 'policyviolation', 'securityerror', 'filtered',
  'suspend', 'hasmoved', 'norelaying', 'notaccept', 'toomanyconn', 'speeding', 'systemerror',
  'systemfull', 'mesgtoobig', 'exceedlimit', 'syntaxerror', 'contenterror', 'notcompliantrfc',
  'virusdetected', 'failedstarttls', 'networkerror', 'expired', 'mailererror', 'onhold',
  'vacation', 'feedback', 'delivered', 'undefined',
] as const;
export type Reason = (typeof REASONS)[number];

/** permanent: do not retry as is; transient: the sender's server retries by itself. */
export const SEVERITIES = ['permanent', 'transient', 'varies'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Who has to act to get the mail through. */
export const ACTORS = ['sender', 'sender-admin', 'recipient', 'recipient-admin', 'provider'] as const;
export type Actor = (typeof ACTORS)[number];

/**
 * What an article is about: one provider's or MTA's exact variant from the seed, a provider's
 * documented error beyond the seed, the generic page of one standard code, or the fallback page
 * of one reason.
 */
export const KINDS = ['seed', 'provider', 'standard', 'reason'] as const;
export type Kind = (typeof KINDS)[number];

/** Providers and MTAs an article may name (slugs). */
export const PROVIDERS = [
  'daum', 'kakao', 'naver', 'nate', 'kisa', 'gmail', 'google-workspace', 'microsoft', 'outlook',
  'exchange', 'yahoo', 'aol', 'apple', 'tencent', 'qq', 'netease', 'facebook', 'cisco',
  'symantec', 'barracuda', 'spamhaus', 'proofpoint', 'mimecast', 'amazon-ses', 'zoho',
  'comcast', 'yandex', 'mailru', 't-online', 'gmx', 'ionos', 'orange', 'vade', 'cloudmark',
  'spamcop', 'uceprotect', 'cox', 'spectrum',
  'qmail', 'postfix', 'sendmail', 'exim', 'exchange-server', 'opensmtpd', 'any',
] as const;
export type Provider = (typeof PROVIDERS)[number];

export const LANGS = ['ko', 'en'] as const;
export type Lang = (typeof LANGS)[number];
