import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface Props {
  labelledBy: string;
  describedBy?: string;
  /** Whether Esc (and the caller's own close button) may close it. */
  dismissible: boolean;
  onDismiss(): void;
  /** A selector inside the dialog for the element to focus first (else the first focusable one). */
  initialFocus?: string;
  className?: string;
  children: ReactNode;
}

function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => el.getClientRects().length > 0);
}

/**
 * A modal dialog on the native <dialog> (top layer, the page behind it inert), labelled by its
 * heading, with Tab kept inside and Esc closing it only when allowed. Focus returns to where it
 * was when the dialog closes. Mount it to open it.
 */
export function Modal({ labelledBy, describedBy, dismissible, onDismiss, initialFocus, className, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const dismissRef = useRef({ dismissible, onDismiss });
  useEffect(() => {
    dismissRef.current = { dismissible, onDismiss };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = (initialFocus && dialog.querySelector<HTMLElement>(initialFocus)) || focusables(dialog)[0];
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      if (opener?.isConnected && !document.querySelector('dialog[open]')) opener.focus({ preventScroll: true });
    };
    // Opens once per mount; the initial focus is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (dismissRef.current.dismissible) dismissRef.current.onDismiss();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const items = focusables(ref.current);
    if (items.length === 0) return;
    const first = items[0];
    const last = items[items.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`modal${className ? ` ${className}` : ''}`}
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        if (dismissRef.current.dismissible) dismissRef.current.onDismiss();
      }}
    >
      {children}
    </dialog>
  );
}
