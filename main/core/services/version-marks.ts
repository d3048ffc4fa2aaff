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
import { readVersionMarks } from '../db/repos/version-marks';

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
