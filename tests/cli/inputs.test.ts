/**
 * What `bouncekb` reads: folders, maildirs, mbox files, .gz files, standard input, mail logs;
 * and a single message only up to the cap (reading /dev/zero ends).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main';
import { CAP, readInputs, type Item } from '../../lib/cli/inputs';
import { looksLikeMailLog } from '../../lib/cli/maillog';
import { io } from './helpers/io';

const FIX = path.resolve(__dirname, '../fixtures/bounces/korean');
const DAS51 = fs.readFileSync(path.join(FIX, 'daum-das51-postfix.eml'));
const TENCENT = fs.readFileSync(path.join(FIX, 'tencent-ip-frequency-qmail.eml'));

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-inputs-'));
}

async function items(paths: string[], stdin: Readable = Readable.from([])): Promise<Item[]> {
  const out: Item[] = [];
  for await (const r of readInputs(paths, stdin)) {
    if ('problem' in r) throw new Error(`${r.name}: ${r.problem}`);
    out.push(r);
  }
  return out;
}

async function json(args: string[], stdin = '') {
  const t = io({}, stdin);
  const code = await main(['match', '--json', ...args], t.io);
  return { code, rows: t.text().split('\n').filter(Boolean).map((l) => JSON.parse(l)), err: t.err };
}

describe('folders and maildirs', () => {
  it('a folder is read recursively, in name order; dot files are skipped', async () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'b/c'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'b/c/2.eml'), DAS51);
    fs.writeFileSync(path.join(dir, 'a.eml'), TENCENT);
    fs.writeFileSync(path.join(dir, '.hidden'), 'x');
    const { code, rows } = await json([dir]);
    expect(code).toBe(0);
    expect(rows.map((r) => path.relative(dir, r.file))).toEqual(['a.eml', path.join('b', 'c', '2.eml')]);
    expect(rows[1].diagnoses[0].matches[0].id).toBe('daum-das51-antispam-block');
  });

  it('a maildir: the messages in cur/ and new/, not tmp/ or the index files', async () => {
    const dir = tmp();
    for (const d of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(dir, d));
    fs.writeFileSync(path.join(dir, 'cur', '1700000000.M1P1.host:2,S'), DAS51);
    fs.writeFileSync(path.join(dir, 'new', '1700000001.M2P2.host'), TENCENT);
    fs.writeFileSync(path.join(dir, 'tmp', '1700000002.M3P3.host'), DAS51);
    fs.writeFileSync(path.join(dir, 'dovecot-uidlist'), '3 V1 N4\n');
    const got = await items([dir]);
    expect(got.map((i) => path.relative(dir, i.name))).toEqual([path.join('cur', '1700000000.M1P1.host:2,S'), path.join('new', '1700000001.M2P2.host')]);
  });
});

describe('mbox', () => {
  const mbox = Buffer.concat([
    Buffer.from('From MAILER-DAEMON  Thu Apr 29 23:34:45 2025\n'), DAS51, Buffer.from('\n'),
    Buffer.from('From MAILER-DAEMON  Thu Apr 29 23:35:00 2025\n'), TENCENT, Buffer.from('\n'),
  ]);

  it('an mbox file gives one result per message, named file#N', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bounces.mbox'), mbox);
    const { rows } = await json([path.join(dir, 'bounces.mbox')]);
    expect(rows.map((r) => path.basename(r.file))).toEqual(['bounces.mbox#1', 'bounces.mbox#2']);
    expect(rows[0].diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1' });
    expect(rows[1].diagnoses.length).toBeGreaterThan(0);
  });

  it('a large mbox is streamed: each message cut at the cap, the next one still found', async () => {
    const big = Buffer.concat([Buffer.from('From: a@example.com\nSubject: big\n\n'), Buffer.alloc(CAP + 200_000, 0x61), Buffer.from('\n')]);
    const file = path.join(tmp(), 'big.mbox');
    fs.writeFileSync(file, Buffer.concat([mbox.subarray(0, mbox.indexOf('\nFrom ', 10) + 1), Buffer.from('From MAILER-DAEMON  Thu Apr 29 23:34:50 2025\n'), big, mbox.subarray(mbox.indexOf('\nFrom ', 10) + 1)]));
    const got = await items([file]);
    expect(got.map((i) => path.basename(i.name))).toEqual(['big.mbox#1', 'big.mbox#2', 'big.mbox#3']);
    expect((got[1] as Item).data.length).toBe(CAP);
    expect((got[1] as Item).note).toMatch(/512 KB/);
    expect(Buffer.from((got[2] as Item).data).toString('latin1')).toMatch(/^From MAILER-DAEMON  Thu Apr 29 23:35:00 2025\n/);
    expect((got[2] as Item).note).toBeUndefined();
  });

  it('an mbox on standard input is split the same way (streamed)', async () => {
    const { rows } = await json(['-'], mbox.toString('latin1'));
    expect(rows.map((r) => r.file)).toEqual(['-#1', '-#2']);
  });
});

describe('.gz files', () => {
  it('a gzipped message and a gzipped mbox are read through gunzip', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'one.eml.gz'), gzipSync(DAS51));
    const { rows } = await json([path.join(dir, 'one.eml.gz')]);
    expect(rows).toHaveLength(1);
    expect(rows[0].diagnoses[0].matches[0].id).toBe('daum-das51-antispam-block');
  });

  it('a broken .gz is one line on stderr and exit 2', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bad.gz'), Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4]));
    const { code, err } = await json([path.join(dir, 'bad.gz')]);
    expect(code).toBe(2);
    expect(err[0]).toMatch(/^bouncekb: cannot read .*bad\.gz: /);
  });

  it('a gzip bomb is read only up to the cap', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'bomb.gz'), gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x41)));
    const got = await items([path.join(dir, 'bomb.gz')]);
    expect(got).toHaveLength(1);
    expect((got[0] as Item).data.length).toBe(CAP);
    expect((got[0] as Item).note).toMatch(/only the first 512 KB were read/);
  });
});

describe('mail logs: one result per message with failed or deferred deliveries, the log line as evidence', () => {
  const postfix = [
    'Nov 28 10:12:01 mail postfix/qmgr[2210]: 4F2C13B0A1: from=<news@example.com>, size=2048, nrcpt=2 (queue active)',
    'Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@hanmail.net>, relay=mx1.hanmail.net[203.0.113.5]:25, delay=2, dsn=5.7.1, status=bounced (host mx1.hanmail.net[203.0.113.5] said: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06) (in reply to end of DATA command))',
    'Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<lee@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=2, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
    'Nov 28 10:12:04 mail postfix/smtp[2212]: 7A1B2C3D4E: to=<park@gmail.com>, relay=gmail-smtp-in.l.google.com[142.250.1.27]:25, delay=1, dsn=4.7.0, status=deferred (host gmail-smtp-in.l.google.com[142.250.1.27] said: 421-4.7.0 [192.0.2.25 15] Our system has detected an unusual rate of unsolicited mail (in reply to end of DATA command))',
    'Nov 28 10:12:05 mail postfix/qmgr[2210]: 4F2C13B0A1: removed',
  ].join('\n');

  it('Postfix: grouped by queue id, sent deliveries left out', async () => {
    expect(looksLikeMailLog(postfix)).toBe(true);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'mail.log'), `${postfix}\n`);
    const { rows } = await json([path.join(dir, 'mail.log')]);
    expect(rows.map((r) => path.basename(r.file))).toEqual(['mail.log#4F2C13B0A1', 'mail.log#7A1B2C3D4E']);
    expect(rows[0].diagnoses).toHaveLength(1);
    expect(rows[0].diagnoses[0]).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1', reason: 'blocked' });
    expect(rows[0].diagnoses[0].matches[0].id).toBe('daum-das51-antispam-block');
    expect(rows[1].diagnoses[0]).toMatchObject({ recipient: 'park@gmail.com', status: '4.7.0', severity: 'transient' });
    expect(rows[1].kind).toBe('delay');
    // The log line is the evidence, in JSON and in the text output.
    expect(rows[0].log).toEqual([postfix.split('\n')[1]]);
    const t = io();
    expect(await main(['match', '--lang', 'en', path.join(dir, 'mail.log')], t.io)).toBe(0);
    expect(t.text()).toContain(`== ${path.join(dir, 'mail.log')}#4F2C13B0A1\n   log: Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@hanmail.net>`);
  });

  it('Exim, Sendmail and qmail logs', async () => {
    const exim = '2025-11-28 10:12:03 1vPqRs-000abc-XY ** kim@hanmail.net R=dnslookup T=remote_smtp H=mx1.hanmail.net [203.0.113.5]: SMTP error from remote mail server after end of data: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)\n2025-11-28 10:12:03 1vPqRs-000abc-XY Completed\n';
    const sendmail = 'Nov 28 10:12:03 mail sm-mta[4321]: 5ASAC3xq004321: to=<kim@hanmail.net>, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=120000, relay=mx1.hanmail.net. [203.0.113.5], dsn=5.7.1, stat=Service unavailable: 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)\n';
    const qmail = [
      '@400000006565a1b20c1d2e3f starting delivery 17: msg 131090 to remote kim@hanmail.net',
      '@400000006565a1b20c1d2e40 delivery 17: failure: 203.0.113.5_does_not_like_recipient./Remote_host_said:_554_5.7.1_DAS51_192.0.2.25:_Your_mail_is_blocked_automatically_by_anti-spam_system._(E06)/Giving_up_on_203.0.113.5./',
      '@400000006565a1b20c1d2e41 end msg 131090',
    ].join('\n');
    for (const [name, log, id] of [['exim_mainlog', exim, '1vPqRs-000abc-XY'], ['maillog', sendmail, '5ASAC3xq004321'], ['current', qmail, '131090']] as const) {
      const dir = tmp();
      fs.writeFileSync(path.join(dir, name), log);
      const { rows } = await json([path.join(dir, name)]);
      expect(rows.map((r) => path.basename(r.file)), name).toEqual([`${name}#${id}`]);
      expect(rows[0].diagnoses[0], name).toMatchObject({ recipient: 'kim@hanmail.net', status: '5.7.1' });
      expect(rows[0].diagnoses[0].matches[0].id, name).toBe('daum-das51-antispam-block');
      expect(rows[0].log, name).toEqual([log.split('\n').find((l) => l.includes('DAS51'))]);
    }
  });

  it('a log on standard input, and a .gz log, are streamed the same way', async () => {
    const { rows } = await json(['-'], postfix);
    expect(rows.map((r) => r.file)).toEqual(['-#4F2C13B0A1', '-#7A1B2C3D4E']);
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'mail.log.1.gz'), gzipSync(Buffer.from(postfix)));
    const gz = await json([path.join(dir, 'mail.log.1.gz')]);
    expect(gz.rows).toHaveLength(2);
  });
});

describe('the cap: only the first 512 KB of a message are read', () => {
  it('`bouncekb match /dev/zero` ends, with a note and no diagnosis', async () => {
    if (!fs.existsSync('/dev/zero')) return;
    const { code, rows } = await json(['/dev/zero']);
    expect(code).toBe(0);
    expect(rows).toHaveLength(1);
    expect(rows[0].kind).toBe('not-a-bounce');
    expect(rows[0].notes.join(' ')).toMatch(/only the first 512 KB were read/);
  });

  it('standard input that never ends is read only up to the cap', async () => {
    let produced = 0;
    const endless = new Readable({
      read() {
        produced += 65536;
        this.push(Buffer.alloc(65536, 0x78));
      },
    });
    const got = await items(['-'], endless);
    expect(got).toHaveLength(1);
    expect((got[0] as Item).data.length).toBe(CAP);
    expect(produced).toBeLessThan(CAP + 4 * 65536);
  });
});
