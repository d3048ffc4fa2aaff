/**
 * PDF and Word exports from the window: start a job (main asks where to save), follow its progress by
 * polling, cancel it, open the result in the system's viewer.
 */
import { create } from 'zustand';
import type { ExportFormat, PdfJobStatus, PdfKind } from '../../../shared/domain/exports';
import { api } from '../api/client';

const POLL_MS = 200;

export interface PdfRequest {
  kind: PdfKind;
  /** PDF unless Word (.docx) is asked for. */
  format?: ExportFormat;
  itemId?: string;
  documentId?: string;
}

export interface PdfState {
  job: PdfJobStatus | null;
  starting: boolean;
  error: string | null;
  start(request: PdfRequest): Promise<void>;
  cancel(): Promise<void>;
  open(): Promise<void>;
  /** Opened in the system's viewer (false in the browser door, which has none). */
  opened: boolean | null;
  reset(): void;
}

let poller: ReturnType<typeof setTimeout> | undefined;

export const usePdfStore = create<PdfState>()((set, get) => {
  async function poll(jobId: string): Promise<void> {
    const result = await api.pdfStatus({ jobId });
    if (get().job?.jobId !== jobId) return;
    if (!result.ok) return set({ error: result.error.message });
    set({ job: result.value });
    if (result.value.state === 'running') poller = setTimeout(() => void poll(jobId), POLL_MS);
  }

  return {
    job: null,
    starting: false,
    error: null,
    opened: null,
    async start(request) {
      clearTimeout(poller);
      set({ starting: true, error: null, job: null, opened: null });
      const result = await api.pdfStart(request);
      set({ starting: false });
      if (!result.ok) {
        if (result.error.code !== 'cancelled') set({ error: result.error.message });
        return;
      }
      set({ job: result.value });
      poller = setTimeout(() => void poll(result.value.jobId), POLL_MS);
    },
    async cancel() {
      const job = get().job;
      if (!job || job.state !== 'running') return;
      const result = await api.pdfCancel({ jobId: job.jobId });
      if (!result.ok) set({ error: result.error.message });
    },
    async open() {
      const job = get().job;
      if (!job) return;
      const result = await api.pdfOpen({ jobId: job.jobId });
      if (result.ok) set({ opened: result.value.opened });
      else set({ error: result.error.message });
    },
    reset() {
      clearTimeout(poller);
      set({ job: null, starting: false, error: null, opened: null });
    },
  };
});

export const selectPdfJob = (s: PdfState) => s.job;
