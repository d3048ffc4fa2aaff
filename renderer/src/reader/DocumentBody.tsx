import { memo, useMemo } from 'react';
import type { BlockMarks } from '../comments/reader/marks';
import { useProgressiveCount } from '../hooks/useProgressiveCount';
import type { Segment } from './prepare';
import { DocumentBlock } from './DocumentBlock';
import { DocumentTable } from './DocumentTable';

/** Blocks rendered at once when a document opens; the rest follow in chunks between frames. */
const FIRST_CHUNK = 150;
const NEXT_CHUNK = 300;
/** Blocks rendered beyond a block the reader must reach at once, so the view around it is full. */
const AROUND_TARGET = 40;

function indexOfBlock(segments: readonly Segment[], blockId: string): number {
  return segments.findIndex((s) => (s.type === 'block' ? s.block.id === blockId : s.rows.some((r) => r.block.id === blockId)));
}

interface Props {
  segments: readonly Segment[];
  label: string;
  /** A block that must be on the page now (a pending "go to" target). */
  revealBlockId: string | null;
  /** The user's comment and note marks, by block id. */
  marks?: ReadonlyMap<string, BlockMarks>;
  /** Each heading's widest line in ems (lineMeasure), so an over-wide one can shrink to the column. */
  headingEm?: ReadonlyMap<string, number>;
  /** Windows of the document are still arriving (documentStore): the body is not complete yet. */
  loading?: boolean;
}

/**
 * The document's text, block by block. Long documents render progressively: the first blocks at
 * once, then chunks in later tasks so the window stays responsive; a "go to" target is always
 * rendered immediately. Give it a `key` per document so the progress restarts.
 */
export const DocumentBody = memo(function DocumentBody({
  segments,
  label,
  revealBlockId,
  marks,
  headingEm,
  loading = false,
}: Props) {
  const count = useProgressiveCount(segments.length, FIRST_CHUNK, NEXT_CHUNK);

  const revealIndex = useMemo(() => (revealBlockId ? indexOfBlock(segments, revealBlockId) : -1), [segments, revealBlockId]);
  const shown = Math.min(segments.length, Math.max(count, revealIndex >= 0 ? revealIndex + 1 + AROUND_TARGET : 0));
  const visible = useMemo(() => segments.slice(0, shown), [segments, shown]);

  return (
    <section
      className="doc-body"
      aria-label={label}
      data-complete={!loading && shown >= segments.length}
      aria-busy={loading || undefined}
    >
      {visible.map((segment) =>
        segment.type === 'table' ? (
          <DocumentTable key={segment.key} table={segment} marks={marks} />
        ) : (
          <DocumentBlock
            key={segment.block.id}
            prepared={segment}
            marks={marks?.get(segment.block.id)}
            ownEm={headingEm?.get(segment.block.id)}
          />
        ),
      )}
    </section>
  );
});
