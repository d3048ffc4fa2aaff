/**
 * PDF exports as jobs: the door chooses where to save (a save dialog, or exports/), the layout runs
 * in a worker thread, the window follows the progress pushed as `pdf:progress` events, can cancel, and can
 * open the result with the system's viewer. A cancelled or failed job leaves no file behind.
 */
import { formatMessage } from '../../../shared/messages/format';
import { msg, type MessageRef } from '../../../shared/messages/types';
import { localDate } from '../../../shared/text/local-time';
import { v7 as uuidv7 } from 'uuid';
import type { ExportFormat, PdfJobStatus } from '../../../shared/domain/exports';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { ParsedInputOf } from '../../../shared/ipc/contract';
import type { CoreContext } from '../context';
import { currentSession } from '../db/repos/dossier';
import { AppError } from '../errors';
import { fileSlug } from '../files';
import { fontsDirIn, runPdfWorker, type PdfJob } from '../pdf';
import { buildReportInput, buildSheetInput } from './report-inputs';

/** How often a running export pushes its progress (the bar moves; the IPC is not flooded). */
const PROGRESS_EVERY_MS = 100;

interface Job {
  status: PdfJobStatus;
  controller: AbortController;
  finished: Promise<void>;
}

const jobsByContext = new WeakMap<CoreContext, Map<string, Job>>();
const jobs = (ctx: CoreContext): Map<string, Job> => {
  let map = jobsByContext.get(ctx);
  if (!map) jobsByContext.set(ctx, (map = new Map()));
  return map;
};

export type PdfRequest = ParsedInputOf<typeof CHANNELS.pdfStart>;

export async function startPdfExport(ctx: CoreContext, request: PdfRequest): Promise<PdfJobStatus> {
  const session = currentSession(ctx.db);
  if (!session) throw new AppError('not_found', 'session.none');
  // Today on the council's clock (file name and the document's date line), not UTC.
  const date = localDate();
  const format: ExportFormat = request.format ?? 'pdf';
  // Build the input first: a request with nothing to print fails before any dialog opens.
  const job: PdfJob =
    request.kind === 'sheet'
      ? {
          kind: 'sheet',
          format,
          input: buildSheetInput(ctx.db, { itemId: request.itemId }, date),
          outFile: '',
          fontsDir: fontsDirIn(ctx.resourcesDir),
        }
      : {
          kind: 'report',
          format,
          // The report's own date (report settings) when the secretariat set one, else today.
          input: buildReportInput(ctx.db, { documentId: request.documentId }),
          outFile: '',
          fontsDir: fontsDirIn(ctx.resourcesDir),
        };
  const who = job.kind === 'sheet' ? fileSlug(job.input.delegate.name) : 'tong-hop';
  const suggested = `${job.kind === 'sheet' ? 'phieu-gop-y' : 'bao-cao-tong-hop-y-kien'}_${fileSlug(session.id)}_${who}_${date}.${format}`;
  const path = await ctx.files.chooseSavePath(
    suggested,
    format === 'docx' ? { name: 'Word', extensions: ['docx'] } : { name: 'PDF', extensions: ['pdf'] },
  );
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  job.outFile = path;
  const total = job.kind === 'sheet' ? job.input.entries.length : job.input.summary.totalComments;
  const status: PdfJobStatus = {
    jobId: uuidv7(),
    kind: job.kind,
    format,
    state: 'running',
    done: 0,
    total,
    path,
    fileName: path.split(/[\\/]/u).pop() ?? path,
    pages: null,
    message: null,
    reason: null,
  };
  const controller = new AbortController();
  // Progress is pushed to the windows (`pdf:progress`), at most every PROGRESS_EVERY_MS while running.
  let lastPushed = 0;
  const push = (force: boolean): void => {
    const now = Date.now();
    if (!force && now - lastPushed < PROGRESS_EVERY_MS) return;
    lastPushed = now;
    ctx.events.emit('pdf:progress', { ...status });
  };
  const finished = runPdfWorker(job, {
    signal: controller.signal,
    onProgress: (done, all) => {
      status.done = done;
      status.total = all;
      push(false);
    },
  }).then(
    (result) => {
      status.state = 'done';
      status.done = status.total;
      status.pages = result.pages;
      push(true);
    },
    (error: unknown) => {
      status.state = controller.signal.aborted ? 'cancelled' : 'failed';
      status.reason = controller.signal.aborted ? null : failureReason(format, error);
      status.message = status.reason && formatMessage('vi', status.reason.key, status.reason.params);
      push(true);
    },
  );
  jobs(ctx).set(status.jobId, { status, controller, finished });
  return { ...status };
}

/** "Không tạo được tệp PDF: …", the cause as a message when main worded it, else its own text. */
function failureReason(format: ExportFormat, error: unknown): MessageRef {
  const detail = error instanceof AppError ? error.ref : String((error as Error)?.message ?? error);
  return format === 'docx' ? msg('export.failed_docx', { detail }) : msg('export.failed_pdf', { detail });
}

function requireJob(ctx: CoreContext, jobId: string): Job {
  const job = jobs(ctx).get(jobId);
  if (!job) throw new AppError('not_found', 'pdf.job_not_found');
  return job;
}

export function pdfStatus(ctx: CoreContext, jobId: string): PdfJobStatus {
  return { ...requireJob(ctx, jobId).status };
}

export function cancelPdf(ctx: CoreContext, jobId: string): PdfJobStatus {
  const job = requireJob(ctx, jobId);
  if (job.status.state === 'running') job.controller.abort(new AppError('cancelled', 'pdf.cancelled'));
  return { ...job.status };
}

/** Waits for a job to end (the terminal door, tests). */
export async function waitForPdf(ctx: CoreContext, jobId: string): Promise<PdfJobStatus> {
  await requireJob(ctx, jobId).finished;
  return pdfStatus(ctx, jobId);
}

export async function openPdf(ctx: CoreContext, jobId: string): Promise<{ opened: boolean }> {
  const job = requireJob(ctx, jobId);
  if (job.status.state !== 'done') throw new AppError('conflict', 'pdf.not_done');
  if (!ctx.files.openPath) return { opened: false };
  await ctx.files.openPath(job.status.path);
  return { opened: true };
}
