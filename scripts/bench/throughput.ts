/**
 * `npm run bench throughput`: the built CLI on many files, side by side with Sisimai when it is
 * installed (`perl -MSisimai`, e.g. Debian's libsisimai-perl). The Sisimai corpus
 * (../shared/corpus/sisimai, or $SISIMAI_CORPUS) is copied N times (default 16, about 10,000
 * files; $BENCH_COPIES) into a temporary folder outside the repository; each tool runs once,
 * as one process, on the same files. Prints files per second (wall clock), CPU time (user+sys
 * of the child, worker threads included) and peak memory (max RSS, from /usr/bin/time), then
 * one small file against a bare `node -e 0`. $BENCH_RUNS=N adds N-1 more pairs (bouncekb and
 * Sisimai on the same files, in alternating order) and prints the median of the pairs' ratios.
 * Bar: files/s >= 2x Sisimai's, CPU <= Sisimai's, peak memory <= 200 MB, one file <= 3x node -e 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = process.cwd();
const corpus = path.resolve(root, process.env.SISIMAI_CORPUS ?? '../shared/corpus/sisimai');
const copies = Number(process.env.BENCH_COPIES ?? 16);
const TIME = '/usr/bin/time';

interface Run {
  wall: number;
  cpu: number | null;
  rssMb: number | null;
  status: number | null;
  stderr: string;
}

/** Runs a command once; wall clock here, CPU and peak memory from /usr/bin/time when present. */
function measure(cmd: string, args: string[], input?: string): Run {
  const timed = fs.existsSync(TIME);
  const argv = timed ? ['-f', 'BENCH %e %U %S %M', cmd, ...args] : args;
  const t = performance.now();
  const r = spawnSync(timed ? TIME : cmd, argv, { input, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['pipe', 'ignore', 'pipe'] });
  const wall = (performance.now() - t) / 1000;
  const m = /BENCH ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? '');
  return {
    wall: m ? Number(m[1]) : wall,
    cpu: m ? Number(m[2]) + Number(m[3]) : null,
    rssMb: m ? Number(m[4]) / 1024 : null,
    status: r.status,
    stderr: (r.stderr ?? '').replace(/BENCH .*\n?/, '').trim(),
  };
}

function files(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...files(full));
    else if (e.isFile() && !e.name.startsWith('.')) out.push(full);
  }
  return out.sort();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

const fmt = (n: number | null, d = 2) => (n === null ? 'n/a' : n.toFixed(d));
const mark = (ok: boolean | null) => (ok === null ? '    ' : ok ? 'ok  ' : 'MISS');

export default async function run(): Promise<void> {
  const maildir = path.join(corpus, 'maildir');
  if (!fs.existsSync(maildir)) {
    console.log(`bench: no corpus at ${corpus} (set SISIMAI_CORPUS); nothing to measure.`);
    return;
  }
  const bin = path.join(root, 'bin', 'bouncekb.mjs');
  if (!fs.existsSync(path.join(root, 'dist', 'cli.js'))) {
    console.log('bench: building dist/ first (npm run build:lib)');
    execFileSync('npx', ['tsx', 'scripts/build-lib.ts', '--no-types'], { cwd: root, stdio: 'inherit' });
  }
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bouncekb-bench-'));
  try {
    for (let i = 1; i <= copies; i++) fs.cpSync(maildir, path.join(work, `copy${String(i).padStart(2, '0')}`), { recursive: true });
    const all = files(work);
    const list = `${all.join('\n')}\n`;
    const one = path.join(work, 'copy01');
    const oneCount = files(one).length;
    console.log(`corpus: ${maildir} x ${copies} = ${all.length} files in ${work} (${os.availableParallelism()} cores)`);

    const perl = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
    const hasSisimai = perl.status === 0;
    // Sisimai parses every file (`make`), one process, file names on stdin.
    const sisimaiScript = 'my $n = 0; while (my $f = <STDIN>) { chomp $f; my $v = Sisimai->make($f, delivered => 1); $n += scalar @{ $v || [] } } print "$n\\n"';

    const rows: Array<[string, Run, number]> = [];
    const ours = measure(process.execPath, [bin, 'match', '--json', work]);
    if (ours.status !== 0) console.log(`bench: bouncekb exited ${ours.status}: ${ours.stderr.slice(0, 300)}`);
    rows.push(['bouncekb match --json DIR', ours, all.length]);
    let sis: Run | null = null;
    if (hasSisimai) {
      sis = measure('perl', ['-MSisimai', '-e', sisimaiScript], list);
      rows.push([`Sisimai ${perl.stdout.trim()} (perl, make)`, sis, all.length]);
      const sisOne = measure('perl', ['-MSisimai', '-e', sisimaiScript], `${files(one).join('\n')}\n`);
      rows.push([`Sisimai, ${oneCount} files`, sisOne, oneCount]);
    } else console.log('bench: Sisimai is not installed (apt-get install libsisimai-perl); bouncekb alone');
    rows.push([`bouncekb, ${oneCount} files`, measure(process.execPath, [bin, 'match', '--json', one]), oneCount]);

    console.log('');
    console.log(`${'run'.padEnd(34)} ${'files'.padStart(6)} ${'wall s'.padStart(8)} ${'files/s'.padStart(8)} ${'CPU s'.padStart(7)} ${'max RSS MB'.padStart(10)}`);
    for (const [name, r, n] of rows) {
      console.log(`${name.padEnd(34)} ${String(n).padStart(6)} ${fmt(r.wall).padStart(8)} ${fmt(n / r.wall, 0).padStart(8)} ${fmt(r.cpu).padStart(7)} ${fmt(r.rssMb, 0).padStart(10)}`);
    }
    console.log('');
    const speed = sis ? sis.wall / ours.wall : null;
    const cpu = sis && sis.cpu !== null && ours.cpu !== null ? ours.cpu / sis.cpu : null;
    console.log(`${mark(speed === null ? null : speed >= 2)} files/s vs Sisimai      ${speed === null ? 'n/a' : `${speed.toFixed(2)}x`}  (target >= 2x)`);
    console.log(`${mark(cpu === null ? null : cpu <= 1)} CPU time vs Sisimai     ${cpu === null ? 'n/a' : `${cpu.toFixed(2)}x`}  (target <= 1x)`);
    console.log(`${mark(ours.rssMb === null ? null : ours.rssMb <= 200)} peak memory             ${fmt(ours.rssMb, 0)} MB  (target <= 200 MB)`);

    // More pairs on request ($BENCH_RUNS, default 1): the machine's load moves both tools' times
    // from run to run, so the median of several pairs' ratios says more than one pair does.
    const runs = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS ?? 1)) || 1);
    if (sis && runs > 1) {
      const pairs = [{ ours, sis }];
      for (let k = 1; k < runs; k++) {
        // Alternate which tool goes first.
        const first = k % 2 ? measure('perl', ['-MSisimai', '-e', sisimaiScript], list) : null;
        const o = measure(process.execPath, [bin, 'match', '--json', work]);
        const s = first ?? measure('perl', ['-MSisimai', '-e', sisimaiScript], list);
        pairs.push({ ours: o, sis: s });
        console.log(`     pair ${k + 1}: bouncekb ${fmt(o.wall)} s wall, ${fmt(o.cpu)} s CPU, ${fmt(o.rssMb, 0)} MB; Sisimai ${fmt(s.wall)} s wall, ${fmt(s.cpu)} s CPU`);
      }
      const speeds = pairs.map((p) => p.sis.wall / p.ours.wall);
      const cpus = pairs.flatMap((p) => (p.sis.cpu && p.ours.cpu !== null ? [p.ours.cpu / p.sis.cpu] : []));
      const rss = pairs.flatMap((p) => (p.ours.rssMb === null ? [] : [p.ours.rssMb]));
      console.log(`     ${runs} pairs: files/s vs Sisimai ${speeds.map((x) => x.toFixed(2)).join(' ')} (median ${median(speeds).toFixed(2)}x); CPU ${cpus.map((x) => x.toFixed(2)).join(' ')} (median ${cpus.length ? median(cpus).toFixed(2) : 'n/a'}x); peak memory at most ${rss.length ? Math.max(...rss).toFixed(0) : 'n/a'} MB`);
    }

    // Start-up: one small file, median of 7 runs, against a bare node.
    const small = path.join(root, 'tests/fixtures/bounces/korean/daum-das51-postfix.eml');
    const bare: Run[] = [];
    const single: Run[] = [];
    for (let i = 0; i < 7; i++) {
      bare.push(measure(process.execPath, ['-e', '0']));
      single.push(measure(process.execPath, [bin, 'match', small]));
    }
    const ratio = median(single.map((r) => r.wall)) / median(bare.map((r) => r.wall));
    console.log(`${mark(ratio <= 3)} one small file          ${(median(single.map((r) => r.wall)) * 1000).toFixed(0)} ms vs node -e 0 ${(median(bare.map((r) => r.wall)) * 1000).toFixed(0)} ms = ${ratio.toFixed(2)}x  (target <= 3x; medians of 7)`);
    if (single.every((r) => r.cpu !== null)) {
      const cpuRatio = median(single.map((r) => r.cpu as number)) / median(bare.map((r) => r.cpu as number));
      console.log(`     one small file, CPU    ${(median(single.map((r) => r.cpu as number)) * 1000).toFixed(0)} ms vs ${(median(bare.map((r) => r.cpu as number)) * 1000).toFixed(0)} ms = ${cpuRatio.toFixed(2)}x (less sensitive to a loaded machine)`);
    }
    console.log(`     load average now: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')} (wall-clock figures need an idle machine)`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}
