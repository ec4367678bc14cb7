/**
 * Recipients named outside the usual places: AOL's bare screen names, and a second mailbox the
 * remote server names in its own reply ("552 Quota violation for kim@example.com" sent to an
 * alias of it).
 */
import type { Extracted } from './index';

// After "Your mail to the following recipients could not be delivered because ...:", one
// screen name per line.
const AOL_LIST = /could not be delivered because[^\n]{0,300}:[ \t]*\n((?:[ \t]+[A-Za-z][\w.-]{1,63}[ \t]*\n?){1,50})/;

/**
 * AOL's notices name a failed AOL member by screen name only: `screenname@aol.com` is the address.
 *
 * @example
 * aolScreenNames('Your mail to the following recipients could not be delivered because they are not accepting mail from x@example.com:\n\tkimneko\n', 'Mail Delivery Subsystem <MAILER-DAEMON@aol.com>'); // ['kimneko@aol.com']
 */
export function aolScreenNames(text: string, from: string): string[] {
  if (!/@aol\.com\b/i.test(from)) return [];
  const m = AOL_LIST.exec(text.slice(0, 16384));
  if (!m) return [];
  return (m[1] as string).split('\n').map((l) => l.trim().toLowerCase()).filter(Boolean).map((n) => `${n}@aol.com`);
}

const ADDR = String.raw`[^\s<>()\[\]"',;:@]{1,64}@[A-Za-z0-9][A-Za-z0-9.\-]{0,250}[A-Za-z0-9]`;
// The reply names the mailbox a full quota or an unknown user belongs to.
const NAMED_IN_REPLY = new RegExp(String.raw`\b(?:quota violation|over quota|quota exceeded|mailbox (?:is )?full|user unknown|unknown user|no such user) for <?(${ADDR})>?`, 'i');

/**
 * Adds, after a recipient, the other mailbox of the same domain its reply names (an alias
 * delivering to it); the record is copied with that address.
 *
 * @example
 * namedInReply([{ recipient: 'a@example.com', diagnostic: '552 Quota violation for b@example.com', ... }]); // records for a@ and b@
 */
export function namedInReply(records: Extracted[]): Extracted[] {
  const out: Extracted[] = [];
  const seen = new Set(records.map((r) => r.recipient));
  for (const r of records) {
    out.push(r);
    const m = r.recipient ? NAMED_IN_REPLY.exec(r.diagnostic) : null;
    const named = m ? (m[1] as string).toLowerCase().replace(/\.$/, '') : null;
    if (!named || seen.has(named) || named.split('@')[1] !== r.recipient?.split('@')[1]) continue;
    seen.add(named);
    out.push({ ...r, recipient: named });
  }
  return out;
}
