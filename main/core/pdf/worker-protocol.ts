/** Messages between the main process and the PDF worker thread. Plain, structured-cloneable data. */
import type { CommentSheetInput, CompiledReportInput } from '../../../shared/domain/reports';

export type PdfJob =
  | { kind: 'sheet'; input: CommentSheetInput; outFile: string; fontsDir: string }
  | { kind: 'report'; input: CompiledReportInput; outFile: string; fontsDir: string };

/** Main → worker, after the job went in as `workerData`. */
export type ToWorker = { type: 'cancel' };

/** Worker → main. */
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: number }
  | { type: 'error'; message: string; aborted: boolean };
