/**
 * Search across all documents: the query is folded like the index (so `doi moi` finds `đổi mới`),
 * passages where the words stand together as a phrase come first, then passages holding all the
 * words; each hit carries a snippet with the matched words highlighted in the original text.
 */
import type { SearchHit, SearchResult } from '../../../shared/domain/types';
import { fold, foldWithMap, tokenize } from '../../../shared/text/fold';
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

/** Ranges in `text` where a query token starts a word (prefix match on folded text). */
export function highlightRanges(text: string, tokens: readonly string[]): Array<[number, number]> {
  const { folded, sourceIndex } = foldWithMap(text);
  const ranges: Array<[number, number]> = [];
  // Where the words stand together as typed, highlight only that phrase, not every lone word.
  const phrase = tokens.length > 1 && folded.includes(tokens.join(' ')) ? [tokens.join(' ')] : tokens;
  for (const token of phrase) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(token, from);
      if (at < 0) break;
      const wordStart = at === 0 || !/[\p{L}\p{N}]/u.test(folded[at - 1]);
      if (wordStart) ranges.push([sourceIndex[at], sourceIndex[at + token.length]]);
      from = at + token.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
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

function toHit(row: SearchRow, tokens: readonly string[]): SearchHit {
  const { snippet, highlights } = makeSnippet(row.text, highlightRanges(row.text, tokens));
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
    hits: rows.map((r) => toHit(r, q.tokens)),
    total: Math.min(counted, TOTAL_CAP),
    totalCapped: counted > TOTAL_CAP,
  };
}
