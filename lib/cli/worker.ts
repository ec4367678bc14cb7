/**
 * A worker thread of the CLI's pool (piscina): loads the shipped index once, then runs the
 * batches the main thread sends: whole batches (files read here), or batches the main thread
 * has already read and extracted (then only classifying, ranking and formatting happen here).
 * Batches keep the per-message overhead small.
 */
import { workerData } from 'node:worker_threads';
import { defaultIndex, loadData } from '../index';
import type { Work } from './inputs';
import { finishItem, runBatch, type Done, type Prepared, type TaskOptions } from './task';

const opts = workerData as TaskOptions;
const ready = Promise.all([defaultIndex(), loadData()]);

/** Runs one batch; results in the same order. */
export default async function run(batch: Work[] | { prepared: Prepared[] }): Promise<Done[]> {
  const [index, data] = await ready;
  if (Array.isArray(batch)) return runBatch(batch, opts, index, data.guides);
  return batch.prepared.map((p) => finishItem(p, opts, index, data.guides));
}
