import { useTranslation } from 'react-i18next';
import { formatDayRange } from '../i18n/format';
import { selectSession, useAgenda } from '../api/agenda';
import { selectLocale, useSettings } from '../api/settings';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { SampleBadge } from '../components/SampleBadge';
import { SearchField } from '../components/SearchField';
import { TextSizeControls } from '../components/TextSizeControls';
import { CommentsToggle } from '../comments/panel/CommentsToggle';
import { IdentityButton } from '../comments/identity/IdentityButton';
import { AppNav } from '../secretariat/AppNav';
import { EditorNavLink } from '../editor/EditorNavLink';
import { selectIsSecretariat, useOffice } from '../api/office';
import { useCompactHeader } from './useCompactHeader';
import { HeaderToolsMenu } from '../components/HeaderToolsMenu';

/** The dot stays with the part before it, so a wrapped line never starts with it. */
const SEPARATOR = '\u00a0· ';

interface Props {
  agendaOpen: boolean;
  onToggleAgenda(): void;
}

export function AppHeader({ agendaOpen, onToggleAgenda }: Props) {
  const { t } = useTranslation();
  const session = useAgenda(selectSession);
  const locale = useSettings(selectLocale);
  const secretariat = useOffice(selectIsSecretariat);
  const dates = session ? formatDayRange(session.startDate, session.endDate, locale) : '';
  // Short of room (a 13-inch screen, large text): the tools fold into one menu, the header keeps two rows.
  const compact = useCompactHeader();
  const sessionLabel = session ? [`${session.councilShort} ${session.term}`, session.name, dates].join(SEPARATOR) : '';
  return (
    <header className={`app-header${compact ? ' is-compact' : ''}`}>
      <button
        type="button"
        className="agenda-toggle"
        aria-expanded={agendaOpen}
        aria-controls="agenda"
        title={t(agendaOpen ? 'header.hideAgenda' : 'header.showAgenda')}
        onClick={onToggleAgenda}
      >
        <span className="agenda-toggle-icon" aria-hidden="true" />
        {t('header.agendaToggle')}
      </button>
      <div className="brand" title={compact ? sessionLabel : undefined}>
        <p className="product-name">
          {t('app.name')}
          {session?.isSample && <SampleBadge />}
        </p>
        {session && (
          <p className="session-line" title={sessionLabel}>
            {session.councilShort} {session.term}
            {SEPARATOR}
            {session.name}
            {SEPARATOR}
            <span className="nowrap">{dates}</span>
          </p>
        )}
      </div>
      <SearchField />
      {compact ? (
        <div className="header-tools">
          <CommentsToggle />
          <HeaderToolsMenu>
            <IdentityButton />
            {secretariat && <EditorNavLink />}
            <LanguageSwitch />
            <TextSizeControls />
          </HeaderToolsMenu>
        </div>
      ) : (
        <div className="header-tools">
          <CommentsToggle />
          <IdentityButton />
          {secretariat && <EditorNavLink />}
          <LanguageSwitch />
          <TextSizeControls />
        </div>
      )}
      <AppNav compact={compact} />
    </header>
  );
}
