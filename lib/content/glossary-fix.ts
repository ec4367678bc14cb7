/**
 * Mechanical glossary fixes for an article file: replaces an avoided word by the glossary's term
 * where that is safe, and adjusts the particle after it by pronunciation (블랙리스트를 →
 * 차단 목록(RBL)을, 거절이 → 거부가). Anything that needs a person (a verb phrase such as
 * "메일을 받는 서버", a mail client's own setting name, a term without `fix`) is left and reported.
 */
import { hasBatchim, getJongseong } from 'es-hangul';
import { findInLine, koreanProse, type Finding, type Glossary } from './glossary';

const HANGUL_SYLLABLE = /[\uac00-\ud7a3]/u;

/** The syllable a particle attaches to: the last Hangul syllable outside a trailing (annotation). */
function lastSyllable(word: string): string | null {
  const bare = word.replace(/\([^)]*\)\s*$/, '');
  for (let i = bare.length - 1; i >= 0; i--) {
    const c = bare[i] ?? '';
    if (HANGUL_SYLLABLE.test(c)) return c;
    if (/[A-Za-z0-9]/.test(c)) return null;
  }
  return null;
}

/** Particle pairs [after a final consonant, after a vowel]; longer forms first. */
const PARTICLES: [string, string][] = [
  ['으로', '로'],
  ['이라', '라'],
  ['이나', '나'],
  ['이며', '며'],
  ['이', '가'],
  ['을', '를'],
  ['은', '는'],
  ['과', '와'],
];
/** What may follow a particle inside the same word (로는, 이라고, 과의 ...). */
const AFTER_PARTICLE = /^(?:$|[^\uac00-\ud7a3]|는|도|서|써|의|만|고|부터)/u;

/**
 * Rewrites the particle at the start of `rest` to suit `word`, e.g. ('거부', '이 ') → '가 '.
 *
 * @example adjustParticle('차단 목록(RBL)', '를 확인') // '을 확인'
 */
export function adjustParticle(word: string, rest: string): string {
  const syl = lastSyllable(word);
  if (!syl) return rest;
  const batchim = hasBatchim(syl);
  const rieul = getJongseong(syl) === 'ㄹ';
  for (const [withB, withoutB] of PARTICLES) {
    for (const form of [withB, withoutB]) {
      if (!rest.startsWith(form) || !AFTER_PARTICLE.test(rest.slice(form.length))) continue;
      // 으로/로: a final ㄹ takes 로 as a vowel does.
      const wanted = withB === '으로' ? (batchim && !rieul ? withB : withoutB) : batchim ? withB : withoutB;
      return wanted + rest.slice(form.length);
    }
  }
  return rest;
}

export interface FixResult {
  text: string;
  /** Replacements made, as `line: "old" → "new"`. */
  fixed: string[];
  /** Findings left for a person. */
  left: Finding[];
}

/** Why a hit must be left to a person, or null when the mechanical replacement is safe. */
function needsPerson(f: Finding, line: string): string | null {
  if (!f.term.fix) return 'no mechanical fix';
  const before = line.slice(0, f.column);
  if (/^(보내는|받는)/.test(f.found)) {
    // "메일을 받는 서버" is a verb phrase with an object, not the name of a server.
    if (/[을를]\s*$/.test(before)) return 'verb phrase';
    // A mail client's settings keep the client's words (보내는 메일 서버(SMTP)); in a sentence
    // about the client, 받는 서버 may be its POP/IMAP server, not the recipient's server.
    if (/프로그램[^.]{0,12}$/.test(before) || /['‘]$/.test(before)) return 'mail-client setting';
    if (/메일 프로그램|POP|IMAP|아이디·비밀번호/.test(line)) return 'mail-client sentence';
  }
  return null;
}

/** The replacement text of one safe hit. `rblSeen` says whether 차단 목록(RBL) was already written. */
function replacementOf(f: Finding, after: string, rblSeen: boolean): string {
  const write = f.term.write;
  if (write === '차단 목록(RBL)') return rblSeen || /^\s*\(/.test(after) ? '차단 목록' : write;
  if (write === '수신 서버' && /^\s*\((?:POP|IMAP)/i.test(after)) return '받는 메일 서버';
  if (write === '발송 서버' && /^\s*\(SMTP/i.test(after)) return '보내는 메일 서버';
  return write;
}

/**
 * Applies every safe glossary fix to an article file's Korean prose. Runs until nothing changes
 * (at most three passes), since one fix can reveal another ("블랙리스트 등록" → "차단 목록(RBL)
 * 등록" → "차단 목록(RBL) 등재").
 */
export function fixArticle(raw: string, glossary: Glossary): FixResult {
  let text = raw;
  const fixed: string[] = [];
  let left: Finding[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const r = fixPass(text, glossary);
    text = r.text;
    left = r.left;
    fixed.push(...r.fixed);
    if (!r.fixed.length) break;
  }
  return { text, fixed, left };
}

function fixPass(raw: string, glossary: Glossary): FixResult {
  const lines = raw.split('\n');
  const fixed: string[] = [];
  const left: Finding[] = [];
  let rblSeen = /차단 목록\(RBL\)/.test(koreanProse(raw).map((p) => p.text).join('\n'));
  for (const p of koreanProse(raw)) {
    const findings = findInLine(p.text, glossary, p.line);
    if (!findings.length) continue;
    let line = lines[p.line - 1] ?? '';
    let shift = 0;
    for (const f of findings) {
      const why = needsPerson(f, p.text);
      if (why) {
        left.push(f);
        continue;
      }
      const start = f.column + shift;
      const end = start + f.found.length;
      const after = line.slice(end);
      const replacement = replacementOf(f, after, rblSeen);
      if (replacement.startsWith('차단 목록')) rblSeen = true;
      const rest = adjustParticle(replacement, after);
      line = line.slice(0, start) + replacement + rest;
      shift += replacement.length - f.found.length + (rest.length - after.length);
      fixed.push(`${p.line}: "${f.found}" → "${replacement}"`);
    }
    lines[p.line - 1] = line;
  }
  return { text: lines.join('\n'), fixed, left };
}
