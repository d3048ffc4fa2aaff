/** The PDF engine: the delegate's comment sheet and the secretariat's compiled report. */
export { writeCommentSheet, writeCompiledReport } from './documents';
export { formatPlaceDate, formatVietnameseDate } from './date-line';
export { fontsDirIn } from './fonts';
export type { PdfOptions, PdfResult } from './output';
export { writeModelPdf } from './render-model';
export { runPdfWorker, BUNDLED_WORKER, type RunPdfWorkerOptions } from './run-worker';
export type { PdfJob } from './worker-protocol';
