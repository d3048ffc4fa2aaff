/**
 * At a dossier import: what the dossier changed in each document already held, by block id (blocks
 * keep their ids across versions on the secretariat's side, edited ones too). Read back by
 * services/version-marks.ts for the reader.
 */
import type { Db } from '../db/database';
import { replaceVersionMarks, type HeldBlock, type StoredVersionMark } from '../db/repos/version-marks';

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
