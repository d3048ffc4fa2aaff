/**
 * The revised draft of a document: the pending accepted changes, where they stand in the current
 * version, the conflicts between them, direct changes by the secretariat, and the resolution of a
 * conflict. Making the revised version is in make-revision.ts; accepting a delegate's wording is in
 * revision-accept.ts.
 */
import { v7 as uuidv7 } from 'uuid';
import type { Block } from '../../../shared/domain/types';
import type { RevisionChange, RevisionView } from '../../../shared/domain/revisions';
import { applyChanges, type ApplyResult, type StaleReason, type TextChange } from '../../../shared/text/apply-changes';
import type { Db } from '../db/database';
import { currentSession, getDocumentOwner, readDocument, readDocumentVersion } from '../db/repos/dossier';
import {
  commentsOfChanges,
  insertRevisionChange,
  listRevisionChanges,
  setChangeStatus,
  type NewRevisionChange,
} from '../db/repos/revisions';
import { AppError } from '../errors';
import { msg, type MessageKey } from '../../../shared/messages/types';

/** Why a change cannot be applied, for the person who must decide what to do. */
const STALE_KEYS = {
  block_missing: 'revision.stale.block_missing',
  out_of_range: 'revision.stale.out_of_range',
  text_changed: 'revision.stale.text_changed',
  splits_character: 'revision.stale.splits_character',
  breaks_table: 'revision.stale.breaks_table',
} as const satisfies Record<StaleReason, MessageKey>;

export interface RevisionDocument {
  sessionId: string;
  documentId: string;
  title: string;
  version: number;
  blocks: Block[];
  summary: NonNullable<ReturnType<typeof readDocument>>['document'];
}

export function requireRevisionDocument(db: Db, documentId: string): RevisionDocument {
  const session = currentSession(db);
  const owner = getDocumentOwner(db, documentId);
  const doc = readDocument(db, documentId);
  if (!session || !owner || owner.sessionId !== session.id || !doc) throw new AppError('not_found', 'document.not_in_session');
  return {
    sessionId: session.id,
    documentId,
    title: doc.document.title,
    version: readDocumentVersion(db, documentId),
    blocks: doc.blocks,
    summary: doc.document,
  };
}

type StoredChange = ReturnType<typeof listRevisionChanges>[number];

/**
 * Finds a pending change's passage in the current version, as comments are found again: where it
 * still reads the same at its offsets it stays; where the same words stand once elsewhere in its
 * block it follows them; where its block is gone and the words stand once in the whole document it
 * follows them there. Otherwise (the block reworded) it is left as stored, and applying it reports
 * it stale: shown, never dropped, never applied to words the secretariat did not accept.
 */
export function locateChange(blocks: readonly Block[], c: StoredChange): StoredChange {
  if (c.startBlockId !== c.endBlockId || c.original === '') return c;
  const block = blocks.find((b) => b.id === c.startBlockId);
  if (block && block.text.slice(c.start, c.end) === c.original) return c;
  const occurrences = (text: string): number[] => {
    const found: number[] = [];
    for (let at = text.indexOf(c.original); at >= 0 && found.length < 2; at = text.indexOf(c.original, at + 1)) found.push(at);
    return found;
  };
  const moveTo = (b: Block, at: number): StoredChange => ({
    ...c,
    startBlockId: b.id,
    endBlockId: b.id,
    start: at,
    end: at + c.original.length,
  });
  if (block) {
    const found = occurrences(block.text);
    return found.length === 1 ? moveTo(block, found[0]) : c;
  }
  const everywhere = blocks.flatMap((b) => occurrences(b.text).map((at) => ({ b, at })));
  return everywhere.length === 1 ? moveTo(everywhere[0].b, everywhere[0].at) : c;
}

export const toTextChange = (c: StoredChange): TextChange => ({
  id: c.id,
  startBlockId: c.startBlockId,
  start: c.start,
  endBlockId: c.endBlockId,
  end: c.end,
  original: c.original,
  wording: c.wording,
});

/** The pending changes where they stand now, and what applying them would give. */
export function pendingRevision(db: Db, doc: RevisionDocument): { changes: StoredChange[]; result: ApplyResult } {
  const changes = listRevisionChanges(db, doc.documentId).map((c) => locateChange(doc.blocks, c));
  return { changes, result: applyChanges(doc.blocks, changes.map(toTextChange)) };
}

export function revisionView(db: Db, documentId: string): RevisionView {
  const doc = requireRevisionDocument(db, documentId);
  const { changes, result } = pendingRevision(db, doc);
  const position = new Map(doc.blocks.map((b, i) => [b.id, i]));
  const pathOf = new Map(doc.blocks.map((b) => [b.id, b.path]));
  const ordered: RevisionChange[] = changes
    .map((c) => ({ ...c, path: pathOf.get(c.startBlockId) ?? null }))
    .sort(
      (a, b) =>
        (position.get(a.startBlockId) ?? Infinity) - (position.get(b.startBlockId) ?? Infinity) ||
        a.start - b.start ||
        a.createdAt.localeCompare(b.createdAt),
    );
  return {
    documentId,
    documentTitle: doc.title,
    version: doc.version,
    changes: ordered,
    conflicts: result.conflicts,
    stale: result.stale,
    ready: changes.length > 0 && result.conflicts.length === 0 && result.stale.length === 0,
  };
}

/** The passage between two points of the current version, checked to be a passage a change can replace. */
function passageFor(
  doc: RevisionDocument,
  from: { blockId: string; offset: number },
  to: { blockId: string; offset: number },
): TextChange {
  const draft: TextChange = {
    id: 'check',
    startBlockId: from.blockId,
    start: from.offset,
    endBlockId: to.blockId,
    end: to.offset,
    original: '',
    wording: '',
  };
  const startIndex = doc.blocks.findIndex((b) => b.id === from.blockId);
  const endIndex = doc.blocks.findIndex((b) => b.id === to.blockId);
  if (startIndex < 0 || endIndex < 0) throw new AppError('not_found', 'revision.block_gone');
  const texts = doc.blocks.slice(startIndex, endIndex + 1).map((b) => b.text);
  const original =
    startIndex === endIndex
      ? texts[0].slice(from.offset, to.offset)
      : [texts[0].slice(from.offset), ...texts.slice(1, -1), texts[texts.length - 1].slice(0, to.offset)].join('\n');
  const change = { ...draft, original };
  const check = applyChanges(doc.blocks, [change]).stale[0];
  if (check || endIndex < startIndex)
    throw new AppError('invalid_input', 'revision.cannot_edit', { reason: msg(STALE_KEYS[check?.reason ?? 'out_of_range']) });
  if (original.trim() === '') throw new AppError('invalid_input', 'revision.select_a_word');
  return change;
}

/** The passage a change replaces, in the document's current version. */
export type ChangePassage = Pick<RevisionChange, 'startBlockId' | 'start' | 'endBlockId' | 'end' | 'original'>;

/** Stores a new pending change over `passage` of the document's current version; returns its id. */
export function storeChange(
  db: Db,
  doc: RevisionDocument,
  passage: ChangePassage,
  what: Pick<NewRevisionChange, 'wording' | 'origin' | 'reason' | 'commentIds'>,
  now: string,
): string {
  const id = uuidv7();
  const { startBlockId, start, endBlockId, end, original } = passage;
  const owner = { sessionId: doc.sessionId, documentId: doc.documentId, documentVersion: doc.version };
  insertRevisionChange(db, { id, ...owner, startBlockId, start, endBlockId, end, original, ...what }, now);
  return id;
}

/** A change to a passage made by the secretariat itself, with its reason. */
export function addDirectChange(
  db: Db,
  input: {
    documentId: string;
    from: { blockId: string; offset: number };
    to: { blockId: string; offset: number };
    wording: string;
    reason: string;
  },
  now: string = new Date().toISOString(),
): { changeId: string } {
  return db.transaction(() => {
    const doc = requireRevisionDocument(db, input.documentId);
    const passage = passageFor(doc, input.from, input.to);
    if (passage.original === input.wording) throw new AppError('invalid_input', 'revision.same_wording');
    const changeId = storeChange(
      db,
      doc,
      passage,
      { wording: input.wording, origin: 'direct', reason: input.reason, commentIds: [] },
      now,
    );
    return { changeId };
  })();
}

export type Resolution =
  { kind: 'keep'; changeId: string } | { kind: 'merge'; wording: string; reason: string } | { kind: 'withdraw' };

/**
 * Settles a conflict: keep one of its changes (the others are superseded), or replace them all by
 * one merged wording over the passage they cover together (keeping every comment behind them), or
 * withdraw changes (any pending ones, e.g. a stale change whose passage is gone).
 */
export function resolveChanges(
  db: Db,
  input: { documentId: string; changeIds: string[]; resolution: Resolution },
  now: string = new Date().toISOString(),
): { changeId: string | null } {
  return db.transaction(() => {
    const doc = requireRevisionDocument(db, input.documentId);
    const { changes, result } = pendingRevision(db, doc);
    const ids = [...new Set(input.changeIds)];
    const chosen = ids.map((id) => changes.find((c) => c.id === id));
    if (chosen.some((c) => !c)) throw new AppError('not_found', 'revision.change_not_pending');
    const { resolution } = input;
    if (resolution.kind === 'withdraw') {
      setChangeStatus(db, ids, 'withdrawn');
      return { changeId: null };
    }
    const group = result.conflicts.find((g) => g.changeIds.length === ids.length && g.changeIds.every((id) => ids.includes(id)));
    if (!group) throw new AppError('invalid_input', 'revision.not_one_group');
    if (resolution.kind === 'keep') {
      if (!ids.includes(resolution.changeId)) throw new AppError('invalid_input', 'revision.kept_not_in_group');
      setChangeStatus(
        db,
        ids.filter((id) => id !== resolution.changeId),
        'superseded',
      );
      return { changeId: resolution.changeId };
    }
    const position = new Map(doc.blocks.map((b, i) => [b.id, i]));
    const key = (blockId: string, offset: number) => position.get(blockId)! * 1e9 + offset;
    const located = chosen as StoredChange[];
    const first = located.reduce((a, b) => (key(b.startBlockId, b.start) < key(a.startBlockId, a.start) ? b : a));
    const last = located.reduce((a, b) => (key(b.endBlockId, b.end) > key(a.endBlockId, a.end) ? b : a));
    const passage = passageFor(
      doc,
      { blockId: first.startBlockId, offset: first.start },
      { blockId: last.endBlockId, offset: last.end },
    );
    setChangeStatus(db, ids, 'superseded');
    const changeId = storeChange(
      db,
      doc,
      passage,
      { wording: resolution.wording, origin: 'merged', reason: resolution.reason, commentIds: commentsOfChanges(db, ids) },
      now,
    );
    return { changeId };
  })();
}
