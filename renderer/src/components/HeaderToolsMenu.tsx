import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "☰ Công cụ": the header's tools (identity, editor, language, text size) behind one button when
 * space is short. A disclosure, not an ARIA menu: its content is ordinary buttons and links, in
 * the tab order right after the button; Escape or a click elsewhere closes it, focus returns to
 * the button. It stays open while the text size changes, so A+ can be pressed twice.
 */
export function HeaderToolsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <div
      className="header-tools-menu"
      ref={rootRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Focus left the menu for good; a dialog opened from it (who am I?) hands focus back here.
        const to = event.relatedTarget;
        if (open && to && !rootRef.current?.contains(to) && !to.closest('dialog, [role="dialog"]')) setOpen(false);
      }}
    >
      <button
        type="button"
        ref={buttonRef}
        className="header-tools-button"
        aria-expanded={open}
        aria-controls={panelId}
        title={t('header.toolsTitle')}
        onClick={() => setOpen(!open)}
      >
        <span className="agenda-toggle-icon" aria-hidden="true" />
        {t('header.tools')}
      </button>
      <div id={panelId} className="header-tools-panel" role="group" aria-label={t('header.tools')} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
