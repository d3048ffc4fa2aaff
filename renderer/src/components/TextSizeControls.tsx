import { useTranslation } from 'react-i18next';
import { selectCanGrow, selectCanShrink, selectFontScale, useSettingsStore } from '../stores/settingsStore';

/** A− / A+ for the reading text. Buttons stay focusable at the limits (aria-disabled). */
export function TextSizeControls() {
  const { t } = useTranslation();
  const scale = useSettingsStore(selectFontScale);
  const canShrink = useSettingsStore(selectCanShrink);
  const canGrow = useSettingsStore(selectCanGrow);
  const step = useSettingsStore((s) => s.stepFontScale);
  return (
    <div className="segmented text-size" role="group" aria-label={t('header.textSize')}>
      <button
        type="button"
        aria-label={t('header.textSmaller')}
        title={t('header.textSmaller')}
        aria-disabled={!canShrink}
        onClick={() => canShrink && void step(-1)}
      >
        A−
      </button>
      <output className="text-size-value" aria-live="polite">
        {t('header.textSizeValue', { percent: Math.round(scale * 100) })}
      </output>
      <button
        type="button"
        aria-label={t('header.textLarger')}
        title={t('header.textLarger')}
        aria-disabled={!canGrow}
        onClick={() => canGrow && void step(1)}
      >
        A+
      </button>
    </div>
  );
}
