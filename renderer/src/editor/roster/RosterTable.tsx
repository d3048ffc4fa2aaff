import { useTranslation } from 'react-i18next';
import { selectRosterRows, useRosterStore, type RosterField } from '../../stores/rosterStore';

export const ROSTER_FIELDS: readonly RosterField[] = ['name', 'delegation', 'constituency', 'title'];

interface Props {
  /** Main's messages by "row index.field". */
  errors: Record<string, string>;
  disabled: boolean;
}

/** The delegates, one editable row each. */
export function RosterTable({ errors, disabled }: Props) {
  const { t } = useTranslation();
  const rows = useRosterStore(selectRosterRows);
  const store = useRosterStore.getState;
  if (rows.length === 0) return <p className="ed-empty">{t('roster.empty')}</p>;
  return (
    <div className="ed-table-wrap">
      <table className="ed-roster">
        <caption className="visually-hidden">{t('roster.caption', { count: rows.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="ed-col-index">
              {t('roster.index')}
            </th>
            {ROSTER_FIELDS.map((f) => (
              <th key={f} scope="col">
                {t(`roster.fields.${f}`)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('roster.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} data-row-key={row.key}>
              <td className="ed-col-index">{index + 1}</td>
              {ROSTER_FIELDS.map((f) => {
                const error = errors[`${index}.${f}`];
                return (
                  <td key={f}>
                    <input
                      type="text"
                      name={`roster-${f}`}
                      value={row[f]}
                      disabled={disabled}
                      aria-label={t('roster.cellLabel', { field: t(`roster.fields.${f}`), row: index + 1 })}
                      aria-invalid={error ? true : undefined}
                      title={error}
                      onChange={(e) => store().updateRow(row.key, f, e.target.value)}
                    />
                  </td>
                );
              })}
              <td>
                <button
                  type="button"
                  className="ed-button ed-button-small ed-button-quiet-danger"
                  disabled={disabled}
                  onClick={() => {
                    store().removeRow(row.key);
                    const next = rows[index + 1] ?? rows[index - 1];
                    requestAnimationFrame(() =>
                      (next
                        ? document.querySelector<HTMLElement>(`tr[data-row-key="${next.key}"] input`)
                        : document.getElementById('ed-roster-add')
                      )?.focus(),
                    );
                  }}
                >
                  {t('roster.removeRow')}
                  <span className="visually-hidden">: {row.name || t('roster.rowNumber', { row: index + 1 })}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
