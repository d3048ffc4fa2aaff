import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditorTab } from '../stores/editorStore';

export const EDITOR_TABS: readonly EditorTab[] = ['agenda', 'session', 'roster'];

export const tabId = (tab: EditorTab): string => `ed-tab-${tab}`;
export const panelId = (tab: EditorTab): string => `ed-panel-${tab}`;

interface Props {
  current: EditorTab;
  onSelect(tab: EditorTab): void;
}

/** The editor's sections as tabs: ←/→, Home and End move between them (WAI-ARIA tabs, automatic activation). */
export function EditorTabs({ current, onSelect }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = EDITOR_TABS.indexOf(current);
    const next =
      event.key === 'ArrowRight'
        ? EDITOR_TABS[(at + 1) % EDITOR_TABS.length]
        : event.key === 'ArrowLeft'
          ? EDITOR_TABS[(at - 1 + EDITOR_TABS.length) % EDITOR_TABS.length]
          : event.key === 'Home'
            ? EDITOR_TABS[0]
            : event.key === 'End'
              ? EDITOR_TABS[EDITOR_TABS.length - 1]
              : null;
    if (!next) return;
    event.preventDefault();
    onSelect(next);
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`#${tabId(next)}`)?.focus());
  };
  return (
    <div ref={list} className="ed-tabs" role="tablist" aria-label={t('editor.tabs.label')} onKeyDown={onKeyDown}>
      {EDITOR_TABS.map((tab) => (
        <button
          key={tab}
          type="button"
          role="tab"
          id={tabId(tab)}
          aria-selected={tab === current}
          aria-controls={panelId(tab)}
          tabIndex={tab === current ? 0 : -1}
          className="ed-tab"
          onClick={() => onSelect(tab)}
        >
          {t(`editor.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );
}
