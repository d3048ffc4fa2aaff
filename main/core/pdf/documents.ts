/** The two documents as PDF: each built as the one document model, then rendered. */
import type { CommentSheetInput, CompiledReportInput } from '../../../shared/domain/reports';
import type { AppendixOptions } from '../report/report-appendix';
import { buildReportModel } from '../report/report-model';
import { buildSheetModel } from '../report/sheet-model';
import type { PdfOptions, PdfResult } from './output';
import { writeModelPdf } from './render-model';

export function writeCompiledReport(
  input: CompiledReportInput,
  outFile: string,
  opts: PdfOptions,
  model: AppendixOptions = {},
): Promise<PdfResult> {
  return writeModelPdf(buildReportModel(input, model), outFile, opts);
}

export function writeCommentSheet(input: CommentSheetInput, outFile: string, opts: PdfOptions): Promise<PdfResult> {
  return writeModelPdf(buildSheetModel(input), outFile, opts);
}
