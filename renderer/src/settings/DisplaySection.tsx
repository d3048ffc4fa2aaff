import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { TextSizeControls } from '../components/TextSizeControls';

/** Language and text size: the same controls as in the header, repeated here. */
export function DisplaySection() {
  const { t } = useTranslation();
  return (
    <section className="sx-card" aria-labelledby="settings-display">
      <h2 id="settings-display" className="sx-card-heading">
        {t('settings.display.heading')}
      </h2>
      <div className="sx-display-row">
        <span className="sx-display-label">{t('settings.display.language')}</span>
        <LanguageSwitch />
      </div>
      <div className="sx-display-row">
        <span className="sx-display-label">{t('settings.display.textSize')}</span>
        <TextSizeControls />
      </div>
    </section>
  );
}
