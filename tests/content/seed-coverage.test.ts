import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../lib/content/load';

/**
 * Every error the seed notes describe, each mapped to its article: the phrase is the part of
 * the server's reply that identifies the variant, and it must appear in one of the article's
 * verbatim samples (or, for a line that is not a server reply of its own, such as Sendmail's
 * 4-hour warning, in its body). Several seed lines may map to one article that covers them.
 */
const SEED_VARIANTS: Array<{ seed: string; id: string; phrase: string; inBody?: boolean }> = [
  { seed: 'Sendmail 451 4.1.8 sender domain does not resolve', id: 'sendmail-451-418-sender-domain-unresolved', phrase: '451 4.1.8 Domain of sender address' },
  { seed: 'the 503 5.0.0 Need RCPT follow-on', id: 'sendmail-451-418-sender-domain-unresolved', phrase: '503 5.0.0 Need RCPT' },
  { seed: 'the 4-hour delay warning', id: 'sendmail-451-418-sender-domain-unresolved', phrase: 'still undelivered after 4 hours', inBody: true },
  { seed: 'Daum anti-spam DAS51 (E06)', id: 'daum-das51-antispam-block', phrase: 'DAS51' },
  { seed: 'qmail TLS connect failed 140770FC', id: 'qmail-tls-140770fc-unknown-protocol', phrase: 'error:140770FC' },
  { seed: 'Gmail 421-4.7.0 unauthenticated', id: 'gmail-421-470-unauthenticated', phrase: 'does not have authentication information' },
  { seed: 'Tencent 550 Ip frequency limited', id: 'tencent-550-ip-frequency-limited', phrase: 'Ip frequency limited' },
  { seed: "Cisco/SenderBase sending MTA's poor reputation", id: 'cisco-554-poor-reputation', phrase: 'poor reputation' },
  { seed: 'qmail 550 #5.1.0 Address rejected', id: 'qmail-550-510-address-rejected', phrase: '550 #5.1.0 Address rejected' },
  { seed: '421 4.3.1 queue is full', id: 'smtp-421-431-queue-full', phrase: '421 4.3.1 queue is full' },
  { seed: '421 4.3.1 Out of disk space for temp file', id: 'smtp-421-431-queue-full', phrase: 'Out of disk space for temp file' },
  { seed: '421 4.2.1 / 4.7.1 AOL DYN:T1', id: 'aol-421-dyn-t1', phrase: 'DYN:T1' },
  { seed: '421 4.3.2 All server ports are busy', id: 'smtp-421-server-busy', phrase: 'All server ports are busy' },
  { seed: '421 4.4.2 mx.aol.com Error: timeout exceeded', id: 'smtp-421-442-timeout-exceeded', phrase: 'timeout exceeded' },
  { seed: '421 #4.4.5 Too many connections from your host', id: 'smtp-421-445-too-many-connections', phrase: 'Too many connections from your host' },
  { seed: '421 #4.4.5 Too many connections to this host', id: 'smtp-421-445-too-many-connections', phrase: 'Too many connections to this host' },
  { seed: '421 4.7.0 mx.aol.com Error: too many errors', id: 'smtp-421-470-too-many-errors', phrase: 'too many errors' },
  { seed: '421 4.7.1 POL-T2 (Facebook)', id: 'facebook-421-pol-t2', phrase: 'POL-T2' },
  { seed: '421 Downstream server error', id: 'smtp-421-internal-failure', phrase: 'Downstream server error' },
  { seed: '421 Fork failed', id: 'smtp-421-internal-failure', phrase: 'Fork failed' },
  { seed: '421 Greylisting enabled', id: 'smtp-421-greylisting', phrase: 'Greylisting enabled' },
  { seed: '421 LDAP verification agent temporarily unavailable', id: 'smtp-421-internal-failure', phrase: 'LDAP verification agent' },
  { seed: '421 ... out of connection slots', id: 'smtp-421-445-too-many-connections', phrase: 'out of connection slots' },
  { seed: '421 mx.aol.com Service unavailable', id: 'smtp-421-server-busy', phrase: 'Service unavailable' },
  { seed: '421 Service not available - too busy', id: 'smtp-421-server-busy', phrase: 'too busy' },
  { seed: '421 Server busy, try again later - psmtp', id: 'smtp-421-server-busy', phrase: 'psmtp' },
  { seed: '421 service temporarily unavailable', id: 'smtp-421-server-busy', phrase: 'service temporarily unavailable' },
  { seed: '421 Temporary error (#4.3.0)', id: 'smtp-421-internal-failure', phrase: 'Temporary error (#4.3.0)' },
  { seed: '421 Too many concurrent SMTP connections', id: 'smtp-421-445-too-many-connections', phrase: 'Too many concurrent SMTP connections' },
  { seed: '421 Unexpected failure, please try later', id: 'smtp-421-internal-failure', phrase: 'Unexpected failure' },
  { seed: 'qmail #4.1.2 no host by that name', id: 'qmail-412-host-not-found', phrase: "find any host by that name" },
  { seed: 'qmail #4.4.1 no SMTP connection', id: 'qmail-441-smtp-connection-failed', phrase: 'establish an SMTP connection' },
  { seed: 'qmail #4.4.3 CNAME lookup failed', id: 'qmail-443-cname-lookup-failed', phrase: 'CNAME lookup failed temporarily' },
  { seed: 'qmail #5.4.4 no mail exchanger', id: 'qmail-544-no-mail-exchanger', phrase: 'mail exchanger or IP address' },
  { seed: 'Daum 421 4.4.1 Network is busy', id: 'daum-421-441-network-busy', phrase: 'Network is busy' },
  { seed: 'Daum 421 4.4.5 Server is busy', id: 'daum-421-445-server-busy', phrase: 'Server is busy' },
  { seed: 'Daum 554 5.7.1 Your IP address is blocked', id: 'daum-554-571-ip-blocked', phrase: 'Your IP address is blocked' },
  { seed: 'Daum 421 4.4.0 Closing connection by timeout', id: 'daum-421-440-timeout', phrase: 'Closing connection by timeout' },
  { seed: 'Daum 421 4.7.0 Too many bad commands', id: 'daum-421-470-too-many-bad-commands', phrase: 'Too many bad commands' },
  { seed: 'Daum 421 4.7.0 Too many transactions', id: 'daum-421-470-too-many-transactions', phrase: 'Too many transactions' },
  { seed: 'Daum 500 5.5.0 Command line too long', id: 'daum-500-550-command-too-long', phrase: 'Command line too long' },
  { seed: 'Daum 500 5.5.2 Command not recognized', id: 'daum-500-552-command-not-recognized', phrase: 'Command not recognized' },
  { seed: 'Daum 501 5.5.2 Syntax error in command line', id: 'daum-501-552-syntax-error', phrase: 'Syntax error in command line' },
  { seed: 'Daum 501 5.5.4 EHLO requires domain name', id: 'daum-501-554-ehlo-requires-domain', phrase: 'EHLO requires domain name' },
  { seed: 'Daum 501 5.5.4 Command argument required', id: 'daum-501-554-argument-required', phrase: 'Command argument required' },
  { seed: 'Daum 501 5.5.4 Invalid command argument', id: 'daum-501-554-invalid-argument', phrase: 'Invalid command argument' },
  { seed: 'Daum 502 5.5.1 Command not implemented', id: 'daum-502-551-not-implemented', phrase: 'Command not implemented' },
  { seed: 'Daum 450 4.7.1 Your IP address has sent too many mails', id: 'daum-450-471-ip-too-many-mails', phrase: 'Your IP address has sent too many mails' },
  { seed: 'Daum 451 4.4.1 Network is busy(TYPE) (sender check)', id: 'daum-451-441-network-busy', phrase: '451 4.4.1' },
  { seed: 'Daum 451 4.4.1 Network is busy (recipient check)', id: 'daum-451-441-network-busy', phrase: 'Network is busy' },
  { seed: 'Daum 451 4.4.1 MESSAGE ID Network is busy (after DATA)', id: 'daum-451-441-network-busy', phrase: 'Network is busy' },
  { seed: 'Daum 503 5.5.1 Sender already specified', id: 'daum-503-551-sender-already-specified', phrase: 'Sender already specified' },
  { seed: 'Daum 503 5.5.1 MAIL command required', id: 'daum-503-551-mail-command-required', phrase: 'MAIL command required' },
  { seed: 'Daum 503 5.5.1 RCPT command required(recipient)', id: 'daum-503-551-rcpt-command-required', phrase: 'RCPT command required' },
  { seed: 'Daum 550 5.1.8 No such user (sender)', id: 'daum-550-518-sender-no-such-user', phrase: '550 5.1.8' },
  { seed: 'Daum 553 5.1.7 Invalid mail address (sender)', id: 'daum-553-517-sender-invalid-address', phrase: '553 5.1.7' },
  { seed: '450 4.3.2 No more transactions allowed', id: 'daum-450-432-no-more-transactions', phrase: 'No more transactions allowed' },
  { seed: 'Daum 450 4.5.3 Too many recipients', id: 'daum-450-453-too-many-recipients', phrase: 'Too many recipients' },
  { seed: 'Daum 451 4.2.0 Temporary home error', id: 'daum-451-420-temporary-home-error', phrase: 'Temporary home error' },
  { seed: 'Daum 550 5.1.1 No such user (recipient)', id: 'daum-550-511-no-such-user', phrase: '550 5.1.1' },
  { seed: 'Daum 550 5.2.0 Message refused by the recipient', id: 'daum-550-520-refused-by-recipient', phrase: 'Message refused by the recipient' },
  { seed: 'Daum 550 5.2.1 Mailbox is inactive', id: 'daum-550-521-mailbox-inactive', phrase: 'Mailbox is inactive' },
  { seed: '552 4.3.1 Session size exceeds fixed maximum session size', id: 'symantec-552-431-session-size', phrase: 'Session size exceeds fixed maximum session size' },
  { seed: 'Daum 552 5.2.2 Mailbox is full', id: 'daum-552-522-mailbox-full', phrase: 'Mailbox is full' },
  { seed: 'Daum 553 5.1.2 Relaying denied', id: 'daum-553-512-relaying-denied', phrase: 'Relaying denied' },
  { seed: 'Daum 553 5.1.3 Invalid mail address (recipient)', id: 'daum-553-513-invalid-recipient', phrase: '553 5.1.3' },
  { seed: 'Daum 552 5.2.3 Message size exceeds the limit', id: 'daum-552-523-message-size', phrase: 'Message size exceeds the limit' },
  { seed: 'Daum 554 5.4.6 Routing loop detected', id: 'daum-554-546-routing-loop', phrase: 'Routing loop detected' },
  { seed: "Daum 554 5.6.0 Message requires 'From' header", id: 'daum-554-560-from-header-required', phrase: 'Message requires' },
  { seed: "Daum 554 5.6.0 Invalid 'From' header", id: 'daum-554-560-invalid-from-header', phrase: 'From' },
  { seed: "Daum 554 5.7.1 Your host name dosen't match with your IP address", id: 'daum-554-571-hostname-ip-mismatch', phrase: "match with your IP address" },
  { seed: 'Daum 554 5.7.1 Your domain has sent too many mails', id: 'daum-554-571-domain-too-many-mails', phrase: 'has sent too many mails' },
  { seed: 'Daum 554 5.7.7 Message not terminated', id: 'daum-554-577-not-terminated', phrase: 'Message not terminated' },
  { seed: '550 5.7.1 RDENY', id: 'daum-550-571-rdeny', phrase: 'RDENY' },
  { seed: '550 Rule imposed mailbox access', id: 'exchange-550-rule-imposed-mailbox-access', phrase: 'Rule imposed mailbox access' },
  { seed: 'Gmail 552-5.7.0 blocked attachment', id: 'gmail-552-570-blocked-attachment', phrase: 'content presents a potential' },
];

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'").toLowerCase();

describe('every error in the seed notes has its article', () => {
  const articles = new Map(loadArticles().map((a) => [a.id, a]));
  for (const v of SEED_VARIANTS) {
    it(`${v.seed} → ${v.id}`, () => {
      const a = articles.get(v.id);
      expect(a, `no article ${v.id}`).toBeDefined();
      expect(a?.kind).toBe('seed');
      const quoted = v.inBody ? [a?.body.en.html ?? '', a?.body.ko.html ?? ''] : (a?.samples ?? []);
      expect(quoted.some((s) => squash(s).includes(squash(v.phrase))), `${v.id} does not quote "${v.phrase}"`).toBe(true);
    });
  }
});
