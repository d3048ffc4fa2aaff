import { memo } from 'react';
import { LineMarkers } from '../comments/reader/LineMarkers';
import type { BlockMarks } from '../comments/reader/marks';
import type { PreparedRow, PreparedTable } from './prepare';
import { NoteRefText } from '../components/NoteRefText';

function LineRange({ row }: { row: PreparedRow }) {
  const label = row.firstLine === row.lastLine ? String(row.firstLine) : `${row.firstLine}–${row.lastLine}`;
  return <span className="line-number row-line-number" aria-hidden="true" data-line={label} />;
}

function Cells({ row, header, marks }: { row: PreparedRow; header: boolean; marks?: BlockMarks }) {
  // A row's markers (its comments and notes) sit in the right margin, from its last cell.
  const markers = marks ? [...marks.markers.values()] : [];
  return (
    <>
      {row.cells.map((cell, i) => {
        const content = (
          <>
            {i === 0 && <LineRange row={row} />}
            <span className="cell-text" data-offset={cell.offset}>
              <NoteRefText text={cell.text} blockId={row.block.id} />
            </span>
            {i === row.cells.length - 1 && markers.map((m) => <LineMarkers key={m.line} marker={m} />)}
          </>
        );
        return header ? (
          <th key={i} scope="col">
            {content}
          </th>
        ) : (
          <td key={i}>{content}</td>
        );
      })}
    </>
  );
}

/**
 * A run of consecutive table_row blocks as one real table, the first row as its header. Each row is
 * a block (id, data-block-id, focusable); each cell's data-offset is its position in the row's
 * text, which is the cells joined with " | ".
 */
export const DocumentTable = memo(function DocumentTable({
  table,
  marks,
}: {
  table: PreparedTable;
  marks?: ReadonlyMap<string, BlockMarks>;
}) {
  const [head, ...body] = table.rows;
  const rowProps = (row: PreparedRow) => ({
    id: row.block.id,
    'data-block-id': row.block.id,
    'data-line-start': row.block.lineStart,
    tabIndex: -1,
    className: `block block-table_row${marks?.has(row.block.id) ? ' has-marks' : ''}`,
  });
  return (
    <div className="table-wrap">
      <table className="doc-table">
        <thead>
          <tr {...rowProps(head)}>
            <Cells row={head} header marks={marks?.get(head.block.id)} />
          </tr>
        </thead>
        {body.length > 0 && (
          <tbody>
            {body.map((row) => (
              <tr key={row.block.id} {...rowProps(row)}>
                <Cells row={row} header={false} marks={marks?.get(row.block.id)} />
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
});
