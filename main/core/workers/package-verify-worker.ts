/**
 * Worker thread: verifies comment packages (gunzip, hash, signature, schema) one after another and
 * hands each, in file order, to the writing worker through the port it was given. It stays up
 * between imports (workers/comment-import.ts).
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { verifyCommentPackage } from '../packages/comment-package';
import { rejectedResult } from '../packages/import-files';
import type { VerifiedFile, VerifyJob } from './import-protocol';

const { port } = workerData as { port: MessagePort };

parentPort!.on('message', ({ job, files }: VerifyJob) => {
  files.forEach((file, index) => {
    let message: VerifiedFile;
    try {
      const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
      message = { job, index, verified: verifyCommentPackage(data, file.name) };
    } catch (error) {
      message = { job, index, rejected: rejectedResult(file.name, error) };
    }
    port.postMessage(message);
  });
});
