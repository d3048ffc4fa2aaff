/**
 * What the revised draft and the comparison table print: while changes are pending, the current
 * version with them applied (a preview); once the revised version is made, that version with the
 * changes that made it. Each block carries its text before the changes, so the writers can mark
 * deleted and inserted words with the same word diff as everywhere else.
 */
import type { RevisedBlock, RevisionChange } from '../../../shared/domain/revisions';
import type { Db } from '../db/database';
import { listRevisionChanges } from '../db/repos/revisions';
import { AppError } from '../errors';
import { pendingRevision, requireRevisionDocument, type RevisionDocument } from './revisions';

export interface ChangeContext {
  prefix: string;
  suffix: string;
}

export interface RevisionExportInput {
  doc: RevisionDocument;
  /** 'preview': pending changes applied on the fly; 'made': the version they made. */
  mode: 'preview' | 'made';
  blocks: RevisedBlock[];
  /** The changes, in reading order, with the path of their passage. */
  changes: RevisionChange[];
}

function previewInput(db: Db, doc: RevisionDocument): RevisionExportInput | null {
  const { changes, result } = pendingRevision(db, doc);
  if (changes.length === 0) return null;
  if (result.conflicts.length > 0 || result.stale.length > 0) throw new AppError('conflict', 'revision.export_unresolved');
  const byId = new Map(doc.blocks.map((b) => [b.id, b]));
  const blocks = result.blocks.map((r) => {
    const block = byId.get(r.id)!;
    return { block: { ...block, text: r.text, cells: r.cells }, before: r.changeIds.length > 0 ? block.text : null };
  });
  return { doc, mode: 'preview', blocks, changes: inReadingOrder(doc, changes) };
}

/**
 * The text a block had before the changes made into it: each wording put back to the passage it
 * replaced, at its place in the new text (offsets of the old text shift by the earlier wordings).
 */
function textBefore(text: string, changes: readonly RevisionChange[]): string {
  let out = '';
  let from = 0;
  let shift = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    const at = c.start + shift;
    out += text.slice(from, at) + c.original;
    from = at + c.wording.length;
    shift += c.wording.length - c.original.length;
  }
  return out + text.slice(from);
}

function madeInput(db: Db, doc: RevisionDocument): RevisionExportInput | null {
  const applied = listRevisionChanges(db, doc.documentId, ['applied']).filter((c) => c.appliedVersion === doc.version);
  if (applied.length === 0) return null;
  const changes = inReadingOrder(doc, applied);
  const byBlock = new Map<string, RevisionChange[]>();
  for (const c of changes) byBlock.set(c.startBlockId, [...(byBlock.get(c.startBlockId) ?? []), c]);
  const blocks = doc.blocks.map((block) => {
    const own = byBlock.get(block.id);
    return { block, before: own ? textBefore(block.text, own) : null };
  });
  return { doc, mode: 'made', blocks, changes };
}

function inReadingOrder(doc: RevisionDocument, changes: ReadonlyArray<Omit<RevisionChange, 'path'>>): RevisionChange[] {
  const position = new Map(doc.blocks.map((b, i) => [b.id, i]));
  const path = new Map(doc.blocks.map((b) => [b.id, b.path]));
  return changes
    .map((c) => ({ ...c, path: path.get(c.startBlockId) ?? null }))
    .sort((a, b) => (position.get(a.startBlockId) ?? 0) - (position.get(b.startBlockId) ?? 0) || a.start - b.start);
}

/**
 * The words around each change inside its paragraph, as the paragraph read before the changes, so
 * the comparison table shows the khoản whole with the changed words marked, not a bare fragment.
 * A change spanning paragraphs, or one whose passage no longer reads as stored, gets none.
 */
export function changeContexts(input: RevisionExportInput): Map<string, ChangeContext> {
  const before = new Map(input.blocks.map((b) => [b.block.id, b.before ?? b.block.text]));
  const contexts = new Map<string, ChangeContext>();
  for (const c of input.changes) {
    const text = before.get(c.startBlockId);
    if (c.startBlockId !== c.endBlockId || text === undefined || text.slice(c.start, c.end) !== c.original) continue;
    contexts.set(c.id, { prefix: text.slice(0, c.start), suffix: text.slice(c.end) });
  }
  return contexts;
}

export function revisionExportInput(db: Db, documentId: string): RevisionExportInput {
  const doc = requireRevisionDocument(db, documentId);
  const input = previewInput(db, doc) ?? madeInput(db, doc);
  if (!input) throw new AppError('invalid_input', 'revision.nothing_to_export');
  return input;
}
