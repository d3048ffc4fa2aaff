/**
 * document:get in windows (issue 18: no answer of any channel over 1 MB). A window holds the blocks
 * from a cursor until `limit` blocks or the byte budget (LIST_WINDOWS.windowBytes of JSON, the
 * header and the outline included); a block whose text alone passes the budget (a 5 MB .txt of one
 * word is one block) is sent in pieces of its text, cut between code points. Each window carries
 * the outline entries of its own blocks (a 3,000-block document's outline alone passed 1 MB, its
 * list items' titles being their whole text: a title is cut at TOC_TITLE_MAX characters now). The
 * caller joins the windows (shared/domain/document-window.ts).
 */
import type { Block, DocumentPage, DocumentSummary, TocEntry } from '../../../shared/domain/types';
import { LIST_WINDOWS } from '../../../shared/ipc/limits';
import type { Db } from '../db/database';
import { changeStamp } from '../db/repos/change-stamp';
import { readDocument } from '../db/repos/dossier';

/** An outline entry shows two lines at most (toc.css); its title need not carry a whole paragraph. */
export const TOC_TITLE_MAX = 200;

/** The outline of a document: its headings and labelled list items. */
export function tocOf(blocks: readonly Block[]): TocEntry[] {
  return blocks
    .filter((b) => b.kind === 'heading' || (b.label !== null && b.kind === 'list_item'))
    .map((b) => ({
      blockId: b.id,
      level: b.level,
      label: b.label,
      title: b.text.length > TOC_TITLE_MAX ? `${b.text.slice(0, TOC_TITLE_MAX - 1).trimEnd()}…` : b.text,
      lineStart: b.lineStart,
    }));
}

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

export interface WindowRequest {
  from?: number;
  fromChar?: number;
  limit?: number;
}

/** The end (exclusive) of the longest piece of `text` from `start` whose JSON fits in `budget` bytes (at least one code point). */
function pieceEnd(text: string, start: number, budget: number): number {
  // Vietnamese letters take 2–3 bytes of UTF-8; start from that and shrink until it fits.
  let end = Math.min(text.length, start + Math.max(1, Math.floor(budget / 3)));
  while (end > start + 1 && jsonBytes(text.slice(start, end)) > budget) end = start + Math.floor((end - start) * 0.9);
  const code = text.charCodeAt(end - 1);
  if (end < text.length && code >= 0xd800 && code <= 0xdbff) end = end > start + 1 ? end - 1 : end + 1;
  return Math.max(end, start + 1);
}

type FoundDocument = { document: DocumentSummary; itemTitle: string; blocks: Block[] };

/**
 * A document read once for all its windows: its outline entries by block, and each whole block's
 * JSON size with its entry's, measured when a window first needs it.
 */
interface PreparedDocument {
  found: FoundDocument;
  entries: Map<string, TocEntry>;
  headerBytes: number;
  sizes: Array<number | undefined>;
}

function prepare(found: FoundDocument): PreparedDocument {
  return {
    found,
    entries: new Map(tocOf(found.blocks).map((e) => [e.blockId, e])),
    headerBytes: jsonBytes({ document: found.document, itemTitle: found.itemTitle }),
    sizes: new Array<number | undefined>(found.blocks.length),
  };
}

/** Documents read lately, per connection, with the change stamp they were read at. */
const CACHED_DOCUMENTS = 4;
const cache = new WeakMap<Db, Map<string, { stamp: string; prepared: PreparedDocument }>>();

/**
 * One window of a document, or null when there is no such document. Each window used to read the
 * whole document again and rebuild its outline (a 3,000-block document: four windows, four
 * reads); the document read for the first window serves the next ones until the database changes
 * (change-stamp.ts: documents and blocks are among the tables it watches, other connections'
 * writes included).
 */
export function readDocumentWindow(db: Db, documentId: string, request: WindowRequest): DocumentPage | null {
  const stamp = changeStamp(db);
  let documents = cache.get(db);
  if (!documents) cache.set(db, (documents = new Map()));
  let cached = documents.get(documentId);
  if (cached?.stamp !== stamp) {
    const found = readDocument(db, documentId);
    if (!found) {
      documents.delete(documentId);
      return null;
    }
    cached = { stamp, prepared: prepare(found) };
  }
  // Most recently used last; the oldest goes beyond CACHED_DOCUMENTS.
  documents.delete(documentId);
  documents.set(documentId, cached);
  for (const key of documents.keys()) {
    if (documents.size <= CACHED_DOCUMENTS) break;
    documents.delete(key);
  }
  return windowOf(cached.prepared, request);
}

function windowOf(prepared: PreparedDocument, request: WindowRequest, budget: number = LIST_WINDOWS.windowBytes): DocumentPage {
  const { found, entries, sizes } = prepared;
  const { blocks } = found;
  const total = blocks.length;
  const from = Math.min(request.from ?? 0, total);
  const fromChar = from < total ? Math.min(request.fromChar ?? 0, blocks[from].text.length) : 0;
  const limit = request.limit ?? LIST_WINDOWS.documentMaxBlocks;
  let room = budget - prepared.headerBytes - 200;
  const out: Block[] = [];
  const windowToc: TocEntry[] = [];
  let index = from;
  let char = fromChar;
  while (index < total && out.length < limit) {
    const block = blocks[index];
    const piece = char > 0 ? { ...block, text: block.text.slice(char) } : block;
    const entry = char === 0 ? entries.get(block.id) : undefined;
    let size = char === 0 ? sizes[index] : undefined;
    if (size === undefined) {
      size = jsonBytes(piece) + 1 + (entry ? jsonBytes(entry) + 1 : 0);
      if (char === 0) sizes[index] = size;
    }
    if (size <= room) {
      out.push(piece);
      if (entry) windowToc.push(entry);
      room -= size;
      index += 1;
      char = 0;
      continue;
    }
    if (out.length > 0) break;
    // Alone over the budget: as much of its text as fits; the next window goes on from there.
    if (entry) {
      windowToc.push(entry);
      room -= jsonBytes(entry);
    }
    const end = pieceEnd(block.text, char, Math.max(1024, room - jsonBytes({ ...block, text: '' })));
    out.push({ ...block, text: block.text.slice(char, end) });
    if (end >= block.text.length) {
      index += 1;
      char = 0;
    } else {
      char = end;
    }
    break;
  }
  return {
    document: found.document,
    itemTitle: found.itemTitle,
    blocks: out,
    toc: windowToc,
    window: { from, fromChar, total, next: index < total ? { from: index, fromChar: char } : null },
  };
}
