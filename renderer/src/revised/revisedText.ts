/**
 * The revised draft as the window shows it: every block of the current version with its text once
 * the pending changes are applied (shared/text/apply-changes, the function that makes the version),
 * and the conflicts and stale changes that start in it. Pure.
 */
import type { RevisionView } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { applyChanges } from '../../../shared/text/apply-changes';

export interface ShownBlock {
  block: Block;
  /** The text once the changes are applied. */
  text: string;
  /** True when a change joined this block into the one before (its words now stand there). */
  removed: boolean;
  /** True when a change altered this block's text. */
  changed: boolean;
  /** Pending changes that start here but are in conflict or stale: not applied, shown beside. */
  blockedChangeIds: string[];
}

export function revisedBlocks(blocks: readonly Block[], view: RevisionView): ShownBlock[] {
  const result = applyChanges(
    blocks.map((b) => ({ id: b.id, text: b.text, cells: b.cells })),
    view.changes.map((c) => ({
      id: c.id,
      startBlockId: c.startBlockId,
      start: c.start,
      endBlockId: c.endBlockId,
      end: c.end,
      original: c.original,
      wording: c.wording,
    })),
  );
  const revised = new Map(result.blocks.map((b) => [b.id, b]));
  const blocked = new Set([...result.conflicts.flatMap((g) => g.changeIds), ...result.stale.map((s) => s.changeId)]);
  const blockedAt = new Map<string, string[]>();
  for (const c of view.changes) {
    if (!blocked.has(c.id)) continue;
    blockedAt.set(c.startBlockId, [...(blockedAt.get(c.startBlockId) ?? []), c.id]);
  }
  return blocks.map((block) => {
    const after = revised.get(block.id);
    return {
      block,
      text: after?.text ?? '',
      removed: !after,
      changed: after !== undefined && after.text !== block.text,
      blockedChangeIds: blockedAt.get(block.id) ?? [],
    };
  });
}
