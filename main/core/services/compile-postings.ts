/**
 * What compile:get's filters walk (issue 18), made once per compilation index: each passage's
 * comments in compiled order, and for each value of a discrete filter (document, stance,
 * delegation, delegate, answer state) the positions of its comments in that order; the word search
 * over the index's tokens. services/compile-window.ts cuts the groups into rows and windows.
 */
import type { CompiledFilter } from '../../../shared/domain/compile';
import { foldWords, type CompileIndex, type IndexedComment } from './compile-index';

/**
 * Made once per index: each passage's comments in compiled order, all of them in that order, and
 * for each value of a discrete filter the positions of its comments in that order (the answer
 * state's per generation, as answers patch it). A filter then walks only its shortest list.
 */
export interface Postings {
  lists: IndexedComment[][];
  /** Passage numbers in compiled order. */
  passageOrder: number[];
  ordered: IndexedComment[];
  byDocument: Map<string, number[]>;
  byStance: Map<string, number[]>;
  byDelegation: Map<string, number[]>;
  byAuthor: Map<string, number[]>;
  states: { generation: number; byState: Map<string, number[]> } | null;
  positionOf: Map<IndexedComment, number>;
}
const postingsCache = new WeakMap<CompileIndex, Postings>();

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

export function postingsOf(index: CompileIndex): Postings {
  let p = postingsCache.get(index);
  if (!p) {
    const lists = index.passageBlocks.map((): IndexedComment[] => []);
    for (const e of index.entries) lists[e.passage].push(e);
    const passageOrder = index.documents.flatMap((d) => d.passages);
    const ordered: IndexedComment[] = [];
    for (const n of passageOrder) for (const e of lists[n]) ordered.push(e);
    p = {
      lists,
      passageOrder,
      ordered,
      byDocument: new Map(),
      byStance: new Map(),
      byDelegation: new Map(),
      byAuthor: new Map(),
      states: null,
      positionOf: new Map(),
    };
    for (let i = 0; i < ordered.length; i++) {
      const e = ordered[i];
      push(p.byDocument, e.documentId ?? '', i);
      push(p.byStance, e.stance, i);
      push(p.byDelegation, e.delegation, i);
      push(p.byAuthor, e.authorId, i);
      p.positionOf.set(e, i);
    }
    postingsCache.set(index, p);
  }
  if (p.states?.generation !== index.generation) {
    const byState = new Map<string, number[]>();
    p.ordered.forEach((e, i) => {
      push(byState, e.state, i);
      if (e.state !== 'unanswered') push(byState, 'answered-or-revised', i);
    });
    p.states = { generation: index.generation, byState };
  }
  return p;
}

/**
 * The positions (in compiled order) of the comments the filter's discrete values or words allow,
 * the fewest list; null for all. `exact` when that list is the filter's only condition.
 */
function candidates(
  p: Postings,
  tokens: CompileIndex['tokens'],
  filter: CompiledFilter,
): { positions: number[]; exact: boolean } | null {
  const lists: number[][] = [];
  const none: number[] = [];
  if (filter.documentId) lists.push(p.byDocument.get(filter.documentId) ?? none);
  if (filter.stance) lists.push(p.byStance.get(filter.stance) ?? none);
  if (filter.delegation) lists.push(p.byDelegation.get(filter.delegation) ?? none);
  if (filter.delegateId) lists.push(p.byAuthor.get(filter.delegateId) ?? none);
  if (filter.answered) {
    const key = filter.answered === 'answered' ? 'answered-or-revised' : filter.answered;
    lists.push(p.states?.byState.get(key) ?? none);
  }
  const words = queryWords(filter);
  if (words.length > 0) lists.push(wordPositions(p, tokens, words));
  if (lists.length === 0) return null;
  return { positions: lists.reduce((a, b) => (b.length < a.length ? b : a)), exact: lists.length === 1 };
}

/** The matching comments of each passage, in compiled order. */
export function* groups(
  p: Postings,
  tokens: CompileIndex['tokens'],
  filter: CompiledFilter,
  matches: Test | null,
): Generator<[number, IndexedComment[]]> {
  const found = candidates(p, tokens, filter);
  if (found === null) {
    for (const n of p.passageOrder) {
      const all = p.lists[n];
      const entries = matches ? all.filter(matches) : all;
      if (entries.length > 0) yield [n, entries];
    }
    return;
  }
  // A group with every comment of its passage is that passage's own list (whose summary is kept).
  const whole = (n: number, entries: IndexedComment[]): IndexedComment[] =>
    entries.length === p.lists[n].length ? p.lists[n] : entries;
  let passage = -1;
  let entries: IndexedComment[] = [];
  // The list is the only condition: its comments need no test.
  const test = found.exact ? null : matches;
  for (const i of found.positions) {
    const e = p.ordered[i];
    if (test && !test(e)) continue;
    if (e.passage !== passage) {
      if (entries.length > 0) yield [passage, whole(passage, entries)];
      passage = e.passage;
      entries = [];
    }
    entries.push(e);
  }
  if (entries.length > 0) yield [passage, whole(passage, entries)];
}

export type Test = (e: IndexedComment) => boolean;

const queryWords = (filter: CompiledFilter): string[] =>
  foldWords(filter.query ?? '')
    .split(/\s+/u)
    .filter((w) => w.length > 0);

/**
 * The positions of the comments holding every word (each a substring of one of their tokens), in
 * compiled order: the tokens are looked over, not the 100,000 texts.
 */
function wordPositions(p: Postings, tokens: CompileIndex['tokens'], words: readonly string[]): number[] {
  const hits = new Uint8Array(p.ordered.length);
  const seen = new Int32Array(p.ordered.length).fill(-1);
  words.forEach((word, w) => {
    for (const [token, holders] of tokens) {
      if (!token.includes(word)) continue;
      for (const e of holders) {
        const i = p.positionOf.get(e);
        if (i === undefined || seen[i] === w) continue;
        seen[i] = w;
        hits[i]++;
      }
    }
  });
  const positions: number[] = [];
  for (let i = 0; i < hits.length; i++) if (hits[i] === words.length) positions.push(i);
  return positions;
}

/** Only the tests the filter asks for. */
export function matcher(filter: CompiledFilter): Test | null {
  const tests: Test[] = [];
  const { documentId, stance, delegation, delegateId, answered } = filter;
  if (documentId) tests.push((e) => e.documentId === documentId);
  if (stance) tests.push((e) => e.stance === stance);
  if (delegation) tests.push((e) => e.delegation === delegation);
  if (delegateId) tests.push((e) => e.authorId === delegateId);
  // "Answered" includes the answered comments revised since.
  if (answered === 'answered') tests.push((e) => e.state !== 'unanswered');
  else if (answered) tests.push((e) => e.state === answered);
  // The words are matched through the tokens (wordPositions), as a candidate list.
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0];
  return (e) => {
    for (const test of tests) if (!test(e)) return false;
    return true;
  };
}
