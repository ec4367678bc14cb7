/**
 * The bounces a Korean mail admin meets, pasted whole: each lands on the article that explains it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';
import { bounce } from './helpers/bounces';

const index = buildIndex(fixtureArticles);

async function top(name: string, lang: 'ko' | 'en' = 'ko') {
  const { diagnoses } = await analyze(bounce(`korean/${name}`), index, { lang });
  return diagnoses;
}

describe('Korean provider bounces', () => {
  it('pasting a Daum DAS51 bounce via Postfix lands on the anti-spam block article, with the phrase, the code and the provider as evidence', async () => {
    const [d, ...rest] = await top('daum-das51-postfix.eml');
    expect(rest).toHaveLength(0);
    expect(d).toMatchObject({ recipient: 'kim@hanmail.net', replyCode: '554', status: '5.7.1', reason: 'blocked', severity: 'permanent', provider: 'daum' });
    expect(d?.diagnostic).toBe('554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)');
    expect(d?.remoteHost).toBe('mx1.hanmail.net');
    const m = d?.matches[0];
    expect(m?.id).toBe('daum-das51-antispam-block');
    expect(m?.url).toBe('/ko/errors/daum-das51-antispam-block/');
    expect(m?.why.kind).toBe('signature');
    expect(m?.evidence).toEqual(expect.arrayContaining(['DAS51', '5.7.1', 'hanmail.net']));
    expect(m?.score).toBeGreaterThan(0.9);
  });

  it('the words of the returned message (user unknown, 550, 5.1.1) are not read as the server reply', async () => {
    const [d] = await top('daum-das51-postfix.eml');
    expect(d?.diagnostic).not.toMatch(/sender's own text/);
    expect(d?.reason).toBe('blocked');
  });

  it('a Daum block at the greeting, reported by qmail, lands on the IP-blocked article, not on the DAS51 one', async () => {
    const [d] = await top('daum-ip-blocked-qmail.eml');
    expect(d).toMatchObject({ recipient: 'lee@hanmail.net', replyCode: '554', status: '5.7.1', reason: 'blocked', command: 'CONN' });
    expect(d?.matches[0]?.id).toBe('daum-554-571-ip-blocked');
    expect(d?.matches[0]?.evidence).toEqual(expect.arrayContaining(['5.7.1', 'Your IP address is blocked']));
  });

  it('"dosen\'t match with your IP address" in a Sendmail list is a missing PTR, though the code is the same 554 5.7.1', async () => {
    const [d] = await top('daum-ptr-sendmail.eml');
    expect(d).toMatchObject({ recipient: 'choi@hanmail.net', status: '5.7.1', reason: 'requireptr' });
    expect(d?.matches[0]?.id).toBe('daum-554-571-hostname-ip-mismatch');
  });

  it('a Naver real-IP refusal lands on the Naver article, found by both of its phrases', async () => {
    const [d] = await top('naver-realip-postfix.eml');
    expect(d).toMatchObject({ recipient: 'jung@naver.com', replyCode: '421', status: '4.3.2', reason: 'blocked', command: 'MAIL', provider: 'naver' });
    expect(d?.matches[0]?.id).toBe('naver-ip-filtered-mass-mail');
    // Evidence is quoted as it stands in the bounce, line break included, so it can be highlighted there.
    expect(d?.matches[0]?.evidence).toEqual(expect.arrayContaining([expect.stringMatching(/^is filtered and this connection will be\s+closed$/), 'realip.naver.com']));
  });

  it('a Sendmail "could not send for 4 hours" warning with 451 4.1.8 is a delay about the sender\'s domain', async () => {
    const [d] = await top('sendmail-451-418-delayed.eml');
    expect(d).toMatchObject({ recipient: 'kim@example.net', replyCode: '451', status: '4.1.8', reason: 'rejected', severity: 'transient', action: 'delayed' });
    expect(d?.diagnostic).toBe('451 4.1.8 Domain of sender address im@example.co.kr does not resolve');
    expect(d?.matches[0]?.id).toBe('sendmail-451-418-sender-domain-unresolved');
  });

  it('a qmail TLS 140770FC failure, split over two lines, lands on the TLS article', async () => {
    const [d] = await top('qmail-tls-140770fc.eml');
    expect(d).toMatchObject({ recipient: 'han@example.com', replyCode: null, status: null, reason: 'failedstarttls' });
    expect(d?.diagnostic).toMatch(/^TLS connect failed: error:140770FC:SSL routines:SSL23_GET_SERVER_HELLO:unknown protocol/);
    expect(d?.matches[0]?.id).toBe('qmail-tls-140770fc-unknown-protocol');
  });

  it('Gmail\'s 421-4.7.0 reply, re-wrapped by Postfix, is joined into one sentence and lands on the authentication article', async () => {
    const [d] = await top('gmail-421-470-postfix-delayed.eml');
    expect(d?.diagnostic).toContain('fails to pass authentication checks. To best protect our users from spam, the message has been blocked.');
    expect(d?.diagnostic).not.toMatch(/pass 421-4\.7\.0/);
    expect(d).toMatchObject({ replyCode: '421', status: '4.7.0', reason: 'authfailure', severity: 'transient', provider: 'gmail' });
    expect(d?.matches[0]?.id).toBe('gmail-421-470-unauthenticated');
  });

  it('Tencent\'s "550 Ip frequency limited" is a rate limit, not an unknown user, whatever 550 usually means', async () => {
    const [d] = await top('tencent-ip-frequency-qmail.eml');
    expect(d).toMatchObject({ recipient: 'wang@qq.com', replyCode: '550', status: null, reason: 'speeding', command: 'DATA', provider: 'tencent' });
    expect(d?.matches[0]?.id).toBe('tencent-550-ip-frequency-limited');
  });

  it('a bounce for three recipients gives three diagnoses, in bounce order, each with its own article', async () => {
    const ds = await top('multi-recipient-postfix.eml');
    expect(ds.map((d) => [d.recipient, d.status, d.reason, d.matches[0]?.id])).toEqual([
      ['nobody@example.org', '5.1.1', 'userunknown', 'mta-550-user-unknown-local'],
      ['full@hanmail.net', '5.2.2', 'mailboxfull', 'daum-552-522-mailbox-full'],
      ['kim@hanmail.net', '5.7.1', 'blocked', 'daum-das51-antispam-block'],
    ]);
  });

  it('in a bounce for several recipients, one recipient\'s provider does not leak into another\'s diagnosis', async () => {
    const [first] = await top('multi-recipient-postfix.eml');
    expect(first?.provider).not.toBe('daum');
    const daum = first?.matches.find((m) => m.id === 'daum-550-511-no-such-user');
    expect(daum?.why.kind).toBe('code');
    expect(first?.matches[0]?.id).toBe('mta-550-user-unknown-local');
  });

  it('an EUC-KR notice in base64 is decoded and read like any other', async () => {
    const [d] = await top('euc-kr-base64.eml');
    expect(d).toMatchObject({ recipient: 'song@hanmail.net', status: '5.7.1', reason: 'blocked' });
    expect(d?.matches[0]?.id).toBe('daum-das51-antispam-block');
  });

  it('an ISO-2022-JP notice is decoded and its mailbox-full reply found', async () => {
    const [d] = await top('iso-2022-jp.eml');
    expect(d).toMatchObject({ recipient: 'tanaka@example.jp', replyCode: '552', status: '5.2.2', reason: 'mailboxfull' });
    expect(d?.matches.map((m) => m.id)).toContain('status-x-2-2');
    expect(d?.matches[0]?.reason).toBe('mailboxfull');
  });

  it('an Exchange notice in quoted-printable gives one diagnosis (not two) for the recipient it names twice', async () => {
    const ds = await top('exchange-qp.eml', 'en');
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ recipient: 'baek@example.com', replyCode: '550', status: '5.1.10', reason: 'userunknown' });
    expect(ds[0]?.matches[0]).toMatchObject({ id: 'microsoft-550-5110-recipient-not-found', url: '/en/errors/microsoft-550-5110-recipient-not-found/' });
  });
});
