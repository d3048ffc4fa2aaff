/** The PDF engine: the delegate's comment sheet and the secretariat's compiled report. */
export { writeCommentSheet } from './comment-sheet';
export { writeCompiledReport } from './compiled-report';
export { formatPlaceDate, formatVietnameseDate } from './date-line';
export { fontsDirIn } from './fonts';
export type { PdfOptions, PdfResult } from './output';
export { runPdfWorker, BUNDLED_WORKER, type RunPdfWorkerOptions } from './run-worker';
export type { PdfJob } from './worker-protocol';
