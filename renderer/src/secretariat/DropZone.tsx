import { useEffect, useId, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { filesFromDrop } from './collectFiles';

interface Props {
  /** File extension the pickers offer, e.g. ".gopy". */
  accept: string;
  multiple?: boolean;
  /** Also offer a folder picker (its files are filtered by the receiver). */
  folder?: boolean;
  disabled?: boolean;
  /** Short instruction shown in the zone. */
  hint: string;
  fileButton: string;
  folderButton?: string;
  /** Test ids / hooks for the hidden inputs. */
  inputName: string;
  onFiles(files: File[]): void;
  children?: ReactNode;
}

/**
 * While a screen with drop zones is open, a file dropped beside a zone must not make the browser
 * open it in place of the app (the Electron window refuses to navigate anyway).
 */
export function useFileDropGuard(): void {
  useEffect(() => {
    const guard = (event: globalThis.DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    window.addEventListener('dragover', guard);
    window.addEventListener('drop', guard);
    return () => {
      window.removeEventListener('dragover', guard);
      window.removeEventListener('drop', guard);
    };
  }, []);
}

/**
 * A drop target with buttons for the file pickers (the inputs themselves stay hidden; the buttons
 * are what the keyboard reaches). Dropped folders are walked.
 */
export function DropZone({
  accept,
  multiple,
  folder,
  disabled,
  hint,
  fileButton,
  folderButton,
  inputName,
  onFiles,
  children,
}: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = (list: FileList | null, input: HTMLInputElement | null) => {
    const files = list ? Array.from(list) : [];
    if (input) input.value = ''; // Picking the same files again must fire change again.
    if (files.length > 0 && !disabled) onFiles(files);
  };
  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const pending = filesFromDrop(event.dataTransfer);
    void pending.then((files) => files.length > 0 && onFiles(multiple ? files : files.slice(0, 1)));
  };

  return (
    <div
      className={`sx-drop-zone${over ? ' is-over' : ''}${disabled ? ' is-disabled' : ''}`}
      role="group"
      aria-describedby={hintId}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <span className="sx-drop-zone-icon" aria-hidden="true" />
      <p id={hintId} className="sx-drop-zone-hint">
        {hint}
      </p>
      <div className="sx-drop-zone-buttons">
        <button type="button" className="sx-button" disabled={disabled} onClick={() => fileInput.current?.click()}>
          {fileButton}
        </button>
        {folder && folderButton && (
          <button type="button" className="sx-button" disabled={disabled} onClick={() => folderInput.current?.click()}>
            {folderButton}
          </button>
        )}
      </div>
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        name={inputName}
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-label={fileButton}
        onChange={(event) => take(event.target.files, event.target)}
      />
      {folder && (
        <input
          ref={(el) => {
            folderInput.current = el;
            if (el) el.webkitdirectory = true;
          }}
          className="visually-hidden"
          type="file"
          name={`${inputName}-folder`}
          multiple
          tabIndex={-1}
          aria-label={folderButton ?? t('exchange.pickFolder')}
          onChange={(event) => take(event.target.files, event.target)}
        />
      )}
      {children}
    </div>
  );
}
