/**
 * Small readers of the words around a reply: which SMTP command it answered and which host
 * gave it. Shared by the human-readable, log and DSN readers.
 */

const COMMANDS: Array<[RegExp, string]> = [
  [/\bin\s+reply\s+to\s+(?:the\s+)?(rcpt\s+to|mail\s+from|end\s+of\s+data|data|helo|ehlo|starttls|auth|xforward|rset|quit)\b/i, '$1'],
  [/\bafter\s+(?:pipelined\s+)?(rcpt\s+to|mail\s+from|end\s+of\s+data|data|helo|ehlo|starttls|auth|initial\s+connection)\b/i, '$1'],
  [/\bmost\s+progress\s+was\s+(rcpt\s+to|mail\s+from|data|helo|ehlo)\b/i, '$1'],
  [/\bdid\s+not\s+like\s+our\s+(rcpt\s+to|mail\s+from|final\s+data|data|helo|ehlo)\b/i, '$1'],
  [/\bsmtp:(rcpt|mail|data|helo|ehlo)\b/i, '$1'],
  [/\b(rcpt|mail|data)\s+command\b/i, '$1'],
  [/\bdoes\s+not\s+like\s+recipient\b/i, 'rcpt to'],
  [/\bsender\s+was\s+rejected\b/i, 'mail from'],
  [/\bfailed\s+after\s+I\s+sent\s+the\s+message\b/i, 'data'],
  [/\bfailed\s+on\s+DATA\s+command\b/i, 'data'],
  [/\bgreeting\s+failed\b/i, 'conn'],
  // qmail: `Connected to 192.0.2.1 but my name was rejected.` (the HELO name)
  [/\bbut\s+my\s+name\s+was\s+rejected\b/i, 'helo'],
  [/\[(rcpt_to|mail_from|data)\]/i, '$1'],
];

function canon(word: string): string | null {
  const w = word.toLowerCase().replace(/[_\s]+/g, ' ');
  if (w.startsWith('rcpt')) return 'RCPT';
  if (w.startsWith('mail')) return 'MAIL';
  if (w.includes('data')) return 'DATA';
  if (w === 'helo' || w === 'ehlo') return 'HELO';
  if (w === 'conn' || w === 'initial connection') return 'CONN';
  if (w === 'starttls') return 'STARTTLS';
  if (w === 'auth') return 'AUTH';
  return null;
}

/**
 * The SMTP command a reply answered, as the bounce words it (Postfix `in reply to RCPT TO
 * command`, Exim `after RCPT TO`, qmail `does not like recipient`, ...).
 *
 * @example
 * findCommand('said: 550 5.1.1 unknown (in reply to RCPT TO command)'); // 'RCPT'
 */
export function findCommand(text: string): string | null {
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  for (const [re, group] of COMMANDS) {
    const m = re.exec(t);
    if (!m) continue;
    if (group === '$1') return canon(m[1] as string);
    if (group === '') return canon(m[0]);
    return canon(group);
  }
  return null;
}

const HOST_RES: RegExp[] = [
  /\bhost\s+([a-z0-9][\w.\-]{0,253})\.?\s*\[([0-9a-f.:]{3,45})\]/i,
  /\bremote host\s+([0-9a-f.:]{7,45}|[a-z0-9][\w.\-]{2,253})/i,
  /\bconnected to\s+([0-9a-f.:]{7,45}|[a-z0-9][\w.\-]{2,253})/i,
  /\bwhile talking to\s+([a-z0-9][\w.\-]{1,253}?)\.?:/i,
  /\b([a-z0-9][\w.\-]{1,253}\.[a-z]{2,})\.?\s*\[([0-9a-f.:]{7,45})\]/i,
  /\brelay=([a-z0-9][\w.\-]{1,253})\.?\s*\[([0-9a-f.:]{3,45})\]/i,
  /\bgenerating server:\s*([a-z0-9][\w.\-]{1,253})/i,
];

/**
 * The remote host a reply came from, as `name [ip]` or `name` or `ip`.
 *
 * @example
 * findRemoteHost('host mx.example.jp[192.0.2.153] said: 550 ...'); // 'mx.example.jp [192.0.2.153]'
 */
export function findRemoteHost(text: string): string | null {
  const t = text.length > 8000 ? text.slice(0, 8000) : text;
  for (const re of HOST_RES) {
    const m = re.exec(t);
    if (m) return m[2] ? `${(m[1] as string).replace(/\.$/, '')} [${m[2]}]` : (m[1] as string).replace(/\.$/, '');
  }
  return null;
}
