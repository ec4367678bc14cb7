/**
 * A worker thread of the CLI. Either one of the piscina pool's workers (whole batches, files read
 * here), or one of the two stages of a
 * two-core run (see stages.ts): the extracting stage reads and extracts each batch and passes it
 * on; the finishing stage classifies, ranks and formats it and sends the results to the main
 * thread. Batches keep the per-message overhead small.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import { defaultIndex, loadData } from '../index';
import type { Work } from './inputs';
import type { StageData } from './stages';
import { finishItem, packOutputs, prepareBatch, runBatch, type Done, type Prepared, type TaskOptions } from './task';

const stage = (workerData as Partial<StageData> | null)?.stage ?? null;
const opts: TaskOptions = stage ? (workerData as StageData).opts : (workerData as TaskOptions);
// The extracting stage never reads the index.
let loaded: Promise<[Awaited<ReturnType<typeof defaultIndex>>, Awaited<ReturnType<typeof loadData>>]> | null = null;
const ready = () => (loaded ??= Promise.all([defaultIndex(), loadData()]));

if (stage === 'extract') {
  const port = (workerData as StageData).port as unknown as MessagePort;
  // One batch at a time, in order.
  let chain = Promise.resolve();
  parentPort?.on('message', (m: { seq: number; batch: Work[] }) => {
    chain = chain.then(async () => {
      try {
        port.postMessage({ seq: m.seq, prepared: await prepareBatch(m.batch) });
      } catch (e) {
        port.postMessage({ seq: m.seq, prepared: m.batch.map((w): Prepared => ({ name: w.name, error: (e as Error).message })) });
      }
    });
  });
} else if (stage === 'finish') {
  const port = (workerData as StageData).port as unknown as MessagePort;
  type Batch = { seq: number; prepared: Prepared[] };
  let loadedIndex: Awaited<ReturnType<typeof ready>> | null = null;
  let failure: Error | null = null;
  const waiting: Batch[] = [];
  const handle = (m: Batch) => {
    try {
      if (failure) throw failure;
      const [index, data] = loadedIndex as Awaited<ReturnType<typeof ready>>;
      const done = m.prepared.map((p) => finishItem(p, opts, index, data.guides));
      const bytes = packOutputs(done);
      parentPort?.postMessage({ seq: m.seq, done }, bytes ? [bytes] : []);
    } catch (e) {
      parentPort?.postMessage({ seq: m.seq, done: m.prepared.map((p): Done => ({ name: p.name, kind: 'not-a-bounce', error: (e as Error).message })) });
    }
  };
  // Once the index is loaded, each batch is finished as it arrives, in order: the batches not
  // reached yet stay serialized in the channel's queue, outside this thread's heap, instead of
  // waiting there in a promise chain.
  port.on('message', (m: Batch) => {
    if (loadedIndex || failure) handle(m);
    else waiting.push(m);
  });
  ready().then(
    (loaded) => {
      loadedIndex = loaded;
      for (const m of waiting.splice(0)) handle(m);
    },
    (e: unknown) => {
      failure = e instanceof Error ? e : new Error(String(e));
      for (const m of waiting.splice(0)) handle(m);
    },
  );
}

/** Runs one batch (piscina); results in the same order. */
export default async function run(batch: Work[]): Promise<Done[]> {
  const [index, data] = await ready();
  return runBatch(batch, opts, index, data.guides);
}
