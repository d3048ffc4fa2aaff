import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { hrefFor, navigate, useRoute, type Route } from '../routing/route';
import { selectOpenDocumentId, useDocumentStore } from '../stores/documentStore';
import '../styles/secretariat.css';
import '../styles/secretariat-controls.css';
import { DeadlineChip } from './DeadlineNotice';
import { selectIsSecretariat, useOffice } from '../api/office';

interface Entry {
  route: Route;
  label: string;
  /** Route names that count as this entry being the current page. */
  current: readonly Route['name'][];
}

/** The app's sections, under the header: documents, file exchange, compilation, settings. */
export function AppNav({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const route = useRoute();
  const openDocumentId = useDocumentStore(selectOpenDocumentId);
  const secretariat = useOffice(selectIsSecretariat);
  // "Tài liệu" returns to the document being read, if any.
  const documents: Route = openDocumentId ? { name: 'doc', documentId: openDocumentId, blockId: null } : { name: 'home' };
  const entries: Entry[] = [
    { route: documents, label: t('appNav.documents'), current: ['home', 'doc', 'search'] },
    { route: { name: 'exchange' }, label: t('appNav.exchange'), current: ['exchange'] },
    // The compilation is the secretariat's: not offered on a delegate's machine.
    ...(secretariat ? [{ route: { name: 'compile' } as Route, label: t('appNav.compile'), current: ['compile'] as const }] : []),
    { route: { name: 'settings' }, label: t('appNav.settings'), current: ['settings'] },
  ];
  const go = (event: MouseEvent<HTMLAnchorElement>, target: Route) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(target);
    document.getElementById('main')?.focus({ preventScroll: true });
  };
  return (
    <div className="app-nav-row">
      <nav className="app-nav" aria-label={t('appNav.label')}>
        <ul>
          {entries.map((entry) => (
            <li key={entry.current[0]}>
              <a
                href={hrefFor(entry.route)}
                aria-current={entry.current.includes(route.name) ? 'page' : undefined}
                onClick={(event) => go(event, entry.route)}
              >
                {entry.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <DeadlineChip compact={compact} />
    </div>
  );
}
