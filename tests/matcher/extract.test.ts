/**
 * The traps of reading codes and replies out of pasted text.
 */
import { describe, expect, it } from 'vitest';
import { extract, preferStatus } from '../../lib/matcher';
import { findReplyCodes, findStatusCodes, joinContinuations, leadCodes } from '../../lib/matcher/extract/codes';

describe('codes in text', () => {
  it('IP octets, ports, times, zones, version numbers and message ids are not codes', () => {
    const noise = 'Received: from mx (192.0.2.153) port :587 by 10.0.0.1 at 23:34:45 +0900 id 15.1.112.19 Exim 4.72 v5.1.1 <20130429.550@example.jp> 2001:db8::222';
    expect(findReplyCodes(noise)).toEqual([]);
    expect(findStatusCodes(noise)).toEqual([]);
  });

  it('qmail writes the status in parentheses with a hash: (#4.4.1)', () => {
    expect(leadCodes("Sorry, I wasn't able to establish an SMTP connection. (#4.4.1)")).toMatchObject({ replyCode: null, status: '4.4.1' });
  });

  it('Exchange writes #550 5.1.1 ... ##', () => {
    expect(leadCodes('#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##')).toMatchObject({ replyCode: '550', status: '5.1.1' });
  });

  it('the reply code is the one after "said:", not a number earlier in the line', () => {
    expect(leadCodes('host mx.example.jp[192.0.2.1] said: 550 5.1.1 <kim@example.jp>: unknown')).toMatchObject({ replyCode: '550', status: '5.1.1' });
  });

  it('a 4.4.7 expiry wrapping the real error reports the real error', () => {
    expect(leadCodes('554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>').status).toBe('4.4.2');
  });

  it('continuation lines (550-5.1.1 ...) are joined into one sentence without their prefixes', () => {
    const raw = '550-5.1.1 The email account that you tried to reach does not exist. Please try\n550-5.1.1 double-checking the recipient\'s email address for typos or\n550 5.1.1 unnecessary spaces. - gsmtp';
    expect(joinContinuations(raw)).toBe("550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. - gsmtp");
  });

  it('continuation prefixes in the middle of a re-wrapped line are dropped too', () => {
    expect(joinContinuations('421-4.7.0 fails to pass 421-4.7.0 authentication checks 421 4.7.0 information.')).toBe('421-4.7.0 fails to pass authentication checks information.');
  });

  it('between a DSN Status: field and the reply\'s own code, the one agreeing with the reply code wins, then the more precise', () => {
    expect(preferStatus('5.0.0', '5.1.1', '550')).toBe('5.1.1');
    expect(preferStatus('5.1.1', '4.2.2', '550')).toBe('5.1.1');
    expect(preferStatus('5.1.1', '5.7.1', '550')).toBe('5.7.1');
    expect(preferStatus(null, '5.2.2', '552')).toBe('5.2.2');
  });
});

describe('pastes that are not whole messages', () => {
  it('one copied line gives one diagnosis without a recipient', async () => {
    const x = await extract('554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)');
    expect(x.kind).toBe('text');
    expect(x.records).toEqual([expect.objectContaining({ recipient: null, replyCode: '554', status: '5.7.1' })]);
  });

  it('a Sendmail "(reason: ...)" line gives the recipient and the reply without the parentheses', async () => {
    const x = await extract('<kim@hanmail.net> (reason: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06))');
    expect(x.records[0]).toMatchObject({ recipient: 'kim@hanmail.net', diagnostic: '554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)' });
  });

  it('only the DSN part, pasted on its own, is read field by field', async () => {
    const x = await extract('Reporting-MTA: dns; mail.example.co.kr\n\nFinal-Recipient: rfc822; kim@hanmail.net\nAction: failed\nStatus: 5.7.1\nRemote-MTA: dns; mx1.hanmail.net\nDiagnostic-Code: smtp; 554 5.7.1 DAS51 192.0.2.25: Your mail is\n    blocked automatically by anti-spam system. (E06)\n');
    expect(x.records).toEqual([
      expect.objectContaining({ recipient: 'kim@hanmail.net', action: 'failed', status: '5.7.1', replyCode: '554', remoteHost: 'mx1.hanmail.net', diagnostic: '554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)' }),
    ]);
  });

  it('Postfix log lines give one record per bounced recipient, with the relay and the dsn= code (not the X.0.0 Postfix derives from a bare reply code)', async () => {
    const log = [
      'Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@hanmail.net>, relay=mx1.hanmail.net[203.0.113.10]:25, delay=4.1, delays=0.1/0/2/2, dsn=5.7.1, status=bounced (host mx1.hanmail.net[203.0.113.10] said: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06) (in reply to end of DATA command))',
      'Nov 28 10:12:04 mail postfix/smtp[2211]: 5A1B2C3D4E: to=<lee@example.org>, relay=mx.example.org[192.0.2.153]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 123)',
      'Nov 28 10:12:05 mail postfix/smtp[2212]: 6B2C3D4E5F: to=<wang@qq.com>, relay=mx3.qq.com[203.0.113.40]:25, delay=3, delays=0.1/0/1/2, dsn=4.0.0, status=deferred (host mx3.qq.com[203.0.113.40] said: 450 Ip frequency limited (in reply to RCPT TO command))',
    ].join('\n');
    const x = await extract(log);
    expect(x.records.map((r) => [r.recipient, r.replyCode, r.status, r.action, r.command, r.remoteHost])).toEqual([
      ['kim@hanmail.net', '554', '5.7.1', 'failed', 'DATA', 'mx1.hanmail.net [203.0.113.10]'],
      ['wang@qq.com', '450', null, 'delayed', 'RCPT', 'mx3.qq.com [203.0.113.40]'],
    ]);
    // A dsn= with a real detail is the status even when the reply text has none.
    const withDsn = await extract(log.split('\n')[2]!.replace('dsn=4.0.0', 'dsn=4.7.1'));
    expect(withDsn.records[0]?.status).toBe('4.7.1');
  });

  it('Exim and Sendmail log lines are read too', async () => {
    const x = await extract(
      [
        '2026-11-28 10:00:00 1vQ2a3-000Abc-7Z ** kim@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<kim@example.com>: 550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown in local recipient table',
        'Nov 28 10:07:02 smtp sm-mta[12345]: wBQA72jN012345: to=<kim@example.net>, delay=04:00:03, xdelay=00:00:01, mailer=esmtp, pri=120532, relay=mx.example.net. [192.0.2.7], dsn=4.1.8, stat=Deferred: 451 4.1.8 Domain of sender address im@example.co.kr does not resolve',
      ].join('\n'),
    );
    expect(x.records.map((r) => [r.recipient, r.replyCode, r.status, r.action])).toEqual([
      ['kim@example.com', '550', '5.1.1', 'failed'],
      ['kim@example.net', '451', '4.1.8', 'delayed'],
    ]);
    expect(x.records[0]?.command).toBe('RCPT');
  });

  it('a bare code is a code query, whether typed or piped with a newline', async () => {
    expect(await extract('5.7.1')).toMatchObject({ kind: 'code', code: '5.7.1' });
    expect(await extract(new TextEncoder().encode('550\n'))).toMatchObject({ kind: 'code', code: '550' });
    expect(await extract('x.7.1')).toMatchObject({ kind: 'code', code: 'X.7.1' });
  });
});

describe('bounces that hide who failed or why', () => {
  const message = (body: string, type = 'text/plain') => `From: MAILER-DAEMON@mx.example.net\nTo: neko@example.net\nSubject: Mail delivery failed\nMIME-Version: 1.0\nContent-Type: ${type}\n\n${body}\n`;
  const rows = async (text: string) => (await extract(text)).records.map((r) => [r.recipient, r.status, r.diagnostic]);

  it('GMX quotes each failed address before its own reply: two recipients, two causes', async () => {
    expect(await rows(message([
      'A message that you sent could not be delivered to one or more of', 'its recipients. This is a permanent error. The following address', 'failed:', '',
      '"mikeneko@example.co.jp":', 'SMTP error from remote server after RCPT command:', 'host: mx.example.co.jp', '5.2.1 <mikeneko@example.co.jp>... User Unknown',
      '"sabineko@example.co.jp":', 'SMTP error from remote server after RCPT command:', 'host: mx.example.co.jp', '5.2.2 <sabineko@example.co.jp>... Mailbox Full',
    ].join('\n')))).toEqual([
      ['mikeneko@example.co.jp', '5.2.1', 'SMTP error from remote server after RCPT command: host: mx.example.co.jp 5.2.1 <mikeneko@example.co.jp>... User Unknown'],
      ['sabineko@example.co.jp', '5.2.2', 'SMTP error from remote server after RCPT command: host: mx.example.co.jp 5.2.2 <sabineko@example.co.jp>... Mailbox Full'],
    ]);
  });

  it('Zoho gives one line per recipient, the address first', async () => {
    expect(await rows(message([
      'This message was created automatically by mail delivery software.', '',
      'mikeneko@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <mikeneko@example.co.jp>... User Unknown',
      'sabineko@example.co.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <sabineko@example.co.jp>... Mailbox Full',
    ].join('\n')))).toEqual([
      ['mikeneko@example.co.jp', '5.2.1', 'Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.1 <mikeneko@example.co.jp>... User Unknown'],
      ['sabineko@example.co.jp', '5.2.2', 'Invalid Address, ERROR_CODE :550, ERROR_CODE :5.2.2 <sabineko@example.co.jp>... Mailbox Full'],
    ]);
  });

  it('a bounce forwarded inline after an mbox "From MAILER-DAEMON" line is read from there', async () => {
    const inner = [
      'From MAILER-DAEMON  Thu Apr 29 23:34:45 2015', 'From: MAILER-DAEMON@relay.example.ne.jp (Mail Delivery System)', 'Subject: Undelivered Mail Returned to Sender',
      'To: postmaster@example.ne.jp', 'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="IN"', '',
      '--IN', 'Content-Type: text/plain', '', 'This is the Postfix program at host relay.example.ne.jp.', '',
      '<kim@example.ne.jp>: delivery temporarily suspended: connect to mx.example.com[192.0.2.232]: server refused to talk to me: 421 Service not available', '',
      '--IN', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; relay.example.ne.jp', '',
      'Final-Recipient: rfc822; kim@example.ne.jp', 'Action: failed', 'Status: 4.0.0',
      'Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to mx.example.com[192.0.2.232]: server refused to talk to me: 421 Service not available', '', '--IN--',
    ].join('\n');
    const x = await extract(message(`I'm sorry to have to inform you that the message returned\nbelow could not be delivered to one or more destinations.\n\n---------------------------------\n${inner}`));
    expect(x.records.map((r) => [r.recipient, r.replyCode, r.status, r.action])).toEqual([['kim@example.ne.jp', '421', '4.0.0', 'failed']]);
  });

  it('Lotus Notes gives the reason line first, then the address with nothing after it', async () => {
    expect(await rows(message('------- Failure Reasons  --------\n\nUser  not listed in public Name & Address Book\nkim@example.com\n\n\n------- Returned Message --------\nSubject: hi\n'))).toEqual([
      ['kim@example.com', null, 'User not listed in public Name & Address Book'],
    ]);
  });

  it('an address named twice keeps the paragraph with words, not the empty one', async () => {
    const x = await extract(message('The following address(es) failed:\n\n  kim@example.net\n    The mail server could not deliver mail to kim@example.net.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n'));
    expect(x.records.map((r) => r.diagnostic)).toEqual(['The mail server could not deliver mail to kim@example.net. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.']);
  });

  it('MIME boundary lines left in a broken body are not the reply', async () => {
    const x = await extract(message('This message is in MIME format.\n\n--==_FF00/00000000000/FF00\nContent-Type: text/plain; charset="ISO-2022-JP"\n\nThe user(s) account is disabled.\n\n<kim@ezweb.ne.jp>\n\n--==_FF00/00000000000/FF00--'));
    expect(x.records.map((r) => [r.recipient, r.diagnostic])).toEqual([['kim@ezweb.ne.jp', 'The user(s) account is disabled.']]);
  });

  it('a part whose Content-Type lacks the ";" before its charset is still the text/plain notice', async () => {
    const x = await extract(message(
      'This is a multi-part message in MIME format.\n\n--B\nContent-Type: text/plain\n   charset="iso-2022-jp"\n\n---The following addresses had delivery errors---\n\nkim@example.org [User unknown]\n\n--B\nReceived: from 192.0.2.250\nTo: kim@example.org\nSubject: hi\n\nNyaan\n\n--B--',
      'multipart/mixed; boundary="B"',
    ));
    expect(x.records.map((r) => [r.recipient, r.diagnostic])).toEqual([['kim@example.org', 'User unknown]']]);
  });

  it('without a Diagnostic-Code, Sendmail\'s comment after the status code is the cause; a registry name is not', async () => {
    const dsn = (status: string) => message(
      `--B\nContent-Type: text/plain\n\nDelivery to kim@cat.example.net is delayed.\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.net\n\nFinal-Recipient: rfc822; kim@cat.example.net\nAction: delayed\nStatus: ${status}\n\n--B--`,
      'multipart/report; report-type=delivery-status; boundary="B"',
    );
    expect((await extract(dsn('4.0.0 (cat.example.net: host name lookup failure)'))).records[0]?.diagnostic).toBe('cat.example.net: host name lookup failure');
    expect((await extract(dsn('4.4.0 (other or undefined network or routing status)'))).records[0]?.diagnostic).toBe('Delivery to kim@cat.example.net is delayed.');
  });
});
