/**
 * Real bounces from the Sisimai corpus (BSD-2, tests/fixtures/bounces/sisimai): each MTA's way of
 * saying who failed and why is read into the right recipient, codes and remote text.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex, extract } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';
import { bounce } from './helpers/bounces';

const index = buildIndex(fixtureArticles);
const read = async (name: string) => (await extract(bounce(`sisimai/${name}`))).records;
const diagnose = async (name: string) => (await analyze(bounce(`sisimai/${name}`), index, { lang: 'en' })).diagnoses;

describe('reading each MTA\'s bounce format', () => {
  it('Postfix: the recipient, the host that said it, the reply joined over its lines, and the RCPT TO stage', async () => {
    const [r] = await read('lhost-postfix-36.eml');
    expect(r).toMatchObject({ recipient: 'otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp', replyCode: '550', command: 'RCPT', remoteHost: 'lsean.ezweb.ne.jp' });
    expect(r?.diagnostic).toBe('550 <otsu-sakaba-hunter-neko-nyaaaaaaan@ezweb.ne.jp>: User unknown');
  });

  it('Exim: two recipients, each with its own status code, both refused at RCPT TO', async () => {
    const rs = await read('lhost-exim-02.eml');
    expect(rs.map((r) => [r.recipient, r.replyCode, r.status, r.command, r.remoteHost])).toEqual([
      ['kijitora@example.jp', '550', '5.1.1', 'RCPT', 'mx.example.jp [192.0.2.153]'],
      ['sabatora@example.jp', '550', '5.2.1', 'RCPT', 'mx.example.jp [192.0.2.153]'],
    ]);
  });

  it('Sendmail: a "user unknown" that came back after DATA is a filter, the one with 5.1.1 an unknown user', async () => {
    const ds = await diagnose('lhost-sendmail-02.eml');
    expect(ds.map((d) => [d.recipient, d.status, d.reason])).toEqual([
      ['userunknown@example.org', '5.1.1', 'userunknown'],
      ['filtered@example.com', '5.2.1', 'filtered'],
    ]);
  });

  it('qmail: the (#5.5.0) status after the reply, and the stage from "most progress was RCPT TO"', async () => {
    const [r] = await read('lhost-qmail-01.eml');
    expect(r).toMatchObject({ recipient: 'kijitora@example.ne.jp', replyCode: '550', status: '5.5.0', command: 'RCPT', remoteHost: '192.0.2.32' });
  });

  it('qmail: "sender was rejected" makes an "Access denied" a refused sender', async () => {
    const [d] = await diagnose('lhost-qmail-03.eml');
    expect(d).toMatchObject({ recipient: 'kijitora@example.org', status: '5.7.1', command: 'MAIL', reason: 'rejected' });
  });

  it('Exchange 2007: the #550 5.1.1 ... ## line in quoted-printable, without the # and ##', async () => {
    const [r] = await read('lhost-exchange2007-01.eml');
    expect(r).toMatchObject({ recipient: 'mikeneko@example.co.jp', replyCode: '550', status: '5.1.1', diagnostic: '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found' });
  });

  it('Office 365: a 5.1.10 status is not cut to 5.1.1, and the Microsoft article is found by its signature', async () => {
    const [d] = await diagnose('lhost-office365-01.eml');
    expect(d).toMatchObject({ recipient: 'kijitora@example.com', replyCode: '550', status: '5.1.10', reason: 'userunknown' });
    expect(d?.matches[0]?.id).toBe('microsoft-550-5110-recipient-not-found');
  });

  it('Gmail as the sender: "The error that the other server returned was:" gives the remote reply', async () => {
    const [r] = await read('lhost-gmail-01.eml');
    expect(r).toMatchObject({ recipient: 'userunknown@example.jp', replyCode: '550', status: '5.1.1', diagnostic: '550 5.1.1 <userunknown@example.jp>... User Unknown' });
  });

  it('Gmail as the receiver: 550-5.1.1 continuation lines, re-wrapped mid-line, become one sentence', async () => {
    const [d] = await diagnose('rhost-google-02.eml');
    expect(d?.diagnostic).toMatch(/^550-5\.1\.1 The email account that you tried to reach does not exist\. Please try double-checking the recipient's email address for typos or unnecessary spaces\./);
    expect(d?.matches[0]?.id).toBe('gmail-550-511-account-does-not-exist');
  });

  it('Amazon SES: "4.4.7 Message expired" wrapping "421 4.4.2 Connection timed out" reports the inner 4.4.2', async () => {
    const [r] = await read('lhost-amazonses-17.eml');
    expect(r?.status).toBe('4.4.2');
  });

  it('Tencent as the receiver: lands on the frequency-limit article', async () => {
    const [d] = await diagnose('rhost-tencent-01.eml');
    expect(d?.reason).toBe('speeding');
    expect(d?.matches[0]?.id).toBe('tencent-550-ip-frequency-limited');
  });

  it('DragonFly: a DMARC rejection after "did not like our final DATA", split over 550-5.7.26 lines', async () => {
    const [d] = await diagnose('lhost-dragonfly-01.eml');
    expect(d).toMatchObject({ recipient: 'pseudo-local-part@google.example.com', replyCode: '550', status: '5.7.26', command: 'DATA', reason: 'authfailure' });
    expect(d?.diagnostic).toContain("is not accepted due to domain's DMARC policy. Please contact");
  });

  it('a multipart/report whose boundaries are missing is still read, from its plain body', async () => {
    const [r] = await read('rfc3464-04.eml');
    expect(r).toMatchObject({ recipient: 'kijitora@mailx-53.neko.example.edu', replyCode: '554', status: '5.5.0' });
  });

  it('Exim without a code: "mailbox is full: retry timeout exceeded" is a full mailbox', async () => {
    const [d] = await diagnose('lhost-exim-07.eml');
    expect(d?.reason).toBe('mailboxfull');
  });

  it('Postfix name-service trouble ("Malformed or unexpected name server reply") is a network error, not a dead domain', async () => {
    const [d] = await diagnose('lhost-postfix-17.eml');
    expect(d).toMatchObject({ status: '5.4.4', reason: 'networkerror' });
  });
});
