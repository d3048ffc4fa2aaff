import { forwardRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Whole paragraph (keyboard) or a selected passage (mouse or keyboard selection). */
  scope: 'block' | 'selection';
  clamped: boolean;
  top: number;
  left: number;
  onComment(): void;
  onNote(): void;
  /** Offered on a paragraph of several sentences: pick part of it without a mouse. */
  onPickSentences?: () => void;
  /** Esc, or Shift+Tab from the first action: back to the paragraph. */
  onLeave(): void;
}

/**
 * The small floating actions beside a selection or a focused paragraph: "Góp ý" and "Ghi chú
 * riêng", with their shortcuts written on them. Pressing them never clears the selection.
 */
export const PassageToolbar = forwardRef<HTMLDivElement, Props>(function PassageToolbar(
  { scope, clamped, top, left, onComment, onNote, onPickSentences, onLeave },
  ref,
) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const first = event.currentTarget.querySelector('button');
    if (event.key === 'Escape' || (event.key === 'Tab' && event.shiftKey && event.target === first)) {
      event.preventDefault();
      onLeave();
    }
  };
  return (
    <div
      ref={ref}
      className={`passage-toolbar passage-toolbar-${scope}`}
      role="group"
      aria-label={t(scope === 'block' ? 'comments.toolbar.blockLabel' : 'comments.toolbar.selectionLabel')}
      style={{ top, left }}
      onKeyDown={onKeyDown}
      onMouseDown={(event) => event.preventDefault()}
    >
      {clamped && <p className="toolbar-note">{t('comments.toolbar.clamped')}</p>}
      <button type="button" className="toolbar-button toolbar-comment" onClick={onComment}>
        <span className="toolbar-icon comment-icon" aria-hidden="true" />
        {t(scope === 'block' ? 'comments.toolbar.commentBlock' : 'comments.toolbar.comment')}
        <kbd aria-hidden="true">Alt+C</kbd>
      </button>
      <button type="button" className="toolbar-button toolbar-note-button" onClick={onNote}>
        <span className="toolbar-icon note-icon" aria-hidden="true" />
        {t('comments.toolbar.note')}
        <kbd aria-hidden="true">Alt+N</kbd>
      </button>
      {onPickSentences && (
        <button type="button" className="toolbar-button toolbar-sentences" onClick={onPickSentences} aria-haspopup="dialog">
          {t('comments.toolbar.pickSentences')}
        </button>
      )}
    </div>
  );
});
