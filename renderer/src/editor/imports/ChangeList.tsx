import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionChange } from '../../../../shared/domain/imports';

type Row =
  | { type: 'change'; index: number; change: Exclude<VersionChange, { op: 'same' }> }
  | { type: 'same'; index: number; texts: string[] };

/** Consecutive unchanged blocks become one row, shown collapsed. */
function rowsOf(changes: readonly VersionChange[]): Row[] {
  const rows: Row[] = [];
  changes.forEach((change, index) => {
    if (change.op !== 'same') {
      rows.push({ type: 'change', index, change });
      return;
    }
    const last = rows[rows.length - 1];
    if (last?.type === 'same') last.texts.push(change.text);
    else rows.push({ type: 'same', index, texts: [change.text] });
  });
  return rows;
}

function Words({ words }: { words: Extract<VersionChange, { op: 'changed' }>['words'] }) {
  const { t } = useTranslation();
  return (
    <>
      {words.map((w, i) =>
        w.removed ? (
          <del key={i}>
            <span className="visually-hidden">[{t('versionImport.srRemoved')}: </span>
            {w.value}
            <span className="visually-hidden">]</span>
          </del>
        ) : w.added ? (
          <ins key={i}>
            <span className="visually-hidden">[{t('versionImport.srAdded')}: </span>
            {w.value}
            <span className="visually-hidden">]</span>
          </ins>
        ) : (
          <Fragment key={i}>{w.value}</Fragment>
        ),
      )}
    </>
  );
}

function SameRun({ texts }: { texts: string[] }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <li className="ed-change op-same">
      <button type="button" className="ed-link-button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('versionImport.sameRun', { count: texts.length })}
      </button>
      {open && (
        <div className="ed-same-texts">
          {texts.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </div>
      )}
    </li>
  );
}

/** What changed, block by block: edits with the words marked, added and removed blocks, unchanged runs folded. */
export function ChangeList({ changes }: { changes: readonly VersionChange[] }) {
  const { t } = useTranslation();
  const rows = useMemo(() => rowsOf(changes), [changes]);
  return (
    <ol className="ed-changes">
      {rows.map((row) =>
        row.type === 'same' ? (
          <SameRun key={row.index} texts={row.texts} />
        ) : (
          <li key={row.index} className={`ed-change op-${row.change.op}`}>
            <span className="ed-change-tag">{t(`versionImport.op.${row.change.op}`)}</span>
            <p className="ed-change-text">{row.change.op === 'changed' ? <Words words={row.change.words} /> : row.change.text}</p>
          </li>
        ),
      )}
    </ol>
  );
}
