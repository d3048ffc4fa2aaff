import { useEffect, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_KINDS } from '../../../shared/domain/comments';
import { formatNumber } from '../i18n/format';
import { selectDraft, selectSelectedCount, useCompileStore } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';
import { RevisedDraftLink } from '../revised/RevisedDraftLink';
import { WordingAcceptField } from './WordingAcceptField';

export const ANSWER_TEXT_ID = 'sx-answer-text';
const ANSWER_KINDS_ID = 'sx-answer-kinds';

/** Moves focus into the answer form: the chosen kind of answer, or the first. */
export function focusAnswerForm(): boolean {
  const radios = document.querySelectorAll<HTMLInputElement>(`#${ANSWER_KINDS_ID} input[type="radio"]`);
  const target = Array.from(radios).find((r) => r.checked) ?? radios[0];
  target?.focus();
  return Boolean(target);
}
const ANSWER_MAX = 10_000;

/** While typing in the bar, the one comment being answered (when one alone is selected) stays in view. */
function answeredCard(bar: HTMLElement): Element | null {
  if (!bar.contains(document.activeElement)) return null;
  const selected = document.querySelectorAll('.sx-comment-card.is-selected');
  return selected.length === 1 ? selected[0] : null;
}

/**
 * Sticky at the bottom of the compilation: answer every selected comment at once with
 * Tiếp thu / Giải trình / Ghi nhận and a text. Ctrl+Enter in the text sends.
 */
export function AnswerBar() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const count = useCompileStore(selectSelectedCount);
  const draft = useCompileStore(selectDraft);
  const answering = useCompileStore((s) => s.answering);
  const answerError = useCompileStore((s) => s.answerError);
  const lastAnswered = useCompileStore((s) => s.lastAnswered);
  const lastWordingDocumentId = useCompileStore((s) => s.lastWordingDocumentId);
  const focusNonce = useCompileStore((s) => s.focusNonce);
  const { setDraft, answer, clearSelection } = useCompileStore.getState();
  const statusRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (focusNonce > 0) focusAnswerForm();
  }, [focusNonce]);

  // The bar is sticky at the foot of the window: the page keeps its height as scroll padding, and
  // when the bar grows over the card being answered (the one with focus), the card moves up.
  const barRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const bar = barRef.current;
    if (!bar) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = bar.getBoundingClientRect().height;
      root.style.setProperty('--answer-bar-height', `${height}px`);
      const card = document.activeElement?.closest('.sx-comment-card') ?? answeredCard(bar);
      if (!card || bar.contains(card)) return;
      const hidden = card.getBoundingClientRect().bottom - (window.innerHeight - height) + 8;
      if (hidden > 0) window.scrollBy({ top: hidden, behavior: 'instant' });
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--answer-bar-height');
    };
  }, []);

  const send = async () => {
    if (await answer()) statusRef.current?.focus();
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };
  const onTextKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };
  const ready = count > 0 && draft.kind !== null && draft.text.trim().length > 0 && !answering;
  const formatted = formatNumber(count, locale);

  return (
    <form
      ref={barRef}
      className={`sx-answer-bar${count > 0 ? ' is-open' : ''}`}
      aria-labelledby="sx-answer-heading"
      onSubmit={onSubmit}
    >
      <div className="sx-answer-bar-top">
        <h2 id="sx-answer-heading" className="sx-answer-heading">
          {t('compile.answer.heading')}
        </h2>
        <p className="sx-answer-selected" aria-live="polite">
          {count > 0 ? t('compile.answer.selected', { count, formatted }) : t('compile.answer.hint')}
        </p>
        {count > 0 && (
          <button type="button" className="sx-button sx-button-quiet" onClick={clearSelection}>
            {t('compile.answer.clear')}
          </button>
        )}
        <p ref={statusRef} className="sx-answer-done" role="status" tabIndex={-1}>
          {lastAnswered ? t('compile.answer.done', { count: lastAnswered }) : ''}
          {lastAnswered && lastWordingDocumentId ? ` ${t('revised.accept.done')}` : ''}
        </p>
        {lastAnswered && lastWordingDocumentId && <RevisedDraftLink documentId={lastWordingDocumentId} />}
      </div>
      {count > 0 && (
        <div className="sx-answer-fields">
          <fieldset id={ANSWER_KINDS_ID} className="sx-answer-kinds">
            <legend>{t('compile.answer.kindLegend')}</legend>
            <div className="sx-answer-kind-list">
              {ANSWER_KINDS.map((kind) => (
                <label key={kind} className={`sx-answer-kind-option sx-answer-${kind}`}>
                  <input
                    type="radio"
                    name="sx-answer-kind"
                    value={kind}
                    checked={draft.kind === kind}
                    onChange={() => setDraft({ kind })}
                  />
                  {t(`compile.answer.kind.${kind}`)}
                </label>
              ))}
            </div>
          </fieldset>
          <div className="sx-answer-text">
            <label htmlFor={ANSWER_TEXT_ID}>{t('compile.answer.textLabel')}</label>
            <textarea
              id={ANSWER_TEXT_ID}
              rows={2}
              maxLength={ANSWER_MAX}
              value={draft.text}
              onChange={(event) => setDraft({ text: event.target.value })}
              onKeyDown={onTextKey}
              aria-describedby="sx-answer-keys"
            />
            <p id="sx-answer-keys" className="sx-muted sx-answer-keys">
              {t('compile.answer.keys')}
            </p>
          </div>
          <button type="submit" className="sx-button sx-button-primary sx-answer-send" aria-disabled={!ready}>
            {answering ? t('compile.answer.sending') : t('compile.answer.send', { count, formatted })}
          </button>
          <WordingAcceptField />
        </div>
      )}
      {answerError && (
        <p className="sx-outcome is-error" role="alert">
          {answerError}
        </p>
      )}
    </form>
  );
}
