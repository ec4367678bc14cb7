/**
 * The human-readable part of a bounce: who failed and what the remote server said, in the
 * grammar of each MTA. Postfix (`<kim@example.com>: host mx[ip] said: 550 ...`), Sendmail
 * (`(reason: 554 ...)`, `>>> RCPT`/`<<< 550` transcripts), qmail (`<kim@example.com>:` then a
 * paragraph ending in `(#5.1.1)`), Exim (`  kim@example.com` then `SMTP error from remote mail
 * server after RCPT TO`), Exchange (`#550 5.1.1 ... ##`), Gmail (`The error that the other
 * server returned was:`), and a bare pasted reply.
 */
import { joinContinuations, leadCodes } from './codes';
import { findCommand, findRemoteHost } from './context';

/** What one recipient's paragraph says. */
export interface HumanBlock {
  recipient: string | null;
  replyCode: string | null;
  status: string | null;
  diagnostic: string;
  /** The paragraph(s) about this recipient, joined (for phrases said around the reply). */
  context: string;
  command: string | null;
  remoteHost: string | null;
}

const ADDR = String.raw`[^\s<>()\[\]"',;:@]{1,64}@[A-Za-z0-9][A-Za-z0-9.\-]{0,250}[A-Za-z0-9]`;
// Sendmail transcripts without a list: `554 <kim@example.com>... 550 Host unknown` (whole line, address).
const TRANSCRIPT = new RegExp(String.raw`^\s*([45]\d\d[ \-](?:[45]\.\d{1,3}\.\d{1,3}\s+)?<(${ADDR})>\.\.\.\s.*)$`, 'i');
// Sentences: `There was an error delivering your mail to <kim@example.com>.`
const SENTENCE = new RegExp(String.raw`\b(?:deliver(?:ing|ed|y)?(?: (?:your|the|this))?(?: (?:mail|message|e-?mail))? to|your (?:message|mail|e-?mail) to|could not be delivered to|undeliverable\s+to|failed recipient|you sent mail to|(?:your )?message was addressed,? (?:to )?|delivery failed \d+ attempts|unable to deliver (?:your message )?to|did not reach the following recipient(?:\(s\)|s)?|originally addressed to|intended recipient|invalid final delivery userid|undeliverable address|user's mailbox is full|mailbox exceeds allowed size|local mailbox)\s*:?\s*<?(${ADDR})>?`, 'i');
const ANCHORS: RegExp[] = [
  // `<kim@example.com>:`, `  kim@example.com`, `<kim@example.com>`, `"kim@example.com":` (GMX)
  new RegExp(String.raw`^\s*(?:RCPT TO:\s*|[*\-•]\s+)?(?:<|"<?)?(${ADDR})(?:>|>?")?\s*:?\s*$`, 'i'),
  // Postfix: `<kim@example.com>: host ...`, `<kim@example.com> (expanded from <x>): user unknown`
  new RegExp(String.raw`^\s*<(${ADDR})>\s*(?:\(expanded from[^)]{0,300}\)\s*)?:\s*(.+)$`, 'i'),
  // Sendmail fatal-errors list inline: `<kim@example.com> (reason: 554 ...)`; `<kim@example.com>... User unknown`
  new RegExp(String.raw`^\s*<(${ADDR})>\s*(\(.+|\.\.\.\s.+)$`, 'i'),
  // OpenSMTPD and friends: `kim@example.com: 550 5.1.1 ...`
  new RegExp(String.raw`^\s*(${ADDR}):\s+(.+)$`, 'i'),
  // Exchange 2003: `kim@example.com on Thu, 29 Apr 2010 ...`; `kim@example.com [User unknown]`
  new RegExp(String.raw`^\s*<?(${ADDR})>?\s+(?:on\s+\w{3},?\s+\d|\[)(.*)$`, 'i'),
  // Oracle Messaging Server, Domino, LISTSERV/LSMTP and others: `Recipient address: kim@example.com`, `Error-for: kim@example.com`
  new RegExp(String.raw`^\s*(?:recipient address|original recipient|recipient|failed address(?:es)?|address|error-for|bad address|invalid address)\s*:\s*<?(${ADDR})>?\s*$`, 'i'),
  // MDaemon and others: `kim@example.com - no such user here.`
  new RegExp(String.raw`^\s*<?(${ADDR})>?\s+-{1,3}\s+(\S.*)$`, 'i'),
  // GroupWise, Novell: `kim@example.com (user not found)`
  new RegExp(String.raw`^\s*<?(${ADDR})>?\s+\(([^()]{2,200})\)\s*$`, 'i'),
  // Exchange 5.5: `"kim@example.com" <kim@example.com>`, `Kim Neko <kim@example.com>`
  new RegExp(String.raw`^\s*"[^"<>]{0,100}"\s*<(${ADDR})>\s*$`, 'i'),
  // X.400 and legacy Exchange: `c=US;a= ;p=IKON;o=Nexus2;dda:SMTP=kim@example.com; on Fri, 4 Oct 2002`
  new RegExp(String.raw`\bdda:smtp=(${ADDR});?(.*)$`, 'i'),
  // Exchange / Office 365: `Neko<mailto:kim@example.com>`
  new RegExp(String.raw`^\s*[^<>]{0,100}<mailto:(${ADDR})>\s*$`, 'i'),
  TRANSCRIPT,
  // One line per recipient, the address first and the reply after it (Zoho: `kim@example.com
  // Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ...`).
  new RegExp(String.raw`^\s*(${ADDR})\s+([^@]{0,80}?\b[45]\d\d\b.*)$`, 'i'),
  SENTENCE,
];

const EXPANDED = new RegExp(String.raw`^(?:\s*<?[^\s<>()]*>?)?\s*\(expanded from:?\s*<?(${ADDR})>?\)`, 'i');

// Rules of dashes and the like, and MIME boundary lines left in a body whose structure broke.
const SEPARATOR = /^\s*(?:-{3,}|_{5,}|={5,}|\*{5,}|#{5,})|^--[\w'()+,./:=?-]{8,}\s*$/;
const GREETING = /^(?:hi\.|this is the|i'm afraid|i'm sorry|sorry, we were unable|this message was created|a message that you sent|the original message|delivery (?:to the following|has failed)|your message (?:did not|could not|was not)|the mail system|for further assistance|if you do so|delete your own text|the following address|there was an error|an error has occurred|this is a permanent|unfortunately|recipients\.|this is an automatically generated|technical details|this is a warning message|you do not need to resend|\*\* (?:message not delivered|address not found) \*\*|below could not be delivered|be delivered to one or more|this message is in mime format|this is a multi-part message in mime format|this is a mime-encapsulated message|content-(?:type|transfer-encoding|disposition|description):)|could not be delivered to one or more|the following address\(es\) failed/i;
// One short line ending in a colon, with no code in it: a heading above the reason.
const HEADING = /^\s*[A-Za-z][^\n:]{0,60}:\s*$/;
const MAX_LINES = 3000;
const MAX_BLOCK_LINES = 30;
const MAX_DIAG = 1500;

interface Anchor {
  line: number;
  address: string;
  rest: string;
  /** The anchor is a line of a Sendmail transcript (`554 <kim@...>... ...`). */
  transcript?: boolean;
}

/**
 * The remote reply (`<<< 550 ...`) on the line just above a Sendmail transcript line, and the
 * command (`>>> MAIL From:`) it answered. A reply further up may be about another recipient or
 * followed by another failure (`421 ... Deferred: Connection reset`): it is not taken.
 */
function remoteReplyBefore(lines: string[], at: number): { reply: string; command: string | null } | null {
  const m = /^\s*<<<\s*([45]\d\d\b.*)$/.exec(lines[at - 1] ?? '');
  if (!m) return null;
  const cmd = /^\s*>>>\s*([A-Za-z]{4})/.exec(lines[at - 2] ?? '');
  const word = cmd ? (cmd[1] as string).toUpperCase() : null;
  const command = word === 'EHLO' ? 'HELO' : word === 'MAIL' || word === 'RCPT' || word === 'DATA' || word === 'HELO' ? word : null;
  return { reply: (m[1] as string).trim(), command };
}

/** A line a local delivery program (Sendmail's mail.local, procmail, maildrop, Dovecot's LDA) wrote. */
const LOCAL_AGENT = /^\s*((?:mail\.local|procmail|maildrop|dovecot-lda|deliver):\s+\S.*)$/i;

function cleanAddr(a: string): string {
  return a.replace(/^mailto:/i, '').replace(/\.$/, '').toLowerCase();
}

function findAnchors(lines: string[]): Anchor[] {
  const anchors: Anchor[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A quoted-printable soft space left at the end of a line (`kim@example.com=20`).
    const line = (lines[i] as string).replace(/=20\s*$/, '');
    if (line.length > 2000 || !line.includes('@')) continue;
    if (/^\s*(?:>>>|<<<|[\w-]+:\s*(?:rfc822|$)|(?:from|to|cc|reply-to|sender|return-path|message-id|x-[\w-]+|original-recipient|final-recipient)\s*:)/i.test(line)) continue;
    for (const re of ANCHORS) {
      const m = re.exec(line);
      if (!m) continue;
      // The transcript pattern captures the whole line first, then the address.
      let address = cleanAddr((re === TRANSCRIPT ? m[2] : m[1]) as string);
      if (/^(?:mailer-daemon|postmaster)@/i.test(address)) break;
      // An alias the MTA expanded (Postfix `(expanded from <b>)` on the line, Sendmail
      // `(expanded from: b)` below, after its reason): report the address the sender wrote.
      let expanded = EXPANDED.exec(line);
      for (let j = i + 1; !expanded && j <= i + 3 && (lines[j] ?? '').trim(); j++) expanded = EXPANDED.exec(lines[j] as string);
      if (expanded) address = cleanAddr(expanded[1] as string);
      // A transcript line or a sentence naming the recipient is itself part of the notice.
      const rest = re === TRANSCRIPT ? (m[1] as string) : re === SENTENCE ? line : (m[2] ?? '');
      anchors.push({ line: i, address, rest: rest.trim(), transcript: re === TRANSCRIPT });
      break;
    }
  }
  return anchors;
}

/** Paragraph from `start` until a blank line or a separator, joined with newlines. */
function paragraph(lines: string[], start: number, end: number): string {
  const out: string[] = [];
  for (let i = start; i < end && out.length < MAX_BLOCK_LINES; i++) {
    const l = lines[i] as string;
    if (!l.trim() || SEPARATOR.test(l)) {
      if (out.length) break;
      continue;
    }
    out.push(l);
  }
  return out.join('\n');
}

/** The reply inside a block of lines: from the reply code to the end of its paragraph. */
function diagnosticOf(block: string): { diagnostic: string; replyCode: string | null; status: string | null } {
  const lead = leadCodes(block);
  if (lead.replyCode) {
    const diag = joinContinuations(endOfReply(block.slice(lead.index), lead.replyCode)).replace(/\s*##\s*$/, '').replace(/['")]\s*$/, (m) => (m.includes(')') && block.slice(0, lead.index).includes('(') ? '' : m.replace(/['"]/, '')));
    return { diagnostic: diag.slice(0, MAX_DIAG), replyCode: lead.replyCode, status: lead.status };
  }
  return { diagnostic: joinContinuations(block).slice(0, MAX_DIAG), replyCode: null, status: lead.status };
}

/**
 * A reply ends where a Sendmail transcript goes on (`<<<`, `>>>`, `While talking to`) or where
 * another reply with another code starts on its own line.
 */
function endOfReply(text: string, code: string): string {
  const lines = text.split('\n');
  let n = 1;
  for (; n < lines.length; n++) {
    const l = lines[n] as string;
    if (/^\s*(?:<<<|>>>|\.\.\.\s*while talking|while talking to)/i.test(l)) break;
    const other = /^\s*([245]\d\d)[ \-]/.exec(l);
    if (other && other[1] !== code) break;
  }
  return lines.slice(0, n).join('\n');
}

/** `>>> RCPT To:<kim@...>` / `<<< 550 ...<kim@...>` pairs of a Sendmail transcript: address → command. */
function transcriptCommands(lines: string[]): Map<string, string> {
  const map = new Map<string, string>();
  let last: string | null = null;
  for (const line of lines) {
    const cmd = /^\s*>>>\s*([A-Za-z]{4})/.exec(line);
    if (cmd) {
      last = (cmd[1] as string).toUpperCase();
      continue;
    }
    if (last && /^\s*<<<\s*[45]\d\d/.test(line)) {
      const addr = new RegExp(`<?(${ADDR})>?`).exec(line);
      if (addr) map.set(cleanAddr(addr[1] as string), last);
    }
  }
  return map;
}

/** A bare reply with no recipient: the first strong code's line and its continuation lines. */
function bareReply(lines: string[]): HumanBlock | null {
  const text = lines.join('\n');
  const flatLead = leadCodes(text);
  let start = -1;
  if (flatLead.index >= 0) {
    // Line holding the lead code.
    let pos = 0;
    for (let i = 0; i < lines.length; i++) {
      const len = (lines[i] as string).length + 1;
      if (pos + len > flatLead.index) {
        start = i;
        break;
      }
      pos += len;
    }
  }
  if (start < 0) {
    // No code at all: the first paragraph that is not a greeting.
    for (let i = 0; i < lines.length; i++) {
      const l = (lines[i] as string).trim();
      if (l && !GREETING.test(l) && !SEPARATOR.test(l)) {
        start = i;
        break;
      }
    }
    if (start < 0) return null;
  }
  // The reply's own line, then lines continuing it (same code, indented, or the same paragraph).
  const firstLine = lines[start] as string;
  const code = /(?<![^\s(:;'"#])([245]\d\d)[ \-]/.exec(firstLine)?.[1];
  const out = [firstLine];
  for (let i = start + 1; i < lines.length && out.length < MAX_BLOCK_LINES; i++) {
    const l = lines[i] as string;
    if (!l.trim() || SEPARATOR.test(l)) break;
    if (code && new RegExp(`^\\s*${code}[ \\-]`).test(l)) out.push(l);
    else if (/^\s/.test(l) || !code) out.push(l);
    else if (code && /^\s*[45]\d\d[ \-]/.test(l)) break;
    else out.push(l);
  }
  const d = diagnosticOf(out.join('\n'));
  // Without a code the reply's words may be anywhere in the notice: keep all of it as context.
  const context = flatLead.index >= 0 ? lines.slice(Math.max(0, start - 3), Math.min(lines.length, start + out.length + 3)).join('\n') : text;
  return {
    recipient: null,
    replyCode: d.replyCode,
    status: d.status,
    diagnostic: d.diagnostic,
    context: context.slice(0, 4000),
    command: findCommand(context),
    remoteHost: findRemoteHost(context),
  };
}

/**
 * Reads the recipients and the remote replies from a bounce's human-readable text (already cut
 * before the returned message). Without any recipient it returns the one reply it can find (a
 * pasted line), or nothing.
 *
 * @example
 * parseHuman('<kim@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <kim@example.com>:\n    Recipient address rejected: User unknown (in reply to RCPT TO command)');
 * // [{ recipient: 'kim@example.com', replyCode: '550', status: '5.1.1', command: 'RCPT', remoteHost: 'mx.example.com [192.0.2.1]', ... }]
 */
export function parseHuman(text: string): HumanBlock[] {
  const lines = text.split('\n', MAX_LINES);
  const anchors = findAnchors(lines);
  if (!anchors.length) {
    const one = bareReply(lines);
    return one ? [one] : [];
  }
  const transcript = transcriptCommands(lines);
  const byAddress = new Map<string, HumanBlock>();
  const order: string[] = [];
  anchors.forEach((a, k) => {
    const next = anchors[k + 1]?.line ?? lines.length;
    const end = Math.min(next, a.line + 1 + MAX_BLOCK_LINES);
    // The anchor line's own text, then the lines after it up to the next recipient.
    const bodyLines: string[] = [];
    // Sendmail's own line for the recipient (`554 <kim@...>... Remote protocol error`) follows the
    // remote server's reply in the transcript (`>>> MAIL From:<...>` / `<<< 550 Insecure Mail
    // Relay`): that reply is the cause, given to that command.
    const remote = a.transcript ? remoteReplyBefore(lines, a.line) : null;
    if (remote) bodyLines.push(remote.reply);
    // A local delivery program's own line above it (`mail.local: unknown user: kim`) says why
    // Sendmail wrote `554 <kim@...>... Service unavailable`: the two are read as one reply.
    const local = a.transcript && !remote ? LOCAL_AGENT.exec(lines[a.line - 1] ?? '') : null;
    if (local && a.rest) bodyLines.push(`${a.rest} (${(local[1] as string).trim()})`);
    else if (a.rest) bodyLines.push(a.rest);
    for (let i = a.line + 1; i < end; i++) {
      const l = lines[i] as string;
      if (SEPARATOR.test(l) && bodyLines.some((b) => b.trim())) break;
      bodyLines.push(l);
    }
    const context = bodyLines.join('\n').slice(0, 4000);
    let first = paragraph(bodyLines, 0, bodyLines.length);
    // A heading on its own ("For the following reason:", "Technical details:") introduces the
    // reason in the next paragraph.
    if (HEADING.test(first)) {
      const at = bodyLines.findIndex((l) => l.trim() === first.trim());
      const next = paragraph(bodyLines, at + 1, bodyLines.length);
      if (next) first = `${first.trim()}\n${next}`;
    }
    // The reply may sit in a later paragraph (Gmail: `The error that the other server returned was:`).
    let d = diagnosticOf(first);
    if (!d.replyCode && !d.status) {
      const lead = leadCodes(context);
      if (lead.index >= 0) d = diagnosticOf(context.slice(0, 4000));
      if (!d.replyCode && !d.status) d = diagnosticOf(first);
    }
    const block: HumanBlock = {
      recipient: a.address,
      replyCode: d.replyCode,
      status: d.status,
      diagnostic: d.diagnostic,
      context,
      command: findCommand(context) ?? transcript.get(a.address) ?? remote?.command ?? null,
      remoteHost: findRemoteHost(context),
    };
    const prev = byAddress.get(a.address);
    if (!prev) {
      byAddress.set(a.address, block);
      order.push(a.address);
      return;
    }
    // The same recipient twice (Exchange lists it in the notice and again under the diagnostic
    // information): keep the paragraph that carries a code (else words), join the contexts.
    const weight = (b: HumanBlock) => (b.replyCode ? 4 : 0) + (b.status ? 2 : 0) + (b.diagnostic.trim() ? 1 : 0);
    const better = weight(block) > weight(prev) ? block : prev;
    byAddress.set(a.address, {
      ...better,
      context: (prev.context + '\n' + block.context).slice(0, 8000),
      command: prev.command ?? block.command,
      remoteHost: better.remoteHost ?? prev.remoteHost ?? block.remoteHost,
    });
  });
  const blocks = order.map((a) => byAddress.get(a) as HumanBlock);
  // MailMarshal and others give the reply first, then "The following recipients were affected:".
  if (!blocks.some((b) => b.replyCode || b.status)) {
    const first = anchors[0]?.line ?? 0;
    const pre = first > 0 ? bareReply(lines.slice(0, first)) : null;
    if (pre && (pre.replyCode || pre.status)) {
      return blocks.map((b) => ({ ...b, replyCode: pre.replyCode, status: pre.status, diagnostic: pre.diagnostic, context: `${pre.context}\n${b.context}`.slice(0, 8000), command: b.command ?? pre.command, remoteHost: b.remoteHost ?? pre.remoteHost }));
    }
    // Lotus Notes gives the reason line first ("User not listed in public Name & Address Book"),
    // then the address with nothing after it.
    if (pre?.diagnostic.trim() && blocks.every((b) => !b.diagnostic.trim())) {
      return blocks.map((b) => ({ ...b, diagnostic: pre.diagnostic, context: `${pre.context}\n${b.context}`.slice(0, 8000) }));
    }
  }
  return blocks;
}
