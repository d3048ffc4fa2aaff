/**
 * Worker thread: the full `PRAGMA integrity_check` of a large database file (db/integrity-check.ts),
 * so the window keeps answering while it reads every page. Posts the problems found, or null.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkFileNow, type IntegrityJob } from '../db/integrity-check';

parentPort!.postMessage(checkFileNow(workerData as IntegrityJob));
