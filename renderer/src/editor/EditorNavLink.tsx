import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_ID } from '../components/SkipLink';
import { hrefFor, navigate, useRoute } from '../routing/route';
// Its style is the editor's; imported here too, as the editor's screen loads on demand (routing/screens.tsx).
import '../styles/editor.css';

/** The header's way into the dossier editor (Soạn hồ sơ), marked as the current page while there. */
export function EditorNavLink() {
  const { t } = useTranslation();
  const route = useRoute();
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate({ name: 'editor' });
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  };
  return (
    <a
      className="editor-nav-link"
      href={hrefFor({ name: 'editor' })}
      aria-current={route.name === 'editor' ? 'page' : undefined}
      onClick={go}
    >
      <span className="editor-nav-icon" aria-hidden="true" />
      {t('editor.nav')}
    </a>
  );
}
