/** A CliIO that keeps what the CLI writes, for calling `main()` in-process. */
import { Readable } from 'node:stream';
import type { BundleData } from '../../../lib/bundle/data';
import type { CliIO } from '../../../lib/cli/main';
import { fixtureArticles } from '../../matcher/helpers/articles';

export const fixtureData: BundleData = {
  version: 1,
  articles: fixtureArticles,
  guides: { 'daum-das51-antispam-block': { who: 'sender-admin', step: { ko: '메일 로그에서 발송량이 급증한 계정을 찾습니다.', en: 'Find the account whose volume spiked.' } } },
};

export function io(extra: Partial<CliIO> = {}, stdin: string | Uint8Array = '') {
  const out: string[] = [];
  const err: string[] = [];
  const base: CliIO = {
    write: (t) => void out.push(typeof t === 'string' ? t : Buffer.from(t.buffer, t.byteOffset, t.byteLength).toString('utf8')),
    stderr: (l) => void err.push(l),
    stdin: Readable.from([typeof stdin === 'string' ? Buffer.from(stdin) : Buffer.from(stdin)]),
    env: {},
    data: async () => fixtureData,
    workerFile: null,
    ...extra,
  };
  return { io: base, out, err, text: () => out.join('') };
}
