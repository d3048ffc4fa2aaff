/**
 * Starts a long-lived worker thread from its entry name (the comment-import pair). File lookup and
 * the heap cap are the worker runner's (runner.ts), shared with every other worker.
 */
import type { TransferListItem, Worker } from 'node:worker_threads';
import { locateWorker, spawnWorker, type WorkerEntry } from './runner';

export function startWorker(entry: string, workerData: unknown, transferList: TransferListItem[] = []): Worker {
  return spawnWorker(locateWorker(entry as WorkerEntry), { workerData, transferList });
}
