/**
 * A delegate sees what a new version changed: at the dossier import, each document's blocks are
 * compared with the ones held before (blocks keep their ids across versions, edited ones too, on
 * the secretariat's side), and the previous wording of what changed is kept; the reader then shows
 * the new text with the words marked by the one word diff of the comment proposals and the PDFs
 * (shared/text/word-diff: changed words grouped into one deleted and one inserted phrase).
 */
import type { VersionMarks } from '../../../shared/domain/revisions';
import { wordDiff } from '../../../shared/text/word-diff';
import type { Db } from '../db/database';
import { readDocument } from '../db/repos/dossier';
import { readVersionMarks, replaceVersionMarks, type HeldBlock, type StoredVersionMark } from '../db/repos/version-marks';

/** The marks for a document whose blocks went from `before` to `after`; empty when nothing changed. */
export function versionMarksOf(
  before: readonly HeldBlock[],
  after: ReadonlyArray<{ id: string; text: string }>,
  dossierVersion: number,
): StoredVersionMark[] {
  const old = new Map(before.map((b) => [b.id, b]));
  const kept = new Set(after.map((b) => b.id));
  const marks: StoredVersionMark[] = [];
  after.forEach((b, position) => {
    const was = old.get(b.id);
    if (!was) marks.push({ blockId: b.id, op: 'added', previousText: null, position, dossierVersion });
    else if (was.text !== b.text) marks.push({ blockId: b.id, op: 'changed', previousText: was.text, position, dossierVersion });
  });
  for (const b of before)
    if (!kept.has(b.id)) marks.push({ blockId: b.id, op: 'removed', previousText: b.text, position: b.position, dossierVersion });
  return marks;
}

/**
 * Records what a dossier changed in one document. A document held before and changed gets new
 * marks; one held and unchanged keeps the marks of the version that last changed it; a new one has none.
 */
export function recordVersionMarks(
  db: Db,
  documentId: string,
  before: readonly HeldBlock[] | undefined,
  after: ReadonlyArray<{ id: string; text: string }>,
  dossierVersion: number,
): number {
  if (!before) {
    replaceVersionMarks(db, documentId, []);
    return 0;
  }
  const marks = versionMarksOf(before, after, dossierVersion);
  if (marks.length > 0) replaceVersionMarks(db, documentId, marks);
  return marks.length;
}

/** The marks of a document's current version, the edited blocks' words diffed against their previous wording. */
export function documentVersionMarks(db: Db, documentId: string): VersionMarks {
  const stored = readVersionMarks(db, documentId);
  const blocks = new Map((readDocument(db, documentId)?.blocks ?? []).map((b) => [b.id, b]));
  const out: VersionMarks = { documentId, dossierVersion: stored[0]?.dossierVersion ?? null, blocks: [], removed: [] };
  for (const m of stored) {
    if (m.op === 'removed') {
      out.removed.push({ blockId: m.blockId, text: m.previousText ?? '' });
      continue;
    }
    const block = blocks.get(m.blockId);
    if (!block) continue;
    out.blocks.push({
      blockId: m.blockId,
      op: m.op,
      path: block.path,
      words:
        m.op === 'changed'
          ? wordDiff(m.previousText ?? '', block.text).map((s) => ({
              value: s.text,
              ...(s.kind === 'added' ? { added: true } : s.kind === 'removed' ? { removed: true } : {}),
            }))
          : [{ value: block.text, added: true }],
    });
  }
  return out;
}
