/** PDF exports run as jobs: started, followed (progress), cancelled, opened. */

export type PdfKind = 'sheet' | 'report';

export interface PdfJobStatus {
  jobId: string;
  kind: PdfKind;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Comments or entries laid out so far, of `total`. */
  done: number;
  total: number;
  path: string;
  fileName: string;
  pages: number | null;
  /** Why it failed (Vietnamese). */
  message: string | null;
}
