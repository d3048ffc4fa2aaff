/**
 * What the reader draws for the user's comments and notes, block by block: which lines are
 * covered (a bar in the margin), a marker at the first line of each passage, and the proposed
 * wordings shown beside their passage. Pure; memoise at the call site.
 */
import type { Comment, Note } from '../../../../shared/domain/comments';
import type { Block } from '../../../../shared/domain/types';
import { linesOf } from './passage';

export interface LineMarker {
  /** Absolute line numbers of the passages that start on this line (the widest range). */
  line: number;
  lineLast: number;
  comments: Comment[];
  notes: Note[];
}

export interface BlockMarks {
  commented: ReadonlySet<number>;
  noted: ReadonlySet<number>;
  /** By the line the marker sits on. */
  markers: ReadonlyMap<number, LineMarker>;
  /** Comments with a proposed wording, shown under the block. */
  proposals: Comment[];
}

interface Draft {
  commented: Set<number>;
  noted: Set<number>;
  markers: Map<number, LineMarker>;
  proposals: Comment[];
}

function draftFor(map: Map<string, Draft>, blockId: string): Draft {
  let d = map.get(blockId);
  if (!d) {
    d = { commented: new Set(), noted: new Set(), markers: new Map(), proposals: [] };
    map.set(blockId, d);
  }
  return d;
}

function markerAt(d: Draft, first: number, last: number): LineMarker {
  let m = d.markers.get(first);
  if (!m) {
    m = { line: first, lineLast: last, comments: [], notes: [] };
    d.markers.set(first, m);
  }
  m.lineLast = Math.max(m.lineLast, last);
  return m;
}

function cover(lines: Set<number>, first: number, last: number): void {
  for (let n = first; n <= last; n++) lines.add(n);
}

export function buildBlockMarks(
  blocks: readonly Block[],
  documentId: string,
  comments: readonly Comment[],
  notes: readonly Note[],
): Map<string, BlockMarks> {
  const byId = new Map(blocks.map((b) => [b.id, b]));
  const drafts = new Map<string, Draft>();
  for (const c of comments) {
    if (c.deleted || c.documentId !== documentId || !c.anchor) continue;
    const block = byId.get(c.anchor.blockId);
    if (!block) continue; // The passage is gone from this version; the panel still lists the comment.
    const [first, last] = linesOf(block, c.anchor.start, c.anchor.end);
    const d = draftFor(drafts, block.id);
    cover(d.commented, first, last);
    markerAt(d, first, last).comments.push(c);
    if (c.proposedText) d.proposals.push(c);
  }
  for (const n of notes) {
    if (n.documentId !== documentId) continue;
    const block = byId.get(n.blockId);
    if (!block) continue;
    const [first, last] = linesOf(block, n.start, n.end);
    const d = draftFor(drafts, block.id);
    cover(d.noted, first, last);
    markerAt(d, first, last).notes.push(n);
  }
  return drafts;
}
