import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewBlock } from '../../../../shared/domain/imports';
import { formatNumber } from '../../i18n/format';
import { selectLocale, useSettings } from '../../api/settings';
import { outlineOf, PREVIEW_BLOCKS, segmentsOf } from './structure';

function PreviewTable({ rows }: { rows: PreviewBlock[] }) {
  const { t } = useTranslation();
  const [head, ...body] = rows;
  // A wide table scrolls sideways: the region takes focus so the keyboard can scroll it too.
  return (
    <div className="ed-ptable-wrap" role="region" tabIndex={0} aria-label={t('docImport.tableRegion', { count: rows.length })}>
      <table className="ed-ptable">
        <thead>
          <tr>
            {(head.cells ?? [head.text]).map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {body.map((row, r) => (
            <tr key={r}>
              {(row.cells ?? [row.text]).map((cell, i) => (
                <td key={i}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The outline (all headings) beside the first blocks, each with the label it was recognised as. */
export function StructurePreview({ blocks, name }: { blocks: readonly PreviewBlock[]; name: string }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const outline = useMemo(() => outlineOf(blocks), [blocks]);
  const segments = useMemo(() => segmentsOf(blocks), [blocks]);
  const rest = blocks.length - PREVIEW_BLOCKS;
  return (
    <div className="ed-structure">
      <div className="ed-outline">
        <h4 id={`${name}-outline`} className="ed-subheading">
          {t('docImport.outline', { count: outline.length, formattedCount: formatNumber(outline.length, locale) })}
        </h4>
        {outline.length === 0 ? (
          <p className="ed-muted">{t('docImport.noOutline')}</p>
        ) : (
          <ol className="ed-scroll ed-outline-list" tabIndex={0} aria-labelledby={`${name}-outline`}>
            {outline.map(({ index, block, depth }) => (
              <li key={index} className={`ed-outline-entry depth-${depth}`}>
                {block.text}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div className="ed-pbody">
        <h4 id={`${name}-body`} className="ed-subheading">
          {rest > 0 ? t('docImport.bodyFirst', { count: PREVIEW_BLOCKS }) : t('docImport.body')}
        </h4>
        <div className="ed-scroll ed-pbody-scroll" tabIndex={0} role="region" aria-labelledby={`${name}-body`}>
          {segments.map((segment) =>
            segment.type === 'table' ? (
              <PreviewTable key={segment.index} rows={segment.rows} />
            ) : (
              <div key={segment.index} className={`ed-pblock kind-${segment.block.kind} depth-${segment.depth}`}>
                <span className="ed-plabel">{segment.block.label ?? ''}</span>
                <span className="ed-ptext">{segment.block.text}</span>
              </div>
            ),
          )}
          {rest > 0 && (
            <p className="ed-more">{t('docImport.more', { count: rest, formattedCount: formatNumber(rest, locale) })}</p>
          )}
        </div>
      </div>
    </div>
  );
}
