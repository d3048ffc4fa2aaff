import { memo } from 'react';
import type { PreparedRow, PreparedTable } from '../reader/prepare';

function LineRange({ row }: { row: PreparedRow }) {
  const label = row.firstLine === row.lastLine ? String(row.firstLine) : `${row.firstLine}–${row.lastLine}`;
  return <span className="line-number row-line-number" aria-hidden="true" data-line={label} />;
}

function Cells({ row, header }: { row: PreparedRow; header: boolean }) {
  return (
    <>
      {row.cells.map((cell, i) => {
        const content = (
          <>
            {i === 0 && <LineRange row={row} />}
            <span className="cell-text" data-offset={cell.offset}>
              {cell.text}
            </span>
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
export const DocumentTable = memo(function DocumentTable({ table }: { table: PreparedTable }) {
  const [head, ...body] = table.rows;
  const rowProps = (row: PreparedRow) => ({
    id: row.block.id,
    'data-block-id': row.block.id,
    'data-line-start': row.block.lineStart,
    tabIndex: -1,
    className: 'block block-table_row',
  });
  return (
    <div className="table-wrap">
      <table className="doc-table">
        <thead>
          <tr {...rowProps(head)}>
            <Cells row={head} header />
          </tr>
        </thead>
        {body.length > 0 && (
          <tbody>
            {body.map((row) => (
              <tr key={row.block.id} {...rowProps(row)}>
                <Cells row={row} header={false} />
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
});
