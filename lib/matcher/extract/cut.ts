/**
 * Where the bounce notice ends and the copy of the original message begins. Everything after
 * that point is the sender's own mail: its words must not be read as the server's reply.
 */

// Lines that announce the returned message, across MTAs (case-insensitive). Each is tested on
// the line without its leading blanks and dashes (see `lead`): written as `^\s*-*\s*...`, the
// patterns backtracked quadratically on a long run of blanks. `dash` = the line must start with
// dashes.
const MARKERS: Array<{ re: RegExp; dash?: boolean }> = [
  { re: /^below this line is a copy of the message/i },
  { re: /^this is a copy of (?:the|your) message/i },
  { re: /^original message(?: headers| follows)?[\s:-]*$/i },
  { re: /^original message\s*-/i, dash: true },
  { re: /^the (?:original )?message (?:was )?(?:follows|returned)/i, dash: true },
  { re: /^below is a copy of the original message/i },
  { re: /^message headers follow\.?\s*$/i },
  { re: /^(?:the )?(?:header|headers) of (?:the )?original message/i, dash: true },
  { re: /^(?:original|returned) (?:message|mail|headers?)\b.*-\s*$/i, dash: true },
  { re: /^undelivered message (?:headers )?follows/i, dash: true },
  { re: /^unsent message below/i, dash: true },
  { re: /^(?:start of )?(?:returned|original) (?:mail|content)/i, dash: true },
  { re: /^content-type:\s*(?:message\/rfc822|text\/rfc822-headers)/i },
  { re: /^the (?:text|headers?) (?:you sent|of your message) follows?:?\s*$/i },
  { re: /^included is a copy of the message header/i },
];

/** A marker line is short: longer lines are never tested. */
const MARKER_MAX = 200;

/**
 * The line without its leading blanks, dashes and blanks again (one linear scan), and whether
 * it had dashes.
 */
function lead(line: string): { rest: string; dash: boolean } {
  let i = 0;
  while (i < line.length && /\s/.test(line[i] as string)) i++;
  const d = i;
  while (i < line.length && line[i] === '-') i++;
  const dash = i > d;
  while (i < line.length && /\s/.test(line[i] as string)) i++;
  return { rest: line.slice(i), dash };
}

function isMarker(line: string): boolean {
  if (line.length > MARKER_MAX) return false;
  const { rest, dash } = lead(line);
  return MARKERS.some((m) => (!m.dash || dash) && m.re.test(rest));
}

// Header names that start a copied message (not the fields of a delivery-status report).
const COPY_HEADER = /^(?:received|return-path|dkim-signature|message-id|mime-version|x-received|arc-seal|authentication-results|delivered-to|domainkey-signature|x-google-dkim-signature)\s*:/i;
const ANY_HEADER = /^[\x21-\x39\x3b-\x7e]{1,60}:\s/;
const DSN_FIELD = /^(?:reporting-mta|final-recipient|original-recipient|action|status|diagnostic-code|remote-mta|arrival-date|last-attempt-date|x-postfix-[\w-]+|received-from-mta|will-retry-until|x-actual-recipient)\s*:/i;

/**
 * The bounce notice without the copy of the original message, capped at `max` characters.
 *
 * @example
 * cutOriginal('<kim@example.com>:\nRemote host said: 550 no\n--- Below this line is a copy of the message.\nSubject: hi'); // '<kim@example.com>:\nRemote host said: 550 no'
 */
export function cutOriginal(text: string, max = 65536): string {
  const lines = text.length > max * 2 ? text.slice(0, max * 2).split('\n') : text.split('\n');
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (i > 0 && isMarker(line)) return lines.slice(0, i).join('\n').slice(0, max);
    if (i > 0 && COPY_HEADER.test(line)) {
      // Three header lines in a row (folded lines count) and no DSN field among them: a copied message.
      let headers = 0;
      let dsn = false;
      for (let j = i; j < Math.min(lines.length, i + 6); j++) {
        const l = lines[j] as string;
        if (DSN_FIELD.test(l)) dsn = true;
        if (ANY_HEADER.test(l) || /^[ \t]+\S/.test(l)) headers++;
      }
      if (headers >= 3 && !dsn) return lines.slice(0, i).join('\n').slice(0, max);
    }
    used += line.length + 1;
    if (used > max) return lines.slice(0, i + 1).join('\n').slice(0, max);
  }
  return lines.join('\n').slice(0, max);
}
