import type { BlockMarks } from '../comments/reader/marks';
import { LineMarkers } from '../comments/reader/LineMarkers';
import type { PreparedLine } from './prepare';
import { NoteRefText } from '../components/NoteRefText';

function lineClass(number: number, marks: BlockMarks | undefined): string {
  if (!marks) return 'line';
  let name = 'line';
  if (marks.commented.has(number)) name += ' has-comment';
  if (marks.noted.has(number)) name += ' has-note';
  if (marks.markers.has(number)) name += ' has-marker';
  return name;
}

/**
 * A block's fixed lines. The number sits in a gutter that screen readers skip and selection
 * ignores (CSS-generated content from data-line); the line's text is one plain text node in a span
 * whose data-offset is its position in the block's text, so a selection maps to block offsets.
 * Lines covered by the user's comments or notes carry a bar and, on a passage's first line, a
 * marker in the right margin (outside the text span, so offsets are unchanged).
 */
export function BlockLines({ blockId, lines, marks }: { blockId: string; lines: readonly PreparedLine[]; marks?: BlockMarks }) {
  return (
    <>
      {lines.map((line) => {
        const marker = marks?.markers.get(line.number);
        return (
          <span className={lineClass(line.number, marks)} key={line.number}>
            <span className="line-number" aria-hidden="true" data-line={line.number} />
            <span className="line-text" data-offset={line.offset}>
              <NoteRefText text={line.text} blockId={blockId} />
            </span>
            {marker && <LineMarkers marker={marker} />}
          </span>
        );
      })}
    </>
  );
}
