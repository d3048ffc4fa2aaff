/**
 * What changed between two versions of a document, block by block, with the words marked; and how
 * a character offset in an old block maps into its new text. Built on jsdiff.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';

export interface WordPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

export type BlockChange =
  | { op: 'same'; oldIndex: number; newIndex: number }
  | { op: 'changed'; oldIndex: number; newIndex: number; words: WordPart[] }
  | { op: 'added'; newIndex: number }
  | { op: 'removed'; oldIndex: number };

export function wordDiff(before: string, after: string): WordPart[] {
  return diffWordsWithSpace(before, after).map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));
}

/** Share of the shorter text's words found in the other: how alike two paragraphs are. */
export function similarity(a: string, b: string): number {
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const wa = words(a);
  const wb = new Set(words(b));
  if (wa.length === 0 || wb.size === 0) return 0;
  return wa.filter((w) => wb.has(w)).length / Math.min(wa.length, wb.size);
}

const PAIR_THRESHOLD = 0.5;

/**
 * Block-level diff: equal texts are "same"; within a run of removed and added blocks, a removed
 * block is paired with the most similar added block (in order) when they are alike enough.
 */
export function diffBlocks(oldTexts: readonly string[], newTexts: readonly string[]): BlockChange[] {
  const changes: BlockChange[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removed: number[] = [];
  let added: number[] = [];
  const flush = (): void => {
    let cursor = 0;
    for (const o of removed) {
      let best = -1;
      let bestScore = PAIR_THRESHOLD;
      for (let k = cursor; k < added.length; k++) {
        const score = similarity(oldTexts[o], newTexts[added[k]]);
        if (score >= bestScore) {
          best = k;
          bestScore = score;
        }
      }
      if (best < 0) {
        changes.push({ op: 'removed', oldIndex: o });
        continue;
      }
      for (let k = cursor; k < best; k++) changes.push({ op: 'added', newIndex: added[k] });
      changes.push({ op: 'changed', oldIndex: o, newIndex: added[best], words: wordDiff(oldTexts[o], newTexts[added[best]]) });
      cursor = best + 1;
    }
    for (let k = cursor; k < added.length; k++) changes.push({ op: 'added', newIndex: added[k] });
    removed = [];
    added = [];
  };
  for (const part of diffArrays([...oldTexts], [...newTexts])) {
    const count = part.count ?? part.value.length;
    if (part.removed) for (let i = 0; i < count; i++) removed.push(oldIndex++);
    else if (part.added) for (let i = 0; i < count; i++) added.push(newIndex++);
    else {
      flush();
      for (let i = 0; i < count; i++) changes.push({ op: 'same', oldIndex: oldIndex++, newIndex: newIndex++ });
    }
  }
  flush();
  return changes;
}

/** Maps an offset in `before` to the matching offset in `after`, following the word diff. */
export function mapOffset(parts: readonly WordPart[], offset: number): number {
  let oldPos = 0;
  let newPos = 0;
  for (const p of parts) {
    const len = p.value.length;
    if (p.added) {
      newPos += len;
      continue;
    }
    if (p.removed) {
      if (offset < oldPos + len) return newPos;
      oldPos += len;
      continue;
    }
    if (offset < oldPos + len) return newPos + (offset - oldPos);
    oldPos += len;
    newPos += len;
  }
  return newPos;
}
