/**
 * `npm run bench corpora`: the matcher on real bounces and non-bounces collected by other
 * open-source projects (tests/fixtures/bounces/<source>/, each with its licence and a
 * labels.jsonl), apart from the Sisimai corpus. Prints, for the tuned part and the holdout
 * (files marked `holdout`, never tuned on): recipient recall and precision, bounces detected,
 * non-bounces said to be non-bounces, the exact verdict kind, temporary/permanent right (a blank
 * counts as wrong), and the time per file. Targets: recall >= 0.95, precision >= 0.97, severity
 * >= 90%, non-bounces >= 85%, bounces detected >= 98%.
 */
import fs from 'node:fs';
import path from 'node:path';
import { analyze, buildIndex } from '../../lib/matcher';
import type { Analysis } from '../../lib/matcher';

interface Label {
  file: string;
  kind: 'bounce' | 'delay' | 'autoreply' | 'feedback' | 'delivered' | 'not-a-bounce';
  recipients: string[];
  severity: 'permanent' | 'transient' | null;
  holdout: boolean;
  note?: string;
}

interface Tally {
  files: number;
  rcptExpected: number;
  rcptFound: number;
  rcptGot: number;
  bounces: number;
  bouncesSeen: number;
  others: number;
  othersSeen: number;
  kindOk: number;
  sevN: number;
  sevOk: number;
  misses: string[];
}

const ROOT = path.join(process.cwd(), 'tests/fixtures/bounces');
const FAILURE = new Set(['bounce', 'delay']);

function tally(): Tally {
  return { files: 0, rcptExpected: 0, rcptFound: 0, rcptGot: 0, bounces: 0, bouncesSeen: 0, others: 0, othersSeen: 0, kindOk: 0, sevN: 0, sevOk: 0, misses: [] };
}

function pct(n: number, d: number): string {
  return d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a';
}

/** The severity the analysis gives the file: its first diagnosis that has one. */
function severityOf(a: Analysis): string | null {
  return a.diagnoses.find((d) => d.severity)?.severity ?? null;
}

function score(t: Tally, l: Label, a: Analysis, name: string): void {
  t.files++;
  const kind = a.verdict?.kind ?? 'none';
  if (kind === l.kind) t.kindOk++;
  const expectFailure = FAILURE.has(l.kind);
  const saysFailure = FAILURE.has(kind);
  if (expectFailure) {
    t.bounces++;
    if (saysFailure) t.bouncesSeen++;
    else t.misses.push(`${name}: a ${l.kind} read as ${kind}`);
    const want = new Set(l.recipients.map((r) => r.toLowerCase()));
    const got = new Set(saysFailure ? a.diagnoses.map((d) => d.recipient?.toLowerCase()).filter((r): r is string => !!r) : []);
    t.rcptExpected += want.size;
    t.rcptGot += got.size;
    let found = 0;
    for (const r of want) if (got.has(r)) found++;
    t.rcptFound += found;
    if (found < want.size || got.size > found) t.misses.push(`${name}: recipients want [${[...want].join(', ')}] got [${[...got].join(', ')}]`);
    if (l.severity) {
      t.sevN++;
      const sev = severityOf(a);
      if (sev === l.severity) t.sevOk++;
      else t.misses.push(`${name}: severity want ${l.severity} got ${sev ?? 'blank'}`);
    }
  } else {
    t.others++;
    if (!saysFailure) t.othersSeen++;
    else t.misses.push(`${name}: a ${l.kind} read as ${kind}`);
  }
}

function report(title: string, t: Tally): void {
  const recall = t.rcptExpected ? t.rcptFound / t.rcptExpected : 1;
  const precision = t.rcptGot ? t.rcptFound / t.rcptGot : 1;
  console.log(`${title}: ${t.files} files`);
  console.log(`  recipients       recall ${recall.toFixed(3)} (${t.rcptFound}/${t.rcptExpected}), precision ${precision.toFixed(3)} (${t.rcptFound}/${t.rcptGot})  (targets 0.95 / 0.97)`);
  console.log(`  bounces detected ${pct(t.bouncesSeen, t.bounces)} (${t.bouncesSeen}/${t.bounces}; target 98%)`);
  console.log(`  non-bounces      ${pct(t.othersSeen, t.others)} said not to be a bounce (${t.othersSeen}/${t.others}; target 85%)`);
  console.log(`  verdict kind     ${pct(t.kindOk, t.files)} exact (${t.kindOk}/${t.files})`);
  console.log(`  severity         ${pct(t.sevOk, t.sevN)} right, blank = wrong (${t.sevOk}/${t.sevN}; target 90%)`);
}

export default async function run(): Promise<void> {
  const index = buildIndex([]);
  const sources = fs.readdirSync(ROOT).filter((d) => fs.existsSync(path.join(ROOT, d, 'labels.jsonl'))).sort();
  if (!sources.length) {
    console.log('bench: no labelled corpus under tests/fixtures/bounces/*/labels.jsonl; nothing to measure.');
    return;
  }
  const tuned = tally();
  const held = tally();
  const perSource: string[] = [];
  const times: number[] = [];
  for (const src of sources) {
    const labels = fs.readFileSync(path.join(ROOT, src, 'labels.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Label);
    const mine = tally();
    for (const l of labels) {
      const bytes = new Uint8Array(fs.readFileSync(path.join(ROOT, src, l.file)));
      const t0 = performance.now();
      const a = await analyze(bytes, index, { lang: 'en' });
      times.push(performance.now() - t0);
      score(l.holdout ? held : tuned, l, a, `${src}/${l.file}${l.holdout ? ' (holdout)' : ''}`);
      score(mine, l, a, l.file);
    }
    const recall = mine.rcptExpected ? mine.rcptFound / mine.rcptExpected : 1;
    perSource.push(`  ${src.padEnd(20)} ${String(mine.files).padStart(4)} files  recall ${recall.toFixed(3)}  bounces ${pct(mine.bouncesSeen, mine.bounces)}  non-bounces ${pct(mine.othersSeen, mine.others)}  severity ${pct(mine.sevOk, mine.sevN)}`);
  }
  times.sort((a, b) => a - b);
  console.log(`corpora: ${sources.join(', ')} (licences and attribution in each folder)`);
  report('tuned part', tuned);
  report('holdout (never tuned on)', held);
  console.log('per source (both parts):');
  for (const line of perSource) console.log(line);
  console.log(`time per file: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms, max ${(times[times.length - 1] ?? 0).toFixed(2)} ms`);
  if (process.env.BENCH_VERBOSE) {
    console.log('misses (tuned part):');
    for (const m of tuned.misses) console.log(`  ${m}`);
  }
}
