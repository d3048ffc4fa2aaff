/**
 * Worker-thread entry of the export engine: takes one job from `workerData`, builds the document
 * model, writes it as PDF or .docx, posts progress and then `done` or `error`, and stops on a
 * `cancel` message (the temporary file is deleted, the target is never touched). Spawned by
 * `runPdfWorker`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { writeModelDocx } from '../docx';
import { buildReportModel } from '../report/report-model';
import { buildSheetModel } from '../report/sheet-model';
import type { PdfOptions } from './output';
import { writeModelPdf } from './render-model';
import type { FromWorker, PdfJob, ToWorker } from './worker-protocol';

export async function runJob(job: PdfJob, post: (m: FromWorker) => void, signal: AbortSignal): Promise<void> {
  const opts: PdfOptions = {
    fontsDir: job.fontsDir,
    signal,
    onProgress: (done, total) => post({ type: 'progress', done, total }),
  };
  try {
    // The job's input is the worker's own copy: the report lets go of each comment once its row is built.
    const model = job.kind === 'sheet' ? buildSheetModel(job.input) : buildReportModel(job.input, { release: true });
    const { pages } =
      job.format === 'docx' ? await writeModelDocx(model, job.outFile, opts) : await writeModelPdf(model, job.outFile, opts);
    post({ type: 'done', pages });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error), aborted: signal.aborted });
  }
}

if (parentPort) {
  const port = parentPort;
  const controller = new AbortController();
  port.on('message', (m: ToWorker) => {
    if (m.type === 'cancel') controller.abort();
  });
  void runJob(workerData as PdfJob, (m) => port.postMessage(m), controller.signal).finally(() => port.close());
}
