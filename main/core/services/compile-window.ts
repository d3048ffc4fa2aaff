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
import { compileIndex, type CompileIndex, type IndexedComment, type IndexedDocument } from './compile-index';
import { groups, isKeptList, matcher, postingsOf, type Postings } from './compile-postings';
import { ensureWords } from './compile-words';

const zero = (): StanceCounts => ({ tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 });
const STANCE_KEYS: Stance[] = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'];

interface Card {
  head: Omit<CompiledPassage, 'comments' | 'row' | 'blockText'>;
  /** The passage's matching comments; this card shows [from, from + passageCardComments). */
  entries: IndexedComment[];
  from: number;
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

/** The last filter's rows, and the unfiltered rows (the view opens on them), per index. */
const filteredCache = new WeakMap<CompileIndex, Filtered>();
const unfilteredCache = new WeakMap<CompileIndex, Filtered>();

interface Summary {
  counts: StanceCounts;
  lineFirst: number | null;
  lineLast: number | null;
  answered: number;
  onBehalf: number;
  conflict: PassageConflict | null;
}
/**
 * The summary of a passage, or of its part in one answer state, kept while its answers stay as they
 * were (no filter, trái chiều only, an answer state).
 */
const keptSummaries = new WeakMap<IndexedComment[], { version: number; summary: Summary }>();

function summarize(entries: readonly IndexedComment[]): Summary {
  // One pass with plain counters (this runs over every matching comment of a filter).
  let tan = 0;
  let khong = 0;
  let khac = 0;
  let lineFirst: number | null = null;
  let lineLast: number | null = null;
  let answered = 0;
  let onBehalf = 0;
  let wording = '';
  let wordings = false;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const stance = e.stance;
    if (stance === 'tan_thanh') tan++;
    else if (stance === 'khong_tan_thanh') khong++;
    else khac++;
    if (e.state !== 'unanswered') answered++;
    if (e.onBehalf) onBehalf++;
    if (e.blockId !== null && e.lineFirst !== null && e.lineLast !== null) {
      if (lineFirst === null || e.lineFirst < lineFirst) lineFirst = e.lineFirst;
      if (lineLast === null || e.lineLast > lineLast) lineLast = e.lineLast;
    }
    // Two different proposed wordings make the passage trái chiều.
    if (!wordings && e.wording) {
      if (!wording) wording = e.wording;
      else if (e.wording !== wording) wordings = true;
    }
  }
  const counts: StanceCounts = { tan_thanh: tan, khong_tan_thanh: khong, y_kien_khac: khac };
  const opposed = tan > 0 && khong > 0;
  const conflict = opposed || wordings ? { opposed, wordings } : null;
  return { counts, lineFirst, lineLast, answered, onBehalf, conflict };
}

function summaryOf(p: Postings, passage: number, entries: IndexedComment[]): Summary {
  if (!isKeptList(p, passage, entries)) return summarize(entries);
  const version = p.versions[passage];
  const kept = keptSummaries.get(entries);
  if (kept && kept.version === version) return kept.summary;
  const summary = summarize(entries);
  keptSummaries.set(entries, { version, summary });
  return summary;
}

/** The filtered comments per document and passage in compiled order, then cut into cards. */
function filterRows(db: Db, index: CompileIndex, filter: CompiledFilter, key: string): Filtered {
  if (filter.query?.trim()) ensureWords(db, index);
  const p = postingsOf(index);
  const matches = matcher(filter);

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
  const docOf = new Map<number, IndexedDocument>();
  index.documents.forEach((d) => d.passages.forEach((n) => docOf.set(n, d)));
  let passageCount = 0;
  let lastDoc: IndexedDocument | null = null;
  let doc: CompiledDocument | null = null;
  const per = LIST_WINDOWS.passageCardComments;
  for (const [n, entries] of groups(p, index.tokens, filter, matches)) {
    const s = summaryOf(p, n, entries);
    if (filter.conflicts && s.conflict === null) continue;
    const d = docOf.get(n)!;
    if (d !== lastDoc) {
      lastDoc = d;
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
    for (const stance of STANCE_KEYS) {
      doc!.counts[stance] += s.counts[stance];
      totals.counts[stance] += s.counts[stance];
    }
    totals.comments += entries.length;
    totals.answered += s.answered;
    totals.onBehalf += s.onBehalf;
    const first = entries[0];
    const counts = { ...s.counts };
    for (let part = 0; part * per < entries.length; part++) {
      const from = part * per;
      // A literal, not a spread of a shared head: one shape for the 10,000 cards of 100,000 comments.
      const head = {
        blockId: first.blockId,
        path: first.path,
        lineFirst: s.lineFirst,
        lineLast: s.lineLast,
        counts,
        commentCount: entries.length,
        conflict: s.conflict,
        part,
      };
      rows.push({ kind: 'passage', doc: doc!, card: { head, entries, from } });
      sizes.push(Math.min(per, entries.length - from));
    }
  }
  return { key, rows, sizes, headings, passages: passageCount, totals };
}

function filtered(db: Db, index: CompileIndex, filter: CompiledFilter): Filtered {
  const key = `${index.generation}:${JSON.stringify(filter)}`;
  const unfiltered = Object.keys(filter).length === 0;
  const cache = unfiltered ? unfilteredCache : filteredCache;
  const cached = cache.get(index);
  if (cached && cached.key === key) return cached;
  const result = filterRows(db, index, filter, key);
  cache.set(index, result);
  return result;
}

const bytesOf = (value: unknown): number => Buffer.byteLength(JSON.stringify(value));

export interface WindowRequest extends CompiledFilter {
  offset?: number;
  limit?: number;
}

/** The rows' comments and answers, read from the database for this window only. */
function materialize(db: Db, index: CompileIndex, rows: readonly Row[], from: number): Map<number, CompiledPassage> {
  const shown = (card: Card): IndexedComment[] => card.entries.slice(card.from, card.from + LIST_WINDOWS.passageCardComments);
  const ids = rows.flatMap((r) => (r.kind === 'passage' ? shown(r.card).map((e) => e.id) : []));
  const comments = new Map(readCommentsByIds(db, ids).map((c) => [c.id, c]));
  const answers = new Map(readAnswersByIds(db, ids).map((a) => [a.commentId, a]));
  const cards = new Map<number, CompiledPassage>();
  rows.forEach((row, i) => {
    if (row.kind !== 'passage') return;
    const { head } = row.card;
    const list: CompiledComment[] = [];
    for (const e of shown(row.card)) {
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
