/**
 * compile:get, windowed (issue 18): the totals and counts of the whole filtered compilation, and
 * only a window of its rows (document headings and passage cards). The filters run over main's
 * cached index (compile-index.ts); the filtered rows are kept too, so scrolling on costs only the
 * reading of the next window's comments. No answer exceeds LIST_WINDOWS.answerBytes of JSON.
 */
import type { Stance } from '../../../shared/domain/comments';
import type {
  CompiledComment,
  CompiledDocument,
  CompiledFilter,
  CompiledPassage,
  CompiledView,
  PassageConflict,
  StanceCounts,
} from '../../../shared/domain/compile';
import { LIST_WINDOWS } from '../../../shared/ipc/limits';
import type { Db } from '../db/database';
import { readAnswersByIds, readCommentsByIds } from '../db/repos/compile-rows';
import { compileIndex, ensureWords, foldWords, type CompileIndex, type IndexedComment } from './compile-index';

const zero = (): StanceCounts => ({ tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 });
const add = (counts: StanceCounts, stance: Stance): void => void (counts[stance] += 1);

interface Card {
  head: Omit<CompiledPassage, 'comments' | 'row' | 'blockText'>;
  entries: IndexedComment[];
}
type Row = { kind: 'document'; doc: CompiledDocument } | { kind: 'passage'; doc: CompiledDocument; card: Card };

interface Filtered {
  key: string;
  rows: Row[];
  sizes: number[];
  /** The row of each document's heading. */
  headings: Map<CompiledDocument, number>;
  passages: number;
  totals: CompiledView['totals'];
}

const filteredCache = new WeakMap<CompileIndex, Filtered>();

function matcher(filter: CompiledFilter): (e: IndexedComment) => boolean {
  const words = foldWords(filter.query ?? '')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  return (e) =>
    (!filter.documentId || e.documentId === filter.documentId) &&
    (!filter.stance || e.stance === filter.stance) &&
    (!filter.delegation || e.delegation === filter.delegation) &&
    (!filter.delegateId || e.authorId === filter.delegateId) &&
    // "Answered" includes the answered comments revised since.
    (!filter.answered || e.state === filter.answered || (filter.answered === 'answered' && e.state === 'revised')) &&
    words.every((w) => e.words.includes(w));
}

function conflictOf(counts: StanceCounts, entries: readonly IndexedComment[]): PassageConflict | null {
  const opposed = counts.tan_thanh > 0 && counts.khong_tan_thanh > 0;
  const proposals = new Set<string>();
  for (const e of entries) if (e.wording) proposals.add(e.wording);
  const wordings = proposals.size >= 2;
  return opposed || wordings ? { opposed, wordings } : null;
}

/** The filtered comments per document and passage in compiled order, then cut into cards. */
function filterRows(db: Db, index: CompileIndex, filter: CompiledFilter, key: string): Filtered {
  if (filter.query?.trim()) ensureWords(db, index);
  const matches = matcher(filter);
  const buckets: IndexedComment[][] = [];
  for (const e of index.entries) if (matches(e)) (buckets[e.passage] ??= []).push(e);

  const totals: CompiledView['totals'] = {
    comments: 0,
    allComments: index.entries.length,
    delegatesSent: index.delegates.filter((d) => d.sent).length,
    delegates: index.delegates.length,
    answered: 0,
    onBehalf: 0,
    counts: zero(),
  };
  const rows: Row[] = [];
  const sizes: number[] = [];
  const headings = new Map<CompiledDocument, number>();
  let passageCount = 0;
  const per = LIST_WINDOWS.passageCardComments;
  for (const d of index.documents) {
    let doc: CompiledDocument | null = null;
    for (const n of d.passages) {
      const entries = buckets[n];
      if (!entries) continue;
      const counts = zero();
      let lineFirst: number | null = null;
      let lineLast: number | null = null;
      for (const e of entries) {
        add(counts, e.stance);
        if (e.blockId !== null && e.lineFirst !== null && e.lineLast !== null) {
          lineFirst = lineFirst === null ? e.lineFirst : Math.min(lineFirst, e.lineFirst);
          lineLast = lineLast === null ? e.lineLast : Math.max(lineLast, e.lineLast);
        }
      }
      const conflict = conflictOf(counts, entries);
      if (filter.conflicts && conflict === null) continue;
      if (!doc) {
        const itemTitle = index.itemTitles.get(d.itemId) ?? d.itemId;
        doc = {
          documentId: d.documentId,
          itemId: d.itemId,
          itemTitle,
          title: d.documentId ? (index.docTitles.get(d.documentId) ?? d.documentId) : itemTitle,
          counts: zero(),
          passages: [],
        };
        headings.set(doc, rows.length);
        rows.push({ kind: 'document', doc });
        sizes.push(-1);
      }
      passageCount++;
      for (const e of entries) {
        add(doc.counts, e.stance);
        add(totals.counts, e.stance);
        totals.comments++;
        if (e.state !== 'unanswered') totals.answered++;
        if (e.onBehalf) totals.onBehalf++;
      }
      const first = entries[0];
      const head = {
        blockId: first.blockId,
        path: first.path,
        lineFirst,
        lineLast,
        counts,
        commentCount: entries.length,
        conflict,
      };
      for (let part = 0; part * per < entries.length; part++) {
        const slice = entries.slice(part * per, (part + 1) * per);
        rows.push({ kind: 'passage', doc, card: { head: { ...head, part }, entries: slice } });
        sizes.push(slice.length);
      }
    }
  }
  return { key, rows, sizes, headings, passages: passageCount, totals };
}

function filtered(db: Db, index: CompileIndex, filter: CompiledFilter): Filtered {
  const key = `${index.generation}:${JSON.stringify(filter)}`;
  const cached = filteredCache.get(index);
  if (cached && cached.key === key) return cached;
  const result = filterRows(db, index, filter, key);
  filteredCache.set(index, result);
  return result;
}

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

export interface WindowRequest extends CompiledFilter {
  offset?: number;
  limit?: number;
}

/** The rows' comments and answers, read from the database for this window only. */
function materialize(db: Db, index: CompileIndex, rows: readonly Row[], from: number): Map<number, CompiledPassage> {
  const ids = rows.flatMap((r) => (r.kind === 'passage' ? r.card.entries.map((e) => e.id) : []));
  const comments = new Map(readCommentsByIds(db, ids).map((c) => [c.id, c]));
  const answers = new Map(readAnswersByIds(db, ids).map((a) => [a.commentId, a]));
  const cards = new Map<number, CompiledPassage>();
  rows.forEach((row, i) => {
    if (row.kind !== 'passage') return;
    const { head, entries } = row.card;
    const list: CompiledComment[] = [];
    for (const e of entries) {
      const comment = comments.get(e.id);
      if (comment) list.push({ comment, answer: answers.get(e.id) ?? null });
    }
    const blockText = row.doc.documentId && head.blockId ? index.blockText(row.doc.documentId, head.blockId) : null;
    cards.set(from + i, { ...head, blockText, comments: list, row: from + i });
  });
  return cards;
}

/** The totals of the filtered compilation and the rows [offset, offset + limit), cut at the byte budget. */
export function compileWindow(db: Db, request: WindowRequest = {}): CompiledView {
  const { offset: askedOffset = 0, limit = LIST_WINDOWS.compileRows, ...filter } = request;
  for (const key of Object.keys(filter) as Array<keyof CompiledFilter>) if (!filter[key]) delete filter[key];
  const index = compileIndex(db);
  const all = filtered(db, index, filter);
  const offset = Math.min(askedOffset, all.rows.length);
  const candidates = all.rows.slice(offset, offset + limit);
  const cards = materialize(db, index, candidates, offset);
  const sizes = offset === 0 ? all.sizes : undefined;
  let bytes = bytesOf(sizes ?? []) + bytesOf(index.delegates) + bytesOf(index.delegations) + 2_000;
  const documents: CompiledDocument[] = [];
  let current: { doc: CompiledDocument; shown: CompiledDocument } | null = null;
  let end = offset;
  for (const row of candidates) {
    const card = cards.get(end);
    const cost = card ? bytesOf(card) : bytesOf(row.doc) + 100;
    if (end > offset && bytes + cost > LIST_WINDOWS.windowBytes) break;
    bytes += cost;
    if (!current || current.doc !== row.doc) {
      const shown: CompiledDocument = { ...row.doc, passages: [], row: all.headings.get(row.doc) ?? end };
      current = { doc: row.doc, shown };
      documents.push(shown);
    }
    if (card) current.shown.passages.push(card);
    end++;
  }
  return {
    sessionId: index.session.id,
    commentDeadline: index.session.commentDeadline,
    totals: all.totals,
    documents,
    delegates: index.delegates,
    delegations: index.delegations,
    window: {
      offset,
      rows: end - offset,
      totalRows: all.rows.length,
      next: end < all.rows.length ? end : null,
      ...(sizes ? { sizes } : {}),
      passages: all.passages,
    },
  };
}
