/**
 * A worker thread of the CLI's pool (piscina): loads the shipped index once, then analyses the
 * batches the main thread sends. Batches keep the per-message overhead small.
 */
import { workerData } from 'node:worker_threads';
import { defaultIndex, loadData } from '../index';
import type { Work } from './inputs';
import { runBatch, type Done, type TaskOptions } from './task';

const opts = workerData as TaskOptions;
const ready = Promise.all([defaultIndex(), loadData()]);

/** Runs one batch of items; results in the same order. */
export default async function run(batch: Work[]): Promise<Done[]> {
  const [index, data] = await ready;
  return runBatch(batch, opts, index, data.guides);
}
