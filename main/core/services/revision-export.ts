/**
 * Exports the revised draft or its comparison table, as PDF or .docx: the model is built once
 * (main/core/report/revised-model.ts, comparison-model.ts) and one of the two writers renders it.
 * Written in the calling process (no job): both documents are the size of one draft.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ExportFormat } from '../../../shared/domain/exports';
import type { RevisionExportResult } from '../../../shared/domain/revisions';
import type { CoreContext } from '../context';
import { currentSession } from '../db/repos/dossier';
import { writeModelDocx } from '../docx';
import { AppError } from '../errors';
import { fileSlug } from '../files';
import { fontsDirIn, writeModelPdf } from '../pdf';
import { buildComparisonModel } from '../report/comparison-model';
import { buildRevisedDraftModel } from '../report/revised-model';
import { councilParts } from './report-inputs';
import { changeContexts, revisionExportInput } from './revision-export-input';

export type RevisionExportKind = 'revised' | 'comparison';

export async function exportRevision(
  ctx: CoreContext,
  input: { documentId: string; kind: RevisionExportKind; format?: ExportFormat; marked?: boolean; lineNumbers?: boolean },
): Promise<RevisionExportResult> {
  const data = revisionExportInput(ctx.db, input.documentId);
  const { issuerLines, place } = councilParts(currentSession(ctx.db)?.council ?? '');
  const model =
    input.kind === 'revised'
      ? buildRevisedDraftModel({
          kind: data.doc.summary.kind,
          issuerLines,
          place,
          title: data.doc.title,
          blocks: data.blocks,
          marked: input.marked ?? true,
          lineNumbers: input.lineNumbers ?? false,
        })
      : buildComparisonModel({ issuerLines, title: data.doc.title, changes: data.changes, contexts: changeContexts(data) });
  const format = input.format ?? 'pdf';
  const stem = input.kind === 'revised' ? 'du-thao-chinh-ly' : 'bang-so-sanh';
  const path = await ctx.files.chooseSavePath(
    `${stem}_${fileSlug(input.documentId)}_v${data.doc.version}.${format}`,
    format === 'docx' ? { name: 'Word', extensions: ['docx'] } : { name: 'PDF', extensions: ['pdf'] },
  );
  if (!path) throw new AppError('cancelled', 'file.save_cancelled');
  const pages =
    format === 'docx'
      ? (await writeModelDocx(model, path)).pages
      : (await writeModelPdf(model, path, { fontsDir: fontsDirIn(ctx.resourcesDir) })).pages;
  return { path, fileName: basename(path), bytes: statSync(path).size, pages, changes: data.changes.length };
}
