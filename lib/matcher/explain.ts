/**
 * The sentence each match carries to say why it was proposed, in the page's language.
 */
import { withParticle } from '../korean/particle';
import type { MatchWhy } from './types';
import type { Lang, Reason } from './vocabulary';

/** Everything a sentence may mention. */
export interface WhyFacts {
  phrases?: string[];
  scope?: 'diagnostic' | 'context' | 'text';
  status?: string | null;
  reply?: string | null;
  reason?: Reason;
  provider?: string | null;
  words?: string[];
}

const q = (s: string) => `"${s}"`;

function list(items: string[], lang: Lang): string {
  return items.map(q).join(lang === 'ko' ? ', ' : ' and ');
}

/**
 * Builds the `why` of a match.
 *
 * @example
 * explain('signature', { phrases: ['DAS51'], scope: 'diagnostic' }, 'en').detail; // 'the server\'s reply contains "DAS51", this article\'s signature'
 */
export function explain(kind: MatchWhy['kind'], f: WhyFacts, lang: Lang): MatchWhy {
  const ko = lang === 'ko';
  const codes = [f.status, f.reply].filter((c): c is string => !!c);
  const prov = f.provider ? (ko ? ` (${f.provider})` : ` (${f.provider})`) : '';
  let detail: string;
  switch (kind) {
    case 'signature': {
      const where = f.scope === 'diagnostic' ? (ko ? '수신 서버의 응답' : "the server's reply") : f.scope === 'context' ? (ko ? '이 수신자에 대한 반송 내용' : "this recipient's paragraph") : ko ? '반송 메일 본문' : 'the bounce';
      detail = ko ? `${where}에 이 글의 시그니처 ${withParticle(list(f.phrases ?? [], lang), '이/가')} 있습니다` : `${where} contains ${list(f.phrases ?? [], lang)}, this article's signature`;
      break;
    }
    case 'code+reason':
      if (codes.length) detail = ko ? `코드 ${withParticle(codes.join(' '), '과/와')} 원인(${f.reason})이 같습니다${prov}` : `same code ${codes.join(' ')} and same reason (${f.reason})${prov}`;
      else detail = ko ? `같은 원인(${f.reason}), 같은 제공자(${f.provider})의 다른 오류입니다` : `same reason (${f.reason}) at the same provider (${f.provider}), another code`;
      break;
    case 'reason':
      detail = ko ? `원인 ${f.reason}의 일반 설명입니다` : `the general page for the reason ${f.reason}`;
      break;
    case 'code':
      detail = ko ? `코드 ${withParticle(codes.join(' '), '을/를')} 다루는 글입니다${prov}` : `covers the code ${codes.join(' ')}${prov}`;
      break;
    default:
      detail = ko ? `비슷한 단어: ${list(f.words ?? [], lang)}` : `words in common: ${list(f.words ?? [], lang)}`;
  }
  return { kind, detail };
}
