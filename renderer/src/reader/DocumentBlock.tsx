import { memo, type CSSProperties } from 'react';
import type { BlockMarks } from '../comments/reader/marks';
import { PassageProposals } from '../comments/reader/PassageProposals';
import type { PreparedBlock } from './prepare';
import { BlockLines } from './BlockLines';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/**
 * One heading, paragraph or list item. Memoised: a document may hold thousands of them; only a
 * block whose comment marks change renders again.
 */
export const DocumentBlock = memo(function DocumentBlock({
  prepared,
  marks,
  ownEm,
}: {
  prepared: PreparedBlock;
  marks?: BlockMarks;
  /** A heading's widest line in ems of the reading size (lineMeasure). */
  ownEm?: number;
}) {
  const { block, lines, rank, depth } = prepared;
  const Tag = rank !== null ? HEADINGS[rank - 2] : block.kind === 'list_item' ? 'div' : 'p';
  const className = `block block-${block.kind}${rank !== null ? ` heading-rank-${rank}` : ''}${depth ? ` depth-${depth}` : ''}${
    marks ? ' has-marks' : ''
  }`;
  return (
    <Tag
      id={block.id}
      data-block-id={block.id}
      data-line-start={block.lineStart}
      tabIndex={-1}
      className={className}
      // Lets the browser skip layout of off-screen blocks while keeping the scroll height right.
      style={
        {
          containIntrinsicBlockSize: `auto ${(lines.length * 1.6).toFixed(1)}em`,
          ...(ownEm !== undefined && { '--own-em': ownEm }),
        } as CSSProperties
      }
    >
      <BlockLines blockId={block.id} lines={lines} marks={marks} />
      {marks && marks.proposals.length > 0 && <PassageProposals comments={marks.proposals} />}
    </Tag>
  );
});
