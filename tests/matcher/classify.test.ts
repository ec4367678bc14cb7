/**
 * Text beats code: the remote server's words decide the reason, the codes only when the words say
 * nothing more.
 */
import { describe, expect, it } from 'vitest';
import { classify, reasonOfStatus } from '../../lib/matcher';
import { answersRcpt } from '../../lib/matcher/classify/index';

const c = (diagnostic: string, status: string | null, replyCode: string | null, extra = {}) => classify({ diagnostic, status, replyCode, ...extra }).reason;

describe('the reason of a diagnosis', () => {
  it('fml\'s "Duplicated Message-ID" is the list server refusing a post it has already seen', () => {
    expect(c('Duplicated Message-ID in <neko@example.co.jp>.', null, null)).toBe('systemerror');
  });

  it('IMail\'s "Unknown user: kim@example.com" names the user the lookup did not find: not read as a filter in a whole bounce', () => {
    expect(c('Unknown user: kim@example.com', null, null, { wholeBounce: true, recipient: 'kim@example.com' })).toBe('userunknown');
    // Without the verdict-then-user form, a whole bounce that does not say RCPT TO still reads it as a filter.
    expect(c('550 User unknown', null, '550', { wholeBounce: true, recipient: 'kim@example.com' })).toBe('filtered');
  });

  it('au\'s X-SPASIGN: NG header says the recipient\'s filter refused a bounce whose words name no cause', () => {
    const words = 'Each of the following recipients was rejected by a remote mail server.';
    expect(c(words, null, null, { wholeBounce: true, filterSign: true })).toBe('filtered');
    expect(c(words, null, null, { wholeBounce: true })).toBe('onhold');
  });

  it('an expiry wrapping only "try again later" (Yahoo\'s busy "Resources temporarily unavailable") is an expiry; wrapping a cause, the code says which', () => {
    const queue = "I'm not going to try again; this message has been in the queue too long.";
    expect(c(`Resources temporarily unavailable, please try again later [#4.1.9]. /${queue}`, '4.1.9', null)).toBe('expired');
    expect(c(`Unable to contact LDAP server. (#4.4.3)${queue}`, '4.4.3', null)).not.toBe('expired');
    // On its own, Yahoo's busy reply is still a system error.
    expect(c('421 Resources temporarily unavailable. Please try again later.', null, '421')).toBe('systemerror');
  });

  it('an NTT docomo "Unknown user" after DATA refuses the sender; a status about the mailbox keeps it a filter', () => {
    const docomo = { command: 'DATA', remoteHost: 'mfsmax.docomo.ne.jp' };
    expect(c('550 Unknown user kim@docomo.ne.jp', '5.0.0', '550', docomo)).toBe('rejected');
    expect(c('550 Unknown user kim@docomo.ne.jp', '5.2.0', '550', docomo)).toBe('filtered');
    expect(c('550 Unknown user kim@docomo.ne.jp', '5.0.0', '550', { command: 'DATA', remoteHost: 'mx.notdocomo.ne.jp.example' })).toBe('filtered');
  });

  it('"550 5.1.1 ... too many recipients this hour" is a rate limit, not an unknown user', () => {
    expect(c('550 5.1.1 <kim@example.com>... too many recipients this hour', '5.1.1', '550')).toBe('speeding');
  });

  it('"554 5.7.1 ... Your IP address is blocked" is a block', () => {
    expect(c('554 5.7.1 192.0.2.25: Connection refused. Your IP address is blocked.', '5.7.1', '554')).toBe('blocked');
  });

  it('"554 5.7.1 ... dosen\'t match with your IP address" is a missing PTR', () => {
    expect(c("554 5.7.1 192.0.2.25: Message refused. Your host name(mail.example.com) dosen't match with your IP address.", '5.7.1', '554')).toBe('requireptr');
  });

  it('a precise status code is not second-guessed: 5.2.2 stays a full mailbox whatever follows', () => {
    expect(c('552 5.2.2 <kim@example.com>... Mailbox is full, user unknown to me', '5.2.2', '552')).toBe('mailboxfull');
  });

  it('"try again later" says less than the status code', () => {
    expect(c('451 4.4.1 Please try again later', '4.4.1', '451')).toBe('expired');
  });

  it('with no words it knows, the status code decides, then the reply code', () => {
    expect(c('550 5.1.1 nope', '5.1.1', '550')).toBe('userunknown');
    expect(c('552 nope', null, '552')).toBe('mailboxfull');
  });

  it('"user unknown" said after DATA is a content filter; said of the sender (MAIL FROM) it is a refused sender', () => {
    expect(c('550 <kim@example.com>... User unknown', null, '550', { command: 'DATA' })).toBe('filtered');
    expect(c('550 <me@example.com>... User unknown', null, '550', { command: 'MAIL' })).toBe('rejected');
    expect(c('550 <kim@example.com>... User unknown', null, '550', { command: 'RCPT' })).toBe('userunknown');
  });

  it('an "Access denied" given to MAIL FROM refuses the sender, given at RCPT TO the recipient', () => {
    expect(c('550 5.7.1 Access denied', '5.7.1', '550', { command: 'MAIL' })).toBe('rejected');
    expect(c('554 5.7.1 <kim@example.ch>: Recipient address rejected: Access denied', '5.7.1', '554', { command: 'RCPT' })).toBe('userunknown');
  });

  it('a whole bounce without the SMTP stage: "user unknown" is a filter, unless the reply quotes the recipient as RCPT TO answers do', () => {
    const whole = (diagnostic: string) => c(diagnostic, null, '550', { wholeBounce: true, recipient: 'kim@example.jp' });
    expect(whole('550 <kim@example.jp>: User unknown')).toBe('userunknown');
    expect(whole('550 kim@example.jp... No such user')).toBe('userunknown');
    expect(whole('550 : User unknown')).toBe('filtered');
    expect(whole('550 <kim@example.jp> No such user here')).toBe('filtered');
    expect(answersRcpt('550 <kim@example.jp>: User unknown', 'KIM@example.jp')).toBe(true);
    expect(answersRcpt('550 <akim@example.jp>: User unknown', 'kim@example.jp')).toBe(false);
    expect(answersRcpt('550 <kim@example.jp>: User unknown', null)).toBe(false);
  });

  it('"Invalid domain name" given to HELO is about the sending host: a block, not a dead recipient domain', () => {
    expect(c('501 5.0.0 Invalid domain name', '5.0.0', '501', { command: 'HELO' })).toBe('blocked');
    expect(c('501 5.0.0 Invalid domain name', '5.0.0', '501', { command: 'RCPT' })).toBe('hostunknown');
  });

  it('a local delivery program failing (x-unix) is a mailer error', () => {
    expect(c('procmail: Couldn\'t create "/var/spool/mail/neko"', '5.1.1', null, { diagnosticType: 'x-unix' })).toBe('mailererror');
  });

  it('DNS trouble while looking up the MX is a network error; a domain that does not exist is a dead host', () => {
    expect(c('Name service error for name=example.org type=MX: Malformed or unexpected name server reply', '5.4.4', null)).toBe('networkerror');
    expect(c('Host or domain name not found. Name service error for name=example.invalid type=A: Host not found', '5.4.4', null)).toBe('hostunknown');
  });

  it('"spam" as a word is spam, but the anti-spam system and Spamhaus are blocks', () => {
    expect(c('554 5.7.0 Reject, id=20025-09 - SPAM', '5.7.0', '554')).toBe('spamdetected');
    expect(c('554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org', '5.7.1', '554')).toBe('blocked');
  });

  it('a delivered report and an abuse report are not failures', () => {
    expect(c('250 2.0.0 Ok', '2.0.0', '250')).toBe('delivered');
    expect(c('', null, null, { reportType: 'feedback-report' })).toBe('feedback');
  });

  it('nothing at all is undefined; words without a known reason are on hold', () => {
    expect(c('', null, null)).toBe('undefined');
    expect(c('something odd happened', null, null)).toBe('onhold');
  });

  it('X.0.0 means nothing by itself', () => {
    expect(reasonOfStatus('5.0.0')).toBeNull();
    expect(reasonOfStatus('4.2.2')).toBe('mailboxfull');
  });
});
