import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/types';
import { LOCALES } from '../i18n';
import { selectLocale, useSettings } from '../api/settings';
import { useSettingsStore } from '../stores/settingsStore';

/** Each language is named in itself, whatever the UI language. Data, not UI strings. */
const NATIVE_NAMES: Record<Locale, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSwitch() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const setLocale = useSettingsStore((s) => s.setLocale);
  return (
    <div className="segmented" role="group" aria-label={t('header.language')}>
      {LOCALES.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={locale === l} onClick={() => void setLocale(l)}>
          {NATIVE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
