import { useTranslation } from 'react-i18next';
import type { AgendaItem, Sitting } from '../../../../shared/domain/types';
import { formatDayHeading } from '../../i18n/format';
import { selectBusy, useEditorStore } from '../../stores/editorStore';
import { selectLocale, useSettings } from '../../api/settings';
import { focusItemControl } from './itemKinds';

interface Props {
  item: AgendaItem;
  isFirst: boolean;
  isLast: boolean;
  days: readonly string[];
}

const SITTINGS: readonly Sitting[] = ['sang', 'chieu'];

/** Up, down (across sittings at the edges) and "move to sitting…", each keeping the focus on the item. */
export function MoveControls({ item, isFirst, isLast, days }: Props) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const busy = useEditorStore(selectBusy) !== null;
  const store = useEditorStore.getState;
  const step = async (by: -1 | 1) => {
    if (await store().moveItem(item.id, by)) focusItemControl(item.id, by < 0 ? ['up', 'down'] : ['down', 'up']);
  };
  const here = `${item.day}|${item.sitting}`;
  return (
    <div className="ed-move" role="group" aria-label={t('agendaEditor.moveGroup', { title: item.title })}>
      <button
        type="button"
        className="ed-button ed-icon-button"
        data-control="up"
        disabled={isFirst || busy}
        aria-label={t('agendaEditor.moveUp')}
        title={t('agendaEditor.moveUp')}
        onClick={() => void step(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="ed-button ed-icon-button"
        data-control="down"
        disabled={isLast || busy}
        aria-label={t('agendaEditor.moveDown')}
        title={t('agendaEditor.moveDown')}
        onClick={() => void step(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
      <select
        className="ed-move-select"
        data-control="move-to"
        aria-label={t('agendaEditor.moveTo')}
        value=""
        disabled={busy}
        onChange={(event) => {
          const [day, sitting] = event.target.value.split('|') as [string, Sitting];
          if (!day) return;
          void store()
            .moveItemTo(item.id, day, sitting)
            .then((ok) => ok && focusItemControl(item.id, ['move-to']));
        }}
      >
        <option value="">{t('agendaEditor.moveTo')}</option>
        {days.flatMap((day) =>
          SITTINGS.map((sitting) => {
            const value = `${day}|${sitting}`;
            return (
              <option key={value} value={value} disabled={value === here}>
                {t(`agenda.sitting.${sitting}`)}, {formatDayHeading(day, locale)}
              </option>
            );
          }),
        )}
      </select>
    </div>
  );
}
