import { CHANNELS } from '../../../shared/ipc/channels';
import { cancelPdf, openPdf, pdfStatus, startPdfExport } from '../services/pdf-jobs';
import type { HandlerMap } from './types';

export const pdfHandlers: HandlerMap<
  typeof CHANNELS.pdfStart | typeof CHANNELS.pdfStatus | typeof CHANNELS.pdfCancel | typeof CHANNELS.pdfOpen
> = {
  [CHANNELS.pdfStart]: (ctx, request) => startPdfExport(ctx, request),
  [CHANNELS.pdfStatus]: (ctx, { jobId }) => pdfStatus(ctx, jobId),
  [CHANNELS.pdfCancel]: (ctx, { jobId }) => cancelPdf(ctx, jobId),
  [CHANNELS.pdfOpen]: (ctx, { jobId }) => openPdf(ctx, jobId),
};
