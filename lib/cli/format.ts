/**
 * Output of `bouncekb match`: a short human report, or one JSON object per input.
 */
import type { Analysis, Diagnosis } from '../matcher/types';
import type { Lang } from '../matcher/vocabulary';

/**
 * The JSON line for one input (the issue's shape; extra fields are kept).
 *
 * @example
 * jsonLine('bounce.eml', analysis); // '{"file":"bounce.eml","diagnoses":[...]}'
 */
export function jsonLine(file: string, analysis: Analysis): string {
  return JSON.stringify({
    file,
    input: analysis.input,
    ...(analysis.notes?.length ? { notes: analysis.notes } : {}),
    diagnoses: analysis.diagnoses.map((d) => ({
      recipient: d.recipient,
      replyCode: d.replyCode,
      status: d.status,
      reason: d.reason,
      severity: d.severity ?? null,
      diagnostic: d.diagnostic,
      remoteHost: d.remoteHost ?? null,
      command: d.command ?? null,
      provider: d.provider ?? null,
      matches: d.matches.map((m) => ({
        id: m.id,
        reason: m.reason,
        score: m.score,
        url: m.url,
        source: m.source,
        title: m.title,
        evidence: m.evidence,
        why: m.why,
      })),
    })),
  });
}

const L = {
  ko: { none: '반송 정보를 찾지 못했습니다', noRecipient: '(수신자 없음)', why: '근거', evidence: '증거', noMatch: '맞는 글이 없습니다', reason: '원인' },
  en: { none: 'no bounce found in this input', noRecipient: '(no recipient)', why: 'why', evidence: 'evidence', noMatch: 'no matching article', reason: 'reason' },
};

function header(d: Diagnosis, lang: Lang): string {
  const codes = [d.replyCode, d.status].filter(Boolean).join(' ');
  const sev = d.severity ? `, ${d.severity}` : '';
  return `${d.recipient ?? L[lang].noRecipient}${codes ? `  ${codes}` : ''}  ${L[lang].reason}: ${d.reason}${sev}`;
}

/**
 * The human report for one input: each diagnosis, its top articles with URLs, the evidence.
 *
 * @example
 * humanReport('bounce.eml', analysis, 'en', 3);
 */
export function humanReport(file: string, analysis: Analysis, lang: Lang, limit: number): string {
  const out: string[] = [`== ${file}`];
  for (const n of analysis.notes ?? []) out.push(`   note: ${n}`);
  if (!analysis.diagnoses.length) out.push(`   ${L[lang].none}`);
  analysis.diagnoses.forEach((d, k) => {
    out.push(`${String(k + 1).padStart(3)}. ${header(d, lang)}`);
    if (d.diagnostic) out.push(`     ${d.diagnostic.length > 300 ? `${d.diagnostic.slice(0, 297)}...` : d.diagnostic}`);
    if (!d.matches.length) out.push(`     ${L[lang].noMatch}`);
    for (const m of d.matches.slice(0, limit)) {
      const title = m.title[lang] ?? m.title.en ?? m.title.ko ?? '';
      out.push(`     -> ${m.id}  ${m.score.toFixed(2)}  ${m.url}`);
      if (title) out.push(`        ${title}`);
      out.push(`        ${L[lang].why}: ${m.why.detail}${m.evidence.length ? `; ${L[lang].evidence}: ${m.evidence.map((e) => JSON.stringify(e)).join(', ')}` : ''}`);
    }
  });
  return out.join('\n');
}
