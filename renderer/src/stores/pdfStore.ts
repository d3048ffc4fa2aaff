/**
 * PDF and Word exports from the window: start a job (main asks where to save), follow its progress
 * as main pushes it (`pdf:progress` events, no polling), cancel it, open the result in the system's
 * viewer.
 */
import { create } from 'zustand';
import type { PdfJobStatus } from '../../../shared/domain/exports';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from '../api/client';

export type PdfRequest = InputOf<typeof CHANNELS.pdfStart>;

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

/** Progress that arrived before `pdf:start` answered with its job id (a short job may finish first). */
const early = new Map<string, PdfJobStatus>();
let stopListening: (() => void) | null = null;

/** The later of two states of one job: progress only grows, and a finished job stays finished. */
function newer(a: PdfJobStatus, b: PdfJobStatus | undefined): PdfJobStatus {
  if (!b) return a;
  if (a.state !== 'running') return a;
  return b.state !== 'running' || b.done >= a.done ? b : a;
}

export const usePdfStore = create<PdfState>()((set, get) => {
  function follow(): void {
    stopListening ??= api.listen('pdf:progress', (status) => {
      const job = get().job;
      if (job?.jobId === status.jobId) set({ job: newer(job, status) });
      else if (get().starting) early.set(status.jobId, newer(status, early.get(status.jobId)));
    });
  }

  return {
    job: null,
    starting: false,
    error: null,
    opened: null,
    async start(request) {
      follow();
      early.clear();
      set({ starting: true, error: null, job: null, opened: null });
      const result = await api.pdfStart(request);
      set({ starting: false });
      if (!result.ok) {
        if (result.error.code !== 'cancelled') set({ error: result.error.message });
        return;
      }
      set({ job: newer(result.value, early.get(result.value.jobId)) });
      early.clear();
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
      early.clear();
      set({ job: null, starting: false, error: null, opened: null });
    },
  };
});

export const selectPdfJob = (s: PdfState) => s.job;
