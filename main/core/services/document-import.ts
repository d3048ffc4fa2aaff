/**
 * The secretariat attaches Word (or .txt/.md) files to agenda items: a preview of what was
 * recognised, then the save; and new versions of a document, with what changed block by block,
 * ids kept for unchanged and edited blocks, and every comment re-anchored or listed as orphaned.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type {
  DocumentHeaderFields,
  DocumentImportPreview,
  PreviewBlock,
  VersionChange,
  VersionImportResult,
  VersionPreview,
} from '../../../shared/domain/imports';
import type { Block } from '../../../shared/domain/types';
import { diffBlocks, type WordPart } from '../../../shared/text/version-diff';
import type { CoreContext } from '../context';
import {
  countDocumentComments,
  countDocuments,
  currentSession,
  deleteDocument,
  getDocumentOwner,
  getItemSession,
  insertDocument,
  readDocument,
  readDocumentVersion,
  replaceDocumentVersion,
} from '../db/repos/dossier';
import { AppError } from '../errors';
import { buildDocumentBlocks, parseInWorker, type ParsedDocument } from '../import';
import type { PackageFile } from '../packages/import-files';
import { reanchorDocumentComments } from '../anchors/reanchor';
import { reanchorPendingChanges } from './revision-reanchor';

const newBlockId = (): string => `b-${uuidv7()}`;

/**
 * The last few files parsed, by name and content: the save that follows a preview sends the same
 * bytes again, and need not wait for a second parse in a new worker. Parsing is a function of the
 * bytes and the name, and nothing downstream changes a parsed document.
 */
const recentParses = new Map<string, Promise<ParsedDocument>>();
const RECENT_PARSES = 4;

/** Parses uploaded bytes in the import worker (it reads from a path: a private temp folder). */
export function parseUpload(file: PackageFile): Promise<ParsedDocument> {
  const key = `${file.name}\0${createHash('sha256').update(file.data).digest('hex')}`;
  const known = recentParses.get(key);
  if (known) return known;
  const parsing = parseFile(file);
  recentParses.set(key, parsing);
  if (recentParses.size > RECENT_PARSES) recentParses.delete(recentParses.keys().next().value!);
  // A refusal is not kept: the same file is parsed (and refused) afresh.
  parsing.catch(() => recentParses.delete(key));
  return parsing;
}

async function parseFile(file: PackageFile): Promise<ParsedDocument> {
  const dir = mkdtempSync(join(tmpdir(), 'gopy-import-'));
  try {
    const path = join(dir, basename(file.name));
    writeFileSync(path, file.data);
    return await parseInWorker(path, { withBlocks: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The blocks the worker built (ids given here), or built now for a document parsed in-thread. */
function blocksOf(parsed: ParsedDocument, idFor: (position: number) => string): Block[] {
  return parsed.blocks ? parsed.blocks.map((b, position) => ({ ...b, id: idFor(position) })) : buildDocumentBlocks(parsed, idFor);
}

function headerFields(parsed: ParsedDocument): DocumentHeaderFields {
  const h = parsed.header;
  return {
    kind: h.kind ?? 'khac',
    issuer: h.issuer,
    numberSymbol: h.numberSymbol,
    date: h.date,
    place: h.place,
    title: h.title ?? parsed.fileName.replace(/\.(docx|doc|pdf|txt|md)$/iu, ''),
  };
}

function previewOf(parsed: ParsedDocument, blocks: Block[]): DocumentImportPreview {
  const preview: PreviewBlock[] = blocks.map((b) => ({
    kind: b.kind,
    level: b.level,
    label: b.label,
    path: b.path,
    text: b.text,
    cells: b.cells,
    lineStart: b.lineStart,
  }));
  return {
    fileName: parsed.fileName,
    sha256: parsed.sha256,
    header: headerFields(parsed),
    headerFound: [
      parsed.header.issuer,
      parsed.header.numberSymbol,
      parsed.header.date,
      parsed.header.place,
      parsed.header.docType,
    ].some((v) => v !== null),
    warnings: parsed.warnings,
    blocks: preview,
    stats: {
      blocks: blocks.length,
      headings: blocks.filter((b) => b.kind === 'heading').length,
      articles: blocks.filter((b) => b.label?.startsWith('Điều ')).length,
      tableRows: blocks.filter((b) => b.kind === 'table_row').length,
      lines: blocks.reduce((n, b) => n + b.lineCount, 0),
    },
  };
}

function requireItem(ctx: CoreContext, itemId: string): string {
  const session = currentSession(ctx.db);
  if (!session || getItemSession(ctx.db, itemId) !== session.id) throw new AppError('not_found', 'agenda.item_not_in_session');
  return session.id;
}

export async function previewDocumentImport(ctx: CoreContext, file: PackageFile): Promise<DocumentImportPreview> {
  const parsed = await parseUpload(file);
  return previewOf(
    parsed,
    blocksOf(parsed, () => ''),
  );
}

export async function importDocument(
  ctx: CoreContext,
  input: { itemId: string; file: PackageFile; header: DocumentHeaderFields },
): Promise<{ documentId: string }> {
  requireItem(ctx, input.itemId);
  const parsed = await parseUpload(input.file);
  const documentId = `tl-${uuidv7()}`;
  const blocks = blocksOf(parsed, newBlockId);
  ctx.db.transaction(() => {
    insertDocument(
      ctx.db,
      {
        id: documentId,
        itemId: input.itemId,
        position: countDocuments(ctx.db, input.itemId),
        ...input.header,
        illustrative: false,
        sourceName: parsed.fileName,
        sourceSha256: parsed.sha256,
        blocks,
      },
      new Date().toISOString(),
    );
  })();
  return { documentId };
}

/** Lines the new version up against the current one; same and edited blocks keep their ids. */
function alignVersion(
  current: Block[],
  incoming: Block[],
): { blocks: Block[]; changes: VersionChange[]; edits: Map<string, WordPart[]> } {
  const diff = diffBlocks(
    current.map((b) => b.text),
    incoming.map((b) => b.text),
  );
  const ids = incoming.map(() => newBlockId());
  const edits = new Map<string, WordPart[]>();
  const changes: VersionChange[] = [];
  for (const c of diff) {
    if (c.op === 'same') {
      ids[c.newIndex] = current[c.oldIndex].id;
      changes.push({ op: 'same', text: incoming[c.newIndex].text });
    } else if (c.op === 'changed') {
      ids[c.newIndex] = current[c.oldIndex].id;
      edits.set(current[c.oldIndex].id, c.words);
      changes.push({ op: 'changed', words: c.words });
    } else if (c.op === 'added') changes.push({ op: 'added', text: incoming[c.newIndex].text });
    else changes.push({ op: 'removed', text: current[c.oldIndex].text });
  }
  return { blocks: incoming.map((b, i) => ({ ...b, id: ids[i] })), changes, edits };
}

function requireDocument(ctx: CoreContext, documentId: string) {
  const session = currentSession(ctx.db);
  const owner = getDocumentOwner(ctx.db, documentId);
  const doc = readDocument(ctx.db, documentId);
  if (!session || !owner || owner.sessionId !== session.id || !doc) throw new AppError('not_found', 'document.not_in_session');
  return { sessionId: session.id, doc };
}

export async function previewNewVersion(
  ctx: CoreContext,
  input: { documentId: string; file: PackageFile },
): Promise<VersionPreview> {
  const { doc } = requireDocument(ctx, input.documentId);
  const parsed = await parseUpload(input.file);
  const incoming = blocksOf(parsed, () => '');
  const { changes } = alignVersion(doc.blocks, incoming);
  const count = (op: VersionChange['op']) => changes.filter((c) => c.op === op).length;
  return {
    ...previewOf(parsed, incoming),
    documentId: input.documentId,
    currentVersion: readDocumentVersion(ctx.db, input.documentId),
    changes,
    summary: { same: count('same'), changed: count('changed'), added: count('added'), removed: count('removed') },
  };
}

export async function importNewVersion(
  ctx: CoreContext,
  input: { documentId: string; file: PackageFile; header: DocumentHeaderFields },
): Promise<VersionImportResult> {
  const { sessionId, doc } = requireDocument(ctx, input.documentId);
  const parsed = await parseUpload(input.file);
  const { blocks, edits } = alignVersion(doc.blocks, blocksOf(parsed, newBlockId));
  return ctx.db.transaction(() => {
    const version = replaceDocumentVersion(ctx.db, input.documentId, blocks, {
      ...input.header,
      sourceName: parsed.fileName,
      sourceSha256: parsed.sha256,
    });
    const r = reanchorDocumentComments(ctx.db, sessionId, input.documentId, edits);
    // Accepted changes still pending follow their passage now, like the comments; stale ones are reported.
    const pendingChanges = reanchorPendingChanges(ctx.db, input.documentId);
    // Deleted comments follow their passage too (they travel as tombstones) but are not reported.
    return {
      documentId: input.documentId,
      version,
      kept: r.kept,
      moved: r.moved,
      edited: r.edited,
      orphaned: r.orphaned.filter((c) => !c.deleted),
      ...(pendingChanges.followed + pendingChanges.stale.length > 0 ? { pendingChanges } : {}),
    };
  })();
}

export function removeDocument(ctx: CoreContext, documentId: string): void {
  requireDocument(ctx, documentId);
  if (countDocumentComments(ctx.db, documentId) > 0) {
    throw new AppError('conflict', 'document.has_comments');
  }
  ctx.db.transaction(() => deleteDocument(ctx.db, documentId))();
}
