/**
 * Output of `bouncekb match`: a short human report, or one JSON object per input.
 */
import { DICTIONARIES, REASON_LABELS } from '../i18n';
import { fixParticles, withParticle } from '../korean/particle';
import type { Guide } from '../bundle/data';
import type { Analysis, Diagnosis, Match } from '../matcher/types';
import type { Lang } from '../matcher/vocabulary';
import { escapeControls, oneLine } from './escape';
import { inputKind, type InputKind } from './verdict';

/** What the text report needs besides the analysis. */
export interface FormatContext {
  lang: Lang;
  limit: number;
  /** `https://example.org`: article paths become absolute (clickable) links. */
  siteUrl: string | null;
  guides: Record<string, Guide>;
}

/**
 * An article URL, absolute when a site URL is known.
 *
 * @example
 * articleUrl('/ko/errors/x/', 'https://bouncekb.example/'); // 'https://bouncekb.example/ko/errors/x/'
 */
export function articleUrl(path: string, siteUrl: string | null): string {
  return siteUrl ? `${siteUrl.replace(/\/+$/, '')}${path}` : path;
}

/**
 * The JSON line for one input (the documented shape; extra fields are kept). JSON is data: the
 * bounce's text stays as it is (JSON.stringify escapes control characters itself).
 *
 * @example
 * jsonLine('bounce.eml', analysis, null); // '{"file":"bounce.eml","kind":"bounce","diagnoses":[...]}'
 */
export function jsonLine(file: string, analysis: Analysis, siteUrl: string | null, log?: string[]): string {
  const head = JSON.stringify({
    file,
    kind: inputKind(analysis),
    input: analysis.input,
    ...(log ? { log } : {}),
    ...(analysis.notes?.length ? { notes: analysis.notes } : {}),
  });
  const diagnoses = analysis.diagnoses.map((d) => {
    const fields = JSON.stringify({
      recipient: d.recipient,
      replyCode: d.replyCode,
      status: d.status,
      reason: d.reason,
      severity: d.severity ?? null,
      diagnostic: d.diagnostic,
      remoteHost: d.remoteHost ?? null,
      command: d.command ?? null,
      provider: d.provider ?? null,
    });
    return `${fields.slice(0, -1)},"matches":[${d.matches.map((m) => matchJson(m, siteUrl)).join(',')}]}`;
  });
  return `${head.slice(0, -1)},"diagnoses":[${diagnoses.join(',')}]}`;
}

/** The parts of a match's JSON that are the article's own (id, reason; url, source, title), by title object. */
const ARTICLE_JSON = new WeakMap<object, { id: string; reason: string; url: string; source: unknown; a: string; b: string }>();

/**
 * One match as JSON, the same text as JSON.stringify gives: the article's own fields are
 * stringified once per article (titles in two languages were most of a bulk run's output work).
 */
function matchJson(m: Match, siteUrl: string | null): string {
  const url = articleUrl(m.url, siteUrl);
  if (m.evidence === undefined || m.why === undefined || typeof m.title !== 'object' || m.title === null) {
    return JSON.stringify({ id: m.id, reason: m.reason, score: m.score, url, source: m.source, title: m.title, evidence: m.evidence, why: m.why });
  }
  let own = ARTICLE_JSON.get(m.title);
  if (!own || own.id !== m.id || own.reason !== m.reason || own.url !== url || own.source !== m.source) {
    own = { id: m.id, reason: m.reason, url, source: m.source, a: JSON.stringify({ id: m.id, reason: m.reason }).slice(1, -1), b: JSON.stringify({ url, source: m.source, title: m.title }).slice(1, -1) };
    ARTICLE_JSON.set(m.title, own);
  }
  return `{${own.a},"score":${JSON.stringify(m.score)},${own.b},"evidence":${JSON.stringify(m.evidence)},"why":${JSON.stringify(m.why)}}`;
}

const T = {
  ko: {
    noRecipient: '(수신자 없음)', why: '근거', evidence: '증거', noMatch: '맞는 문서가 없습니다', reason: '원인',
    who: '조치할 사람', first: '먼저 할 일', more: '다른 문서',
    kind: {
      'not-a-bounce': '반송 메일이 아닙니다: 실패한 수신자나 오류 코드를 찾지 못했습니다.',
      autoreply: '자동 응답(부재중 알림 등)입니다. 메일은 전달되었고 반송이 아닙니다.',
      feedback: '스팸 신고(피드백 보고서)입니다. 메일은 전달된 뒤 받는 사람이 신고했습니다.',
      delivered: '전달 성공 알림입니다. 반송이 아닙니다.',
      delay: '지연 알림입니다. 발송 서버가 아직 다시 시도하고 있습니다.',
      bounce: '',
    } satisfies Record<InputKind, string>,
    permanent: (code: string) => `${withParticle(code, '은/는')} 영구 오류입니다. 그대로 다시 보내도 같은 결과가 나옵니다.`,
    transient: (code: string) => `${withParticle(code, '은/는')} 일시 오류입니다. 발송 서버가 스스로 다시 시도합니다.`,
    siteHint: '문서 링크를 클릭할 수 있게 하려면 --site-url 또는 SITE_URL을 지정하세요.',
  },
  en: {
    noRecipient: '(no recipient)', why: 'why', evidence: 'evidence', noMatch: 'no matching article', reason: 'reason',
    who: 'who acts', first: 'first step', more: 'also',
    kind: {
      'not-a-bounce': 'Not a bounce: no failed recipient or error code was found.',
      autoreply: 'An auto-reply (out of office or similar): the mail was delivered; this is not a bounce.',
      feedback: 'An abuse feedback report: the mail was delivered, then the recipient reported it.',
      delivered: 'A delivery success notice: not a bounce.',
      delay: 'A delay notice: the sending server is still retrying.',
      bounce: '',
    } satisfies Record<InputKind, string>,
    permanent: (code: string) => `${code} is permanent: resending as is gets the same answer.`,
    transient: (code: string) => `${code} is temporary: the sending server retries by itself.`,
    siteHint: 'Give --site-url or SITE_URL to make the article links clickable.',
  },
};

function header(d: Diagnosis, lang: Lang): string {
  const codes = [d.replyCode, d.status].filter(Boolean).join(' ');
  const sev = d.severity ? `, ${lang === 'ko' ? DICTIONARIES.ko.severity[d.severity] : d.severity}` : '';
  const label = REASON_LABELS[lang][d.reason];
  return `${oneLine(d.recipient ?? T[lang].noRecipient)}${codes ? `  ${codes}` : ''}  ${T[lang].reason}: ${d.reason}${sev} (${label})`;
}

function titleOf(m: Match, lang: Lang): string {
  return oneLine(m.title[lang] ?? m.title.en ?? m.title.ko ?? '');
}

function severityLine(d: Diagnosis, lang: Lang): string | null {
  const code = d.status ?? d.replyCode;
  if (!code || !d.severity) return null;
  return d.severity === 'permanent' ? T[lang].permanent(code) : T[lang].transient(code);
}

/**
 * The human report for one input: what it is, each diagnosis with its top article (absolute
 * link when a site URL is known), who acts and the first step, and the evidence. Everything
 * taken from the bounce is shown on one line with control characters escaped.
 *
 * @example
 * humanReport('bounce.eml', analysis, { lang: 'en', limit: 3, siteUrl: null, guides });
 */
export function humanReport(file: string, analysis: Analysis, ctx: FormatContext, log?: string[]): string {
  const { lang, limit, siteUrl } = ctx;
  const t = T[lang];
  const out: string[] = [`== ${escapeControls(file)}`];
  // A mail log's lines are the evidence: shown first, as they are in the log.
  for (const l of log ?? []) out.push(`   log: ${oneLine(l.length > 400 ? `${l.slice(0, 397)}...` : l)}`);
  for (const n of analysis.notes ?? []) out.push(`   note: ${oneLine(n)}`);
  const kind = inputKind(analysis);
  if (kind === 'not-a-bounce') {
    out.push(`   ${t.kind['not-a-bounce']}`);
    return out.join('\n');
  }
  if (t.kind[kind]) out.push(`   ${t.kind[kind]}`);
  analysis.diagnoses.forEach((d, k) => {
    out.push(`${String(k + 1).padStart(3)}. ${header(d, lang)}`);
    if (d.diagnostic) {
      const diag = oneLine(d.diagnostic);
      out.push(`     ${diag.length > 300 ? `${diag.slice(0, 297)}...` : diag}`);
    }
    const sev = severityLine(d, lang);
    if (sev) out.push(`     ${sev}`);
    if (!d.matches.length) out.push(`     ${t.noMatch}`);
    d.matches.slice(0, limit).forEach((m, i) => {
      out.push(`     ${i === 0 ? '->' : '  '} ${m.id}  ${m.score.toFixed(2)}  ${articleUrl(m.url, siteUrl)}`);
      const title = titleOf(m, lang);
      if (title) out.push(`        ${title}`);
      if (i === 0) {
        const g = ctx.guides[m.id];
        const step = g?.step[lang];
        if (g?.who) out.push(`        ${t.who}: ${DICTIONARIES[lang].actors[g.who]}${step ? ` · ${t.first}: ${oneLine(step)}` : ''}`);
      }
      const ev = m.evidence.length ? `; ${t.evidence}: ${m.evidence.map((e) => `"${oneLine(e)}"`).join(', ')}` : '';
      // The matcher's Korean sentences are built with one fixed particle after codes ("421와").
      const why = lang === 'ko' ? fixParticles(m.why.detail) : m.why.detail;
      out.push(`        ${t.why}: ${oneLine(why)}${ev}`);
    });
  });
  return out.join('\n');
}

/** The one-line hint printed after a text report without a site URL. */
export function siteHint(lang: Lang): string {
  return T[lang].siteHint;
}
