/**
 * Worker thread: verifies comment packages (gunzip, hash, signature, schema) one after another and
 * hands each, in file order, to the writing worker through the port it was given.
 */
import { workerData, type MessagePort } from 'node:worker_threads';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { verifyCommentPackage, type VerifiedCommentPackage } from '../packages/comment-package';
import { rejectedResult } from '../packages/import-files';

export type VerifyMessage = { index: number; verified: VerifiedCommentPackage } | { index: number; rejected: PackageFileResult };

const { files, port } = workerData as { files: Array<{ name: string; data: Uint8Array }>; port: MessagePort };
files.forEach((file, index) => {
  let message: VerifyMessage;
  try {
    const data = Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength);
    message = { index, verified: verifyCommentPackage(data, file.name) };
  } catch (error) {
    message = { index, rejected: rejectedResult(file.name, error) };
  }
  port.postMessage(message);
});
port.close();
