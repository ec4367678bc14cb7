/**
 * What the pasted input is, before any reason: a bounce (the message is returned), a delay
 * warning (the server keeps trying), an auto-reply, an abuse feedback report (ARF), a success
 * notice, or ordinary mail. An admin pasting an auto-reply must be told "this is an auto-reply,
 * not a bounce", not given a made-up diagnosis.
 */
import type { Extracted, Extraction } from '../extract/index';
import type { Verdict } from '../types';
import { saysDelay, saysPermanent } from './severity';

// Subjects of delivery-failure notices, across MTAs and languages.
const FAIL_SUBJECT = /undeliver|undelivered|returned mail|return(?:ed)? to sender|delivery (?:status notification \((?:failure|failed)\)|failure|failed|error|problem|has failed|notification: delivery has failed|report)|failure notice|mail delivery failed|mail system error|could ?n[o']t (?:be )?deliver|non-?deliver|not delivered|nicht zustellbar|unzustellbar|non remis|non distribuable|no se pudo entregar|não entregue|недоставлен|배달 ?실패|전송 ?실패|반송|送信エラー|配信エラー|未送達|退信|退回|系统退信|message (?:status )?- undeliverable|failed delivery|delivery unsuccessful|rejected|bounce|error sending|unable to deliver|permanent error|user unknown|mail not delivered|nondeliverable|delivery notification|ndn\b|mail failure|message you sent|returned message|not (?:a )?member\b|refused|denied|\bloop\b/i;
// Subjects that say "error" only: a failure notice when its text says something failed.
const WEAK_FAIL_SUBJECT = /\berror\b|エラー|fehler|erreur|오류|错误|錯誤|ошибк/i;
const DELAY_SUBJECT = /\bdelay|delayed|still being retried|warning: could not send|not yet been delivered|will retry|temporar(?:y|ily)|mail delivery (?:warning|delayed)|delivery status notification \(delay\)|zustellung verz|retard/i;
// Challenge-response systems hold the message until the sender proves to be a person.
const CHALLENGE = /guest list|add yourself to my|verify (?:that )?you are (?:a )?(?:human|real)|challenge[- ]response|click (?:here|the link below) to (?:deliver|confirm|verify)|sender verification request|please confirm (?:that )?you sent|awaiting (?:your )?(?:verification|confirmation)|spam ?arrest|boxbe|bluebottle/i;
const MAILER_FROM = /^\s*<?>?\s*$|mailer[- _]?daemon|postmaster|mail ?delivery ?(?:sub)?system|mail administrator|system administrator|mailadmin|mail-?router|smtp ?gateway|internet mail delivery|mdaemon|mail transport|^\s*"?(?:mail )?(?:delivery|system)\b|noreply-dmarc|returned mail/i;
const AUTO_SUBJECT = /out of (?:the )?office|\booo\b|automatic reply|auto(?:matic|matische)?[ -]?(?:reply|response|respon|antwort|answer)|autoreply|autoresponder|\bvacation\b|away from (?:my|the) (?:desk|office|email)|abwesen|réponse automatique|reponse automatique|absence|respuesta automática|resposta automática|fuera de la oficina|自動応答|自動返信|自动回复|자동 ?응답|부재|不在|автоответ|отсутств|on leave|\bauto:|i am (?:out|away)|on holiday|\bholiday\b|ferie|urlaub|congés|thank you for (?:your )?(?:e-?mail|message|contacting)|we have received your|ticket|confirmation/i;
const AUTO_BODY = /\b(?:i am|i'm|i will be) (?:currently )?(?:out of (?:the )?office|away|on (?:vacation|holiday|leave)|out until|out of town)|\bout of (?:the )?office\b|\bon vacation\b|\bwill (?:be )?(?:back|return) (?:on|in|to the office)|\bwith limited access to (?:e-?mail|my email)|\bthis is an auto(?:mated|matic)?[- ]?(?:reply|response|generated reply|responder)|auto-?reply|自動応答|自动回复|부재중|휴가|不在|abwesend|absent(?:e)? du bureau|fuera de la oficina|no escritório|в отпуске/i;
// Words a failure notice says about a recipient (outside any DSN).
const FAIL_BODY = /could not be delivered|couldn't be delivered|was not delivered|not be delivered|undeliverable|delivery (?:to the following recipients? )?(?:has )?failed|failed to deliver|permanent (?:error|failure)|unable to deliver|did not reach|returned to you|could not deliver|delivery failure|message was rejected|rejected your message|user unknown|unknown user|no such user|mailbox unavailable|does not exist|not a valid|address rejected|the following (?:addresses|recipients?) (?:had|failed|could not)|delivery (?:has )?failed|fatal errors?|transcript of session|not going to try again|giving up|nicht zugestellt|zugestellt werden|non è stato|n'a pas pu être|no pudo ser entregado|не может быть доставлено|전달되지 못|전송에 실패|配信できません|届きませんでした|无法投递|退信|無法傳送/i;

/**
 * The `Feedback-Type:` and the reported recipients of an abuse report (ARF fields, or Amazon
 * SES's JSON complaint notification).
 *
 * @example
 * feedbackFields(await extract('Feedback-Type: abuse\nOriginal-Rcpt-To: kim@example.com\n')); // { type: 'abuse', recipients: ['kim@example.com'] }
 */
export function feedbackFields(x: Extraction): { type: string | null; recipients: string[] } {
  const part = x.feedback ?? '';
  const text = `${part}\n${x.text}`.slice(0, 65536);
  const type = /^feedback-type\s*:\s*([\w-]+)/im.exec(text)?.[1]?.toLowerCase() ?? /"complaintFeedbackType"\s*:\s*"([\w-]+)"/.exec(text)?.[1]?.toLowerCase() ?? null;
  const found = new Set<string>();
  for (const m of text.matchAll(/^(?:original-rcpt-to|removal-recipient|x-original-rcpt-to|x-hmxmroriginalrecipient)\s*:\s*(?:rfc822\s*;\s*)?<?([^\s<>;]+@[^\s<>;]+?)>?\s*$/gim)) {
    found.add((m[1] as string).toLowerCase());
    if (found.size >= 100) break;
  }
  const ses = /"complainedRecipients"\s*:\s*\[([^\]]{0,4000})\]/.exec(text);
  if (ses) for (const m of (ses[1] as string).matchAll(/"emailAddress"\s*:\s*"([^"\s]+@[^"\s]+)"/g)) found.add((m[1] as string).toLowerCase());
  if (!found.size && x.reportedTo) found.add(x.reportedTo);
  return { type, recipients: [...found] };
}

/** Whether a record is a failure the bounce reports (a 4xx/5xx code, or a failed/delayed action). */
function failing(r: Extracted): boolean {
  const a = (r.action ?? '').toLowerCase();
  if (a === 'failed' || a === 'delayed') return true;
  if (a === 'delivered' || a === 'relayed' || a === 'expanded' || a === 'deliverable') return false;
  const c = (r.status ?? r.replyCode ?? '')[0];
  return c === '4' || c === '5';
}

function delivered(r: Extracted): boolean {
  const a = (r.action ?? '').toLowerCase();
  return a === 'delivered' || a === 'relayed' || a === 'expanded' || a === 'deliverable' || (!a && !!r.status?.startsWith('2.'));
}

const PAGES: Record<Verdict['kind'], string> = {
  bounce: 'reason-undefined',
  delay: 'reason-expired',
  autoreply: 'reason-vacation',
  feedback: 'reason-feedback',
  delivered: 'reason-delivered',
  'not-a-bounce': 'reason-undefined',
};

function verdict(kind: Verdict['kind'], why: string): Verdict {
  return { kind, page: PAGES[kind], why };
}

/**
 * Decides what an input is from its headers, its delivery-status fields and the notice's words.
 * `page` is the id of the reason page that explains the kind; for a bounce or a delay `analyze`
 * points it at the first diagnosis's reason page.
 *
 * @example
 * verdictOf(await extract('From: MAILER-DAEMON@example.com\nSubject: Undelivered Mail\n\n<kim@example.com>: 550 5.1.1 unknown')).kind; // 'bounce'
 * verdictOf(await extract('From: kim@example.com\nSubject: Out of Office\nAuto-Submitted: auto-replied\n\nI am away until Monday.')).kind; // 'autoreply'
 */
export function verdictOf(x: Extraction): Verdict {
  if (x.kind === 'empty' || x.kind === 'binary') return verdict('not-a-bounce', 'nothing readable was pasted');
  const h = x.headers;
  const subject = h.subject ?? '';
  const from = h.from ?? '';
  // The notice's head says what it is; the rest is lists and quoted text.
  const text = x.text.slice(0, 16384);
  // ARF, or a provider's older complaint format (Hotmail's "complaint about message from <ip>").
  const legacyFbl = /^(?:complaint about message from|abuse report|spam complaint|feedback loop|fbl report)/i.test(subject.trim()) && (x.kind !== 'message' || /hotmail|msn|live\.com|outlook|aol|yahoo|comcast|fbl|feedback|abuse|complaint/i.test(from));
  const sesComplaint = /"notificationType"\s*:\s*"Complaint"/.test(text);
  if (x.reportType === 'feedback-report' || /^feedback-type\s*:\s*[\w-]+/im.test(text) || legacyFbl || sesComplaint) {
    const f = feedbackFields(x);
    const v = verdict('feedback', `an abuse feedback report (${sesComplaint ? 'Amazon SES complaint' : 'ARF'}${f.type ? `, feedback type: ${f.type}` : ''}): the message was delivered and then reported`);
    return { ...v, feedbackType: f.type, reportedRecipient: f.recipients[0] ?? null };
  }
  if (/"notificationType"\s*:\s*"Delivery"/.test(text)) return verdict('delivered', 'an Amazon SES delivery notification: the message was delivered');
  const records = x.records;
  const mailerSender = MAILER_FROM.test(from) && !!from.trim() || /^\s*<>\s*$/.test(from) || /"[^"]*"\s*<>/.test(from);
  if (!mailerSender && CHALLENGE.test(`${subject}\n${text.slice(0, 8000)}`) && !/\b(?:5\d\d|4\d\d)[ -]\d\.\d/.test(text.slice(0, 8000))) {
    return verdict('not-a-bounce', 'a challenge-response request: the recipient\'s filter holds the message until the sender confirms; nothing bounced');
  }
  const failed = records.filter(failing);
  const dsnActions = records.map((r) => (r.action ?? '').toLowerCase()).filter(Boolean);
  const noticeSaysDelay = saysDelay(`${subject}\n${text}`) || (DELAY_SUBJECT.test(subject) && !saysPermanent(text));
  if (dsnActions.includes('failed')) return verdict('bounce', 'the delivery report says Action: failed');
  if (dsnActions.length && dsnActions.every((a) => a === 'delayed')) return verdict('delay', 'the delivery report says Action: delayed: the server will keep trying');
  if (records.length && records.every(delivered) && !failed.length) {
    return verdict('delivered', `the report says the message was ${dsnActions[0] ?? 'delivered'} (status ${records[0]?.status ?? '2.x.x'})`);
  }
  const mailer = mailerSender || (x.kind === 'message' && !from.trim()) || !!h['x-failed-recipients'] || x.reportType === 'delivery-status' || /^(?:final-recipient|diagnostic-code)\s*:/im.test(text);
  const failSubject = (FAIL_SUBJECT.test(subject) || (WEAK_FAIL_SUBJECT.test(subject) && FAIL_BODY.test(text))) && !AUTO_SUBJECT.test(subject.replace(/\b(?:undeliver\w*|delivery|failure|returned|notification)\b/gi, ''));
  const failWords = FAIL_BODY.test(text);
  const coded = failed.length > 0;
  const auto = /auto-replied|auto-notified/i.test(h['auto-submitted'] ?? '') || !!h['x-autoreply'] || !!h['x-autorespond'] || !!h['x-vacation'] || !!h['x-mail-autoreply'] || !!h['x-autoreply-from'] || /auto[_-]?reply/i.test(h.precedence ?? '');
  const autoWords = AUTO_SUBJECT.test(subject) || AUTO_BODY.test(text.slice(0, 4000));
  // An auto-reply says so in its headers or its subject and carries no failure of its own.
  if ((auto || autoWords) && !mailer && !failSubject && !coded && !(failWords && !AUTO_SUBJECT.test(subject))) {
    return verdict('autoreply', auto ? 'the message is marked as an automatic reply (Auto-Submitted / X-Autoreply)' : `an automatic reply ("${(AUTO_SUBJECT.exec(subject) ?? AUTO_BODY.exec(text))?.[0] ?? 'auto-reply'}"), not a bounce`);
  }
  const isBounce = x.kind === 'message' ? mailer || failSubject || (coded && failWords) || (failWords && records.some((r) => r.recipient)) : coded || records.some((r) => r.diagnostic.trim() && r.recipient) || failWords;
  if (isBounce || (x.kind !== 'message' && records.length)) {
    if (noticeSaysDelay || (DELAY_SUBJECT.test(subject) && !failSubject)) return verdict('delay', 'the notice is a delay warning: the server will keep trying');
    return verdict('bounce', mailer ? 'a delivery-failure notice from the mail system' : 'the text reports a delivery failure');
  }
  if (auto || autoWords) return verdict('autoreply', 'an automatic reply, not a bounce');
  return verdict('not-a-bounce', 'no failed delivery is reported: this reads as ordinary mail, not a bounce');
}
