/**
 * Search across all documents: the query is folded like the index (so `doi moi` finds `đổi mới`),
 * passages where the words stand together as a phrase come first, then passages holding all the
 * words; each hit carries a snippet with the matched words highlighted in the original text.
 * A word typed with diacritics matches them exactly (`mới` is not `mối`): the folded index gives
 * the candidates, shared/text/search-match keeps those that match as typed.
 */
import type { SearchHit, SearchResult } from '../../../shared/domain/types';
import { fold, tokenize } from '../../../shared/text/fold';
import { matchesQuery, matchRanges, needsExactCheck, queryTerms, type QueryTerms } from '../../../shared/text/search-match';
import type { Db } from '../db/database';
import { countMatches, matchBlocks, type SearchRow } from '../db/repos/search';

export const DEFAULT_LIMIT = 50;
export const TOTAL_CAP = 1000;
const SNIPPET_RADIUS = 90;

const quote = (token: string): string => `"${token.replace(/"/gu, '""')}"`;

/** FTS5 expressions for a query: an exact phrase (last word as a prefix) and all-words-anywhere. */
export function buildFtsQueries(query: string): { phrase: string; allWords: string; tokens: string[] } | null {
  const tokens = tokenize(fold(query));
  if (tokens.length === 0) return null;
  const phrase = tokens.length > 1 ? `${quote(tokens.join(' '))}*` : `${quote(tokens[0])}*`;
  const allWords = tokens.map((t, i) => (i === tokens.length - 1 ? `${quote(t)}*` : quote(t))).join(' AND ');
  return { phrase, allWords, tokens };
}

/** Ranges in `text` to highlight for a query (shared/text/search-match: diacritics respected where typed). */
export function highlightRanges(text: string, query: string | QueryTerms): Array<[number, number]> {
  return matchRanges(text, typeof query === 'string' ? queryTerms(query) : query);
}

/** Cuts a window of the text around the first highlight, at word boundaries, and shifts the ranges. */
export function makeSnippet(
  text: string,
  ranges: Array<[number, number]>,
): { snippet: string; highlights: Array<[number, number]> } {
  if (text.length <= SNIPPET_RADIUS * 2) return { snippet: text, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - SNIPPET_RADIUS);
  let end = Math.min(text.length, start + SNIPPET_RADIUS * 2);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const prefix = start > 0 ? '… ' : '';
  const suffix = end < text.length ? ' …' : '';
  const shift = prefix.length - start;
  const highlights = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s + shift, e + shift]);
  return { snippet: prefix + text.slice(start, end) + suffix, highlights };
}

function toHit(row: SearchRow, terms: QueryTerms): SearchHit {
  const { snippet, highlights } = makeSnippet(row.text, matchRanges(row.text, terms));
  return {
    blockId: row.block_id,
    documentId: row.document_id,
    documentTitle: row.document_title,
    itemTitle: row.item_title,
    path: row.path,
    lineStart: row.line_start,
    snippet,
    highlights,
  };
}

export function search(db: Db, query: string, limit: number = DEFAULT_LIMIT): SearchResult {
  const q = buildFtsQueries(query);
  if (!q) return { query, hits: [], total: 0, totalCapped: false };
  const terms = queryTerms(query);
  if (needsExactCheck(terms)) return searchExact(db, query, q, terms, limit);
  const phraseRows = q.tokens.length > 1 ? matchBlocks(db, q.phrase, limit) : [];
  const seen = new Set(phraseRows.map((r) => r.seq));
  const rows = [...phraseRows];
  if (rows.length < limit) {
    for (const row of matchBlocks(db, q.allWords, limit + rows.length)) {
      if (rows.length >= limit) break;
      if (!seen.has(row.seq)) rows.push(row);
    }
  }
  const counted = countMatches(db, q.allWords, TOTAL_CAP);
  return {
    query,
    hits: rows.map((r) => toHit(r, terms)),
    total: Math.min(counted, TOTAL_CAP),
    totalCapped: counted > TOTAL_CAP,
  };
}

/**
 * A query with diacritics: the index's candidates (up to the count cap) filtered to those that
 * match as typed; phrase matches first, as above. Bounded by TOTAL_CAP rows read.
 */
function searchExact(
  db: Db,
  query: string,
  q: NonNullable<ReturnType<typeof buildFtsQueries>>,
  terms: QueryTerms,
  limit: number,
): SearchResult {
  const keep = (row: SearchRow) => matchesQuery(row.text, terms);
  const candidates = matchBlocks(db, q.allWords, TOTAL_CAP + 1);
  const matching = candidates.slice(0, TOTAL_CAP).filter(keep);
  const phraseRows = q.tokens.length > 1 ? matchBlocks(db, q.phrase, TOTAL_CAP).filter(keep) : [];
  const seen = new Set(phraseRows.map((r) => r.seq));
  const rows = [...phraseRows, ...matching.filter((r) => !seen.has(r.seq))].slice(0, limit);
  return {
    query,
    hits: rows.map((r) => toHit(r, terms)),
    total: matching.length,
    totalCapped: candidates.length > TOTAL_CAP,
  };
}
