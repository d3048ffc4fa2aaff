/** Messages between the main process and the export worker thread. Plain, structured-cloneable data. */
import type { ExportFormat } from '../../../shared/domain/exports';
import type { CommentSheetInput, CompiledReportInput } from '../../../shared/domain/reports';

/** `format` is PDF unless the job asks for Word (.docx); both render the same model. */
export type PdfJob =
  | { kind: 'sheet'; format?: ExportFormat; input: CommentSheetInput; outFile: string; fontsDir: string }
  | { kind: 'report'; format?: ExportFormat; input: CompiledReportInput; outFile: string; fontsDir: string };

/** Main → worker, after the job went in as `workerData`. */
export type ToWorker = { type: 'cancel' };

/** Worker → main. `pages` is null for a .docx (Word lays out its own pages). */
export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; pages: number | null }
  | { type: 'error'; message: string; aborted: boolean };
