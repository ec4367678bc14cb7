/**
 * Inputs shaped to make a backtracking pattern or a MIME parser work quadratically, at any size.
 * Shared by the hostile-input tests and `npm run bench hostile`.
 */
export const HOSTILE_SHAPES: Record<string, (size: number) => string> = {
  'a line of spaces': (n) => `x\n${' '.repeat(n)}y`,
  'a line of tabs': (n) => `x\n${'\t'.repeat(n)}y`,
  'a line of NBSP': (n) => `x\n${'\u00a0'.repeat(n)}y`,
  'a line of U+3000': (n) => `x\n${'\u3000'.repeat(n)}y`,
  'X-Failed-Recipients without @': (n) => `From: MAILER-DAEMON@example.com\nSubject: Mail delivery failed\nX-Failed-Recipients: ${'a'.repeat(n)}\n\nbody\n`,
  'Final-Recipient without @': (n) => `Final-Recipient: rfc822; ${'a'.repeat(n)}\nAction: failed\nStatus: 5.1.1\n`,
  'empty sibling MIME parts': (n) => `From: MAILER-DAEMON@example.com\nSubject: x\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="B"\n\n${'--B\n\n\n'.repeat(Math.ceil(n / 6))}`,
  'to=< repeated': (n) => 'to=<'.repeat(Math.ceil(n / 4)),
  'to= and stat= pairs on one line': (n) => `${'to=x@y, '.repeat(Math.ceil(n / 8))}stat=Deferred`,
  'blank lines': (n) => `Subject: x\n\n${'\n'.repeat(n)}`,
  'a line of dashes': (n) => `x\n${'-'.repeat(n)}y`,
  'marker words after blanks': (n) => `x\n${' '.repeat(n)}-- original message`,
};

/**
 * An ordinary bounce of about `size` characters: a MIME delivery report whose notice part is a
 * long Postfix log excerpt, then the DSN (what an MTA sends for a big batch).
 */
export function ordinaryOfSize(size: number): string {
  const line = 'Nov 28 10:12:03 mail postfix/smtp[2211]: 4F2C13B0A1: to=<kim@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=4.1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <kim@example.com>: Recipient address rejected: User unknown in local recipient table (in reply to RCPT TO command))\n';
  const head = [
    'From: MAILER-DAEMON@example.com', 'To: kim@example.com', 'Subject: Undelivered Mail Returned to Sender', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="R"', '', '--R', 'Content-Type: text/plain; charset=utf-8', '',
    'This is the mail system at host mail.example.com.', '',
  ].join('\n');
  const tail = ['', '--R', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mail.example.com', '',
    'Final-Recipient: rfc822; kim@hanmail.net', 'Action: failed', 'Status: 5.7.1',
    'Diagnostic-Code: smtp; 554 5.7.1 DAS51 192.0.2.25: Your mail is blocked automatically by anti-spam system. (E06)', '', '--R--', ''].join('\n');
  let body = '';
  while (head.length + body.length + tail.length < size) body += line;
  return head + body + tail;
}
