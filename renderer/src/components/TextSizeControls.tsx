import { useTranslation } from 'react-i18next';
import { selectCanGrow, selectCanShrink, selectFontScale, useSettings } from '../api/settings';
import { useSettingsStore } from '../stores/settingsStore';

/** A− / 100% / A+ for the whole interface (also Ctrl+= / Ctrl+− / Ctrl+0). Buttons stay focusable at the limits (aria-disabled). */
export function TextSizeControls() {
  const { t } = useTranslation();
  const scale = useSettings(selectFontScale);
  const canShrink = useSettings(selectCanShrink);
  const canGrow = useSettings(selectCanGrow);
  const step = useSettingsStore((s) => s.stepFontScale);
  const reset = useSettingsStore((s) => s.resetFontScale);
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
      <button
        type="button"
        className="text-size-value"
        aria-live="polite"
        title={t('header.textReset', { percent: Math.round(scale * 100) })}
        aria-label={t('header.textReset', { percent: Math.round(scale * 100) })}
        onClick={() => void reset()}
      >
        {t('header.textSizeValue', { percent: Math.round(scale * 100) })}
      </button>
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
