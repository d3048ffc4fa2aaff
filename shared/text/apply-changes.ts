/**
 * Applies the accepted changes of a revised draft (dự thảo chỉnh lý) to a document's blocks.
 *
 * A change replaces the text from (startBlockId, start) to (endBlockId, end) of the version it was
 * accepted on with a wording; an empty wording deletes, an empty range inserts. A change spanning
 * several blocks joins them: what is left of the last block follows the wording in the first, the
 * blocks between are removed. Two changes that overlap, or that insert at the same place (an
 * insertion touching another change counts), are a conflict: both are reported and neither is
 * applied, because which wording wins is the secretariat's call, not ours. A change whose passage no
 * longer reads as it did when accepted is stale: reported, never applied.
 *
 * Pure: no I/O. Every text comes out in NFC, equal byte for byte to the original with the wordings.
 */

export interface ChangeBlock {
  id: string;
  text: string;
  /** Table cells for a table row, whose text is the cells joined by CELL_SEPARATOR. */
  cells: string[] | null;
}

export interface TextChange {
  id: string;
  startBlockId: string;
  start: number;
  endBlockId: string;
  end: number;
  /** The passage replaced, as it read when the change was accepted (blocks joined by "\n"). */
  original: string;
  wording: string;
}

export interface RevisedBlock {
  id: string;
  text: string;
  cells: string[] | null;
  /** The ids of the changes applied to this block, in reading order. */
  changeIds: string[];
}

export type StaleReason = 'block_missing' | 'out_of_range' | 'text_changed' | 'splits_character' | 'breaks_table';

export interface ApplyResult {
  /** The revised blocks in order; blocks emptied or joined into another are left out. */
  blocks: RevisedBlock[];
  /** Ids of the blocks that changed text or were removed. */
  changedBlockIds: string[];
  removedBlockIds: string[];
  applied: string[];
  /** Groups of changes that overlap or insert at the same place; none of them applied. */
  conflicts: Array<{ changeIds: string[] }>;
  stale: Array<{ changeId: string; reason: StaleReason }>;
}

export const CELL_SEPARATOR = ' | ';

const nfc = (s: string): string => s.normalize('NFC');

/** A change placed in the document: positions as (block index, offset). */
interface Placed {
  change: TextChange;
  startIndex: number;
  endIndex: number;
}

const before = (ai: number, ao: number, bi: number, bo: number): boolean => ai < bi || (ai === bi && ao < bo);
const same = (ai: number, ao: number, bi: number, bo: number): boolean => ai === bi && ao === bo;

function isEmptyRange(p: Placed): boolean {
  return same(p.startIndex, p.change.start, p.endIndex, p.change.end);
}

/** Two changes clash when their ranges overlap, or an insertion touches the other one. */
function clash(a: Placed, b: Placed): boolean {
  const aStart = [a.startIndex, a.change.start] as const;
  const aEnd = [a.endIndex, a.change.end] as const;
  const bStart = [b.startIndex, b.change.start] as const;
  const bEnd = [b.endIndex, b.change.end] as const;
  if (isEmptyRange(a) || isEmptyRange(b)) {
    // Touching counts: the order of the two wordings at that place would be a guess.
    return !before(...aEnd, ...bStart) && !before(...bEnd, ...aStart);
  }
  return before(...aStart, ...bEnd) && before(...bStart, ...aEnd);
}

/** True when `offset` falls between a character and the combining mark that belongs to it. */
function splitsCharacter(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff) return true; // inside a surrogate pair
  return /^\p{M}/u.test(text.slice(offset, offset + 2));
}

function passage(texts: readonly string[], p: Placed): string {
  if (p.startIndex === p.endIndex) return texts[p.startIndex].slice(p.change.start, p.change.end);
  const parts = [texts[p.startIndex].slice(p.change.start)];
  for (let i = p.startIndex + 1; i < p.endIndex; i++) parts.push(texts[i]);
  parts.push(texts[p.endIndex].slice(0, p.change.end));
  return parts.join('\n');
}

function place(blocks: readonly ChangeBlock[], index: ReadonlyMap<string, number>, change: TextChange): Placed | StaleReason {
  const startIndex = index.get(change.startBlockId);
  const endIndex = index.get(change.endBlockId);
  if (startIndex === undefined || endIndex === undefined) return 'block_missing';
  const p: Placed = { change, startIndex, endIndex };
  const startText = blocks[startIndex].text;
  const endText = blocks[endIndex].text;
  if (change.start < 0 || change.start > startText.length || change.end < 0 || change.end > endText.length) return 'out_of_range';
  if (before(endIndex, change.end, startIndex, change.start)) return 'out_of_range';
  if (splitsCharacter(startText, change.start) || splitsCharacter(endText, change.end)) return 'splits_character';
  if (
    passage(
      blocks.map((b) => b.text),
      p,
    ) !== nfc(change.original)
  )
    return 'text_changed';
  const tableRow = blocks.slice(startIndex, endIndex + 1).some((b) => b.cells);
  if (tableRow && (startIndex !== endIndex || cellAt(blocks[startIndex].cells!, change.start, change.end) < 0))
    return 'breaks_table';
  if (tableRow && change.wording.includes(CELL_SEPARATOR.trim())) return 'breaks_table';
  return p;
}

/** The cell of a table row holding [start, end) whole, or -1 when the range crosses a cell border. */
function cellAt(cells: readonly string[], start: number, end: number): number {
  let from = 0;
  for (let k = 0; k < cells.length; k++) {
    const to = from + cells[k].length;
    if (start >= from && end <= to) return k;
    from = to + CELL_SEPARATOR.length;
  }
  return -1;
}

function cellStart(cells: readonly string[], k: number): number {
  let from = 0;
  for (let i = 0; i < k; i++) from += cells[i].length + CELL_SEPARATOR.length;
  return from;
}

/** Connected groups of clashing changes (a chain a–b, b–c is one group: one decision). */
function conflictGroups(placed: readonly Placed[]): Set<number>[] {
  const order = placed.map((_, i) => i);
  order.sort((x, y) => {
    const a = placed[x];
    const b = placed[y];
    return a.startIndex - b.startIndex || a.change.start - b.change.start;
  });
  const groups: Set<number>[] = [];
  const groupOf = new Map<number, Set<number>>();
  // Sorted by start, a change can only clash with earlier ones whose end reaches it; compare with all
  // earlier ones still open (few in practice, the 500-change benchmark included).
  const open: number[] = [];
  for (const i of order) {
    for (let k = open.length - 1; k >= 0; k--) {
      const j = open[k];
      const o = placed[j];
      const reaches = !before(o.endIndex, o.change.end, placed[i].startIndex, placed[i].change.start);
      if (!reaches) {
        open.splice(k, 1);
        continue;
      }
      if (!clash(placed[i], o)) continue;
      const gi = groupOf.get(i);
      const gj = groupOf.get(j);
      if (gi && gj && gi !== gj) {
        for (const m of gi) {
          gj.add(m);
          groupOf.set(m, gj);
        }
        groups.splice(groups.indexOf(gi), 1);
      } else if (gj) {
        gj.add(i);
        groupOf.set(i, gj);
      } else if (gi) {
        gi.add(j);
        groupOf.set(j, gi);
      } else {
        const g = new Set([i, j]);
        groups.push(g);
        groupOf.set(i, g);
        groupOf.set(j, g);
      }
    }
    open.push(i);
  }
  return groups;
}

export function applyChanges(blocks: readonly ChangeBlock[], changes: readonly TextChange[]): ApplyResult {
  const index = new Map(blocks.map((b, i) => [b.id, i]));
  const stale: ApplyResult['stale'] = [];
  const placed: Placed[] = [];
  for (const change of changes) {
    const p = place(blocks, index, change);
    if (typeof p === 'string') stale.push({ changeId: change.id, reason: p });
    else placed.push(p);
  }
  const groups = conflictGroups(placed);
  const inConflict = new Set<number>();
  for (const g of groups) for (const i of g) inConflict.add(i);
  const toApply = placed.filter((_, i) => !inConflict.has(i));
  // From the end backwards, so earlier offsets stay valid while later text changes.
  toApply.sort((a, b) => b.startIndex - a.startIndex || b.change.start - a.change.start);

  const texts = blocks.map((b) => b.text);
  const cells = blocks.map((b) => (b.cells ? [...b.cells] : null));
  const removed = new Set<number>();
  const touched = new Map<number, string[]>();
  for (const p of toApply) {
    const { change } = p;
    const row = cells[p.startIndex];
    if (row) {
      // Within one cell (checked when placed); from the end backwards, so the original layout holds.
      const original = blocks[p.startIndex].cells!;
      const k = cellAt(original, change.start, change.end);
      const at = cellStart(original, k);
      row[k] = row[k].slice(0, change.start - at) + nfc(change.wording) + row[k].slice(change.end - at);
      texts[p.startIndex] = row.join(CELL_SEPARATOR);
      const ids = touched.get(p.startIndex) ?? [];
      ids.unshift(change.id);
      touched.set(p.startIndex, ids);
      continue;
    }
    const head = texts[p.startIndex].slice(0, change.start);
    const tail = texts[p.endIndex].slice(change.end);
    texts[p.startIndex] = head + nfc(change.wording) + tail;
    for (let i = p.startIndex + 1; i <= p.endIndex; i++) removed.add(i);
    const ids = touched.get(p.startIndex) ?? [];
    ids.unshift(change.id);
    touched.set(p.startIndex, ids);
  }

  const out: RevisedBlock[] = [];
  const changedBlockIds: string[] = [];
  const removedBlockIds: string[] = [];
  blocks.forEach((b, i) => {
    const text = nfc(texts[i]);
    const row = cells[i];
    const emptied = row ? row.every((c) => c.trim() === '') : text.trim() === '';
    if (removed.has(i) || (touched.has(i) && emptied)) {
      removedBlockIds.push(b.id);
      return;
    }
    if (!touched.has(i)) {
      out.push({ id: b.id, text: b.text, cells: b.cells, changeIds: [] });
      return;
    }
    changedBlockIds.push(b.id);
    out.push({ id: b.id, text, cells: row ? row.map(nfc) : null, changeIds: touched.get(i)! });
  });
  return {
    blocks: out,
    changedBlockIds,
    removedBlockIds,
    applied: toApply.map((p) => p.change.id).reverse(),
    conflicts: groups.map((g) => ({ changeIds: [...g].sort((a, b) => a - b).map((i) => placed[i].change.id) })),
    stale,
  };
}
