/** PDF exports run as jobs: started, followed (progress), cancelled, opened. */
import type { MessageRef } from '../messages/types';

export type PdfKind = 'sheet' | 'report';

/** The sheet and the report go out as PDF (to print and sign) or as Word (to edit first). */
export const EXPORT_FORMATS = ['pdf', 'docx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface PdfJobStatus {
  jobId: string;
  kind: PdfKind;
  format: ExportFormat;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  /** Comments or entries laid out so far, of `total`. */
  done: number;
  total: number;
  path: string;
  fileName: string;
  pages: number | null;
  /** Why it failed (Vietnamese). */
  message: string | null;
  /** Why it failed, as a catalogue message: shown in the UI's language. */
  reason?: MessageRef | null;
}
