/**
 * What compile:get's filters walk (issue 18), made once per compilation index: all comments in
 * compiled order, and for each value of a discrete filter (document, stance, delegation, delegate,
 * answer state) the positions of its comments in that order; each passage's comments in an answer
 * state, kept per passage while its answers stay as they were; the word search over the index's
 * tokens. services/compile-window.ts cuts the groups into rows and windows.
 */
import type { CompiledFilter } from '../../../shared/domain/compile';
import type { CompileIndex, IndexedComment } from './compile-index';
import { foldWords } from './compile-words';

/**
 * Made once per index: each passage's comments in compiled order (the index's) and the passages'
 * order; when a filter first needs them, all comments in that order (each comment's `pos` is its
 * place there) and, once a filter on it comes, for each value of a discrete filter the positions of
 * its comments in that order (the answer state's per generation, as answers patch it). A filter
 * then walks only its shortest list; the unfiltered view and the answer-state filters need none.
 */
export interface Postings {
  lists: IndexedComment[][];
  versions: number[];
  /** Passage numbers in compiled order. */
  passageOrder: number[];
  generation: number;
  positions: Positions | null;
}
interface Positions {
  ordered: IndexedComment[];
  /** Per discrete filter, made when a filter on it first comes (a word search after a build needs none). */
  byField: Partial<Record<Field, Map<string, number[]>>>;
  states: { generation: number; byState: Map<string, number[]> } | null;
}
type Field = 'documentId' | 'stance' | 'delegation' | 'authorId';
const postingsCache = new WeakMap<CompileIndex, Postings>();

function push(map: Map<string, number[]>, key: string, position: number): void {
  const list = map.get(key);
  if (list) list.push(position);
  else map.set(key, [position]);
}

export function postingsOf(index: CompileIndex): Postings {
  let p = postingsCache.get(index);
  if (!p) {
    const passageOrder = index.documents.flatMap((d) => d.passages);
    p = { lists: index.lists, versions: index.passageVersions, passageOrder, generation: index.generation, positions: null };
    postingsCache.set(index, p);
  }
  p.generation = index.generation;
  return p;
}

function positionsOf(p: Postings): Positions {
  if (p.positions) return p.positions;
  const ordered: IndexedComment[] = [];
  for (const n of p.passageOrder) for (const e of p.lists[n]) ordered.push(e);
  for (let i = 0; i < ordered.length; i++) ordered[i].pos = i;
  return (p.positions = { ordered, byField: {}, states: null });
}

/** The positions of the comments whose `field` is `value`, in compiled order. */
function valuePositions(p: Postings, field: Field, value: string): number[] {
  const positions = positionsOf(p);
  let byValue = positions.byField[field];
  if (!byValue) {
    byValue = new Map();
    const { ordered } = positions;
    for (let i = 0; i < ordered.length; i++) push(byValue, ordered[i][field] ?? '', i);
    positions.byField[field] = byValue;
  }
  return byValue.get(value) ?? [];
}

/** The positions of each answer state, made again when answers changed (only a filter that mixes the state with another needs them). */
function statePositions(p: Postings, key: StateKey): number[] {
  const positions = positionsOf(p);
  if (positions.states?.generation !== p.generation) {
    const byState = new Map<string, number[]>();
    positions.ordered.forEach((e, i) => {
      push(byState, e.state, i);
      if (e.state !== 'unanswered') push(byState, 'answered-or-revised', i);
    });
    positions.states = { generation: p.generation, byState };
  }
  return positions.states.byState.get(key) ?? [];
}

type StateKey = 'answered-or-revised' | 'unanswered' | 'revised';
const stateKeyOf = (answered: NonNullable<CompiledFilter['answered']>): StateKey =>
  answered === 'answered' ? 'answered-or-revised' : answered;
const inState = (key: StateKey, e: IndexedComment): boolean =>
  key === 'answered-or-revised' ? e.state !== 'unanswered' : e.state === key;

/** Each passage's comments in an answer state, per passage list, for the version of its answers they were made at. */
const stateLists = new WeakMap<IndexedComment[], { version: number; byKey: Map<StateKey, IndexedComment[]> }>();
/** The lists whose summary may be kept (a passage's, or its part in one answer state). */
const keptLists = new WeakSet<IndexedComment[]>();

/** Whether `entries` is a list kept between requests (its summary can be kept with its passage's version). */
export const isKeptList = (p: Postings, passage: number, entries: IndexedComment[]): boolean =>
  entries === p.lists[passage] || keptLists.has(entries);

function stateList(p: Postings, passage: number, key: StateKey): IndexedComment[] {
  const list = p.lists[passage];
  const version = p.versions[passage];
  let kept = stateLists.get(list);
  if (!kept || kept.version !== version) stateLists.set(list, (kept = { version, byKey: new Map() }));
  let part = kept.byKey.get(key);
  if (!part) {
    part = list.filter((e) => inState(key, e));
    if (part.length === list.length) part = list;
    else keptLists.add(part);
    kept.byKey.set(key, part);
  }
  return part;
}

/** The filter asks for an answer state and nothing else a comment is tested on. */
const stateOnly = (filter: CompiledFilter): boolean =>
  Boolean(filter.answered) &&
  !filter.documentId &&
  !filter.stance &&
  !filter.delegation &&
  !filter.delegateId &&
  queryWords(filter).length === 0;

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
  if (filter.documentId) lists.push(valuePositions(p, 'documentId', filter.documentId));
  if (filter.stance) lists.push(valuePositions(p, 'stance', filter.stance));
  if (filter.delegation) lists.push(valuePositions(p, 'delegation', filter.delegation));
  if (filter.delegateId) lists.push(valuePositions(p, 'authorId', filter.delegateId));
  if (filter.answered) lists.push(statePositions(p, stateKeyOf(filter.answered)));
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
  if (stateOnly(filter)) {
    // Each passage's part in that state, kept between requests: a pass over passages, not comments.
    const key = stateKeyOf(filter.answered!);
    for (const n of p.passageOrder) {
      const entries = stateList(p, n, key);
      if (entries.length > 0) yield [n, entries];
    }
    return;
  }
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
  const { ordered } = positionsOf(p);
  let passage = -1;
  let entries: IndexedComment[] = [];
  // The list is the only condition: its comments need no test.
  const test = found.exact ? null : matches;
  for (const i of found.positions) {
    const e = ordered[i];
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
  const hits = new Uint8Array(positionsOf(p).ordered.length);
  const seen = new Int32Array(positionsOf(p).ordered.length).fill(-1);
  words.forEach((word, w) => {
    for (const [token, holders] of tokens) {
      if (!token.includes(word)) continue;
      for (const holder of holders) {
        // A comment no longer in the index has no entry.
        const i = holder.entry?.pos ?? -1;
        if (i < 0 || seen[i] === w) continue;
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
