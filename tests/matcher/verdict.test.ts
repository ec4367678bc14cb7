/**
 * What the pasted input is, said first: a bounce, a delay warning, an auto-reply, an abuse
 * report, a success notice or ordinary mail; and temporary or permanent, from what the bounce
 * itself says. Real messages from other projects' corpora (tests/fixtures/bounces/<source>/).
 */
import { describe, expect, it } from 'vitest';
import { analyze, buildIndex } from '../../lib/matcher';
import { fixtureArticles } from './helpers/articles';
import { bounce } from './helpers/bounces';

const index = buildIndex(fixtureArticles);
const read = (name: string) => analyze(bounce(name), index, { lang: 'en' });

describe('the verdict on a pasted message', () => {
  it('an out-of-office reply is an auto-reply, not a bounce, and links to the vacation page', async () => {
    const a = await read('bounceparser/aol-vacation.msg');
    expect(a.verdict).toMatchObject({ kind: 'autoreply', page: 'reason-vacation' });
    expect(a.diagnoses.map((d) => d.reason)).toEqual(['vacation']);
    expect(a.diagnoses[0]?.severity).toBeUndefined();
  });

  it('an auto-reply in Latvian marked X-Autoreply is an auto-reply', async () => {
    expect((await read('bounce-email/nonbounce-tt_1234211024.txt')).verdict?.kind).toBe('autoreply');
  });

  it('an abuse report (ARF) is feedback, with its feedback type', async () => {
    const a = await read('php-bounce-handler/arf1.txt');
    expect(a.verdict).toMatchObject({ kind: 'feedback', page: 'reason-feedback', feedbackType: 'abuse' });
    expect(a.diagnoses[0]?.reason).toBe('feedback');
  });

  it("Hotmail's older complaint format is feedback too", async () => {
    expect((await read('php-bounce-handler/fbl-hotmail.txt')).verdict?.kind).toBe('feedback');
  });

  it('a spam message and a challenge-response request are not bounces and give no diagnosis', async () => {
    for (const name of ['bounceparser/spam-with-image.msg', 'bounceparser/boxbe-cr.msg']) {
      const a = await read(name);
      expect(a.verdict?.kind, name).toBe('not-a-bounce');
      expect(a.diagnoses, name).toEqual([]);
    }
  });

  it('an Exim "delayed 72 hours" warning is a delay: temporary, although it says the software will give up one day', async () => {
    const a = await read('php-bounce-handler/29.eml');
    expect(a.verdict?.kind).toBe('delay');
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'carla@towebs.com', severity: 'transient' });
  });

  it('a Gmail "Delivery Status Notification (Delay)" is a delay with its recipient', async () => {
    const a = await read('bounce-email/tt_bounce_12_soft.txt');
    expect(a.verdict?.kind).toBe('delay');
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'info@radioliepaja.lv', severity: 'transient' });
  });

  it('a DSN with Action: failed and Status: 4.4.7 is a permanent failure (given up after retries)', async () => {
    const a = await read('flufl-bounce/dsn_02.txt');
    expect(a.verdict?.kind).toBe('bounce');
    expect(a.diagnoses[0]).toMatchObject({ status: '4.4.7', severity: 'permanent' });
    expect(a.diagnoses[0]?.severityWhy).toMatch(/Action: failed/);
  });

  it('a null-sender "That\'s not a valid user here" marked auto-replied is still a bounce', async () => {
    const a = await read('bounceparser/warning-5.msg');
    expect(a.verdict?.kind).toBe('bounce');
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'a@b.c', severity: 'permanent' });
  });
});

describe('severity from what the text says', () => {
  it('a pasted 4xx reply is temporary; a 5xx wrapping 4.4.7 (QUEUE.Expired) is permanent', async () => {
    expect((await analyze('450 4.2.1 The user you are trying to contact is receiving email too quickly.', index)).diagnoses[0]?.severity).toBe('transient');
    expect((await analyze('550 4.4.7 QUEUE.Expired; message expired', index)).diagnoses[0]?.severity).toBe('permanent');
  });

  it("qmail's \"I'm not going to try again\" is permanent even without a code", async () => {
    const a = await analyze("<kim@example.com>:\nSorry, I couldn't find any host named example.com. I'm not going to try again; this message has been in the queue too long.", index);
    expect(a.diagnoses[0]?.severity).toBe('permanent');
  });

  it('a pasted sentence that names no failure is not read as a bounce', async () => {
    expect((await analyze('hello, are we still meeting on Tuesday?', index)).verdict?.kind).toBe('not-a-bounce');
  });
});

describe('recipients from every common format', () => {
  it.each([
    ['flufl-bounce/smtp32_01.txt', ['oliver@pcworld.com.ph']],
    ['flufl-bounce/microsoft_01.txt', ['djbennett@ikon.com']],
    ['flufl-bounce/simple_24.txt', ['liberty@gomaps.com']],
    ['flufl-bounce/simple_37.txt', ['user@uci.edu']],
    ['flufl-bounce/simple_18.txt', ['powell@kesslersupply.com']],
    ['flufl-bounce/sendmail_01.txt', ['zzzzz@nfg.nl']],
    ['flufl-bounce/simple_14.txt', ['iqxwmmfauudpo@dachamp.com', 'dump@dachamp.com']],
    ['flufl-bounce/dsn_01.txt', ['jimmymcegypt@go.com']],
    ['bounceparser/aol-senderblock.msg', ['mykewlaolacct@aol.com']],
    ['bounceparser/novell-with-rhs.msg', ['recipient@example.net']],
    ['php-bounce-handler/12.eml', ['andressaravia@fibertel.com.ar']],
  ])('%s names %j', async (name, want) => {
    const a = await read(name);
    expect(a.diagnoses.map((d) => d.recipient?.toLowerCase())).toEqual(want);
  });

  it('a version number in the subject ("Mailman 2.0.12") is no status code: the Exchange bounce stays a bounce', async () => {
    const a = await read('flufl-bounce/groupwise_02.txt');
    expect(a.verdict?.kind).toBe('bounce');
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'omarmo@thebas.com', status: null });
  });

  it('a DSN whose Status comes before Final-Recipient gives one record per recipient, with its status', async () => {
    const dsn = 'Reporting-MTA: dns; mx.example.com\n\nAction: failed\nStatus: 5.1.1\nfinal-recipient: rfc822; <Kim@Example.com>\noriginal-recipient: rfc822;kim@example.com\nDiagnostic-Code: smtp; 550 5.1.1 unknown\n\nStatus: 5.2.2\nAction: failed\nFinal-Recipient: rfc822; lee@example.com\n';
    const a = await analyze(dsn, index);
    expect(a.diagnoses.map((d) => [d.recipient, d.status])).toEqual([['kim@example.com', '5.1.1'], ['lee@example.com', '5.2.2']]);
  });

  it('a reply code in the Status field is kept ("Status: 553 Exceeded maximum inbound message size")', async () => {
    const a = await analyze('Final-Recipient: rfc822; kim@example.com\nAction: failed\nStatus: 553 Exceeded maximum inbound message size\n', index);
    expect(a.diagnoses[0]).toMatchObject({ recipient: 'kim@example.com', replyCode: '553', reason: 'mesgtoobig' });
  });
});

describe("wording beats the code's default reason", () => {
  const bare = buildIndex([]);
  it.each([
    ['450 4.2.1 The user you are trying to contact is receiving email too quickly.', 'speeding'],
    ['550 5.2.1 The user you are trying to contact is receiving email at a rate that prevents additional messages from being delivered.', 'speeding'],
    ['550 5.2.2 Submission quota exceeded', 'speeding'],
    ['550 5.4.5 Daily user sending limit exceeded.', 'speeding'],
    ['554 5.4.6 Message exceeded 50 hops, this may indicate an email loop.', 'networkerror'],
    ['550 5.7.0 Email relay denied. The sending email account has been temporarily suspended due to abuse.', 'rejected'],
    ['550 5.7.1 Your message failed several antispam checks.', 'spamdetected'],
    ['550 받는 사람의 메일함이 가득 찼습니다', 'mailboxfull'],
    ['550 宛先のユーザーが存在しません', 'userunknown'],
    ['550 Postfach ist voll', 'mailboxfull'],
    ['550 Пользователь не найден', 'userunknown'],
  ])('%s -> %s', async (text, reason) => {
    expect((await analyze(text, bare)).diagnoses[0]?.reason).toBe(reason);
  });

  it('a "scanned for viruses" footer names no virus', async () => {
    const a = await analyze('550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown\nThis email has been scanned for viruses by MessageLabs.', bare);
    expect(a.diagnoses[0]?.reason).not.toBe('virusdetected');
  });
});
