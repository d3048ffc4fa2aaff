import type { PreparedLine } from '../reader/prepare';

/**
 * A block's fixed lines. The number sits in a gutter that screen readers skip and selection
 * ignores (CSS-generated content from data-line); the line's text is one plain text node in a span
 * whose data-offset is its position in the block's text, so a selection maps to block offsets.
 */
export function BlockLines({ lines }: { lines: readonly PreparedLine[] }) {
  return (
    <>
      {lines.map((line) => (
        <span className="line" key={line.number}>
          <span className="line-number" aria-hidden="true" data-line={line.number} />
          <span className="line-text" data-offset={line.offset}>
            {line.text}
          </span>
        </span>
      ))}
    </>
  );
}
