/**
 * The passage a conflict's changes cover together, as it reads in the current version (what a
 * merged wording replaces, and what the merge form starts from). Pure.
 */
import type { RevisionChange } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';

export function conflictPassage(blocks: readonly Block[], changes: readonly RevisionChange[]): string {
  if (changes.length === 0) return '';
  const index = new Map(blocks.map((b, i) => [b.id, i]));
  const at = (blockId: string, offset: number) => (index.get(blockId) ?? 0) * 1e9 + offset;
  const first = changes.reduce((a, b) => (at(b.startBlockId, b.start) < at(a.startBlockId, a.start) ? b : a));
  const last = changes.reduce((a, b) => (at(b.endBlockId, b.end) > at(a.endBlockId, a.end) ? b : a));
  const from = index.get(first.startBlockId);
  const to = index.get(last.endBlockId);
  if (from === undefined || to === undefined) return '';
  if (from === to) return blocks[from].text.slice(first.start, last.end);
  const middle = blocks.slice(from + 1, to).map((b) => b.text);
  return [blocks[from].text.slice(first.start), ...middle, blocks[to].text.slice(0, last.end)].join('\n');
}
