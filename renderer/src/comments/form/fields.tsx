/** The comment form's fields: stance, a bounded text with its live count, the proposed wording with its diff. */
import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { selectLocale, useSettings } from '../../api/settings';
import { boundedLength } from '../shared/limits';
import { STANCES, stanceClass, type Stance } from '../shared/stance';
import { WordDiff } from '../shared/WordDiff';
import { isRealProposal } from '../shared/wordDiff';

export function StanceField({ value, onChange, invalid }: { value: Stance | null; onChange(s: Stance): void; invalid: boolean }) {
  const { t } = useTranslation();
  const name = useId();
  return (
    <fieldset className={`stance-field${invalid ? ' is-invalid' : ''}`} aria-invalid={invalid || undefined}>
      <legend className="field-label">
        {t('comments.form.stance')} <span className="required-mark">{t('comments.form.required')}</span>
      </legend>
      <div className="stance-options">
        {STANCES.map((s) => (
          <label key={s} className={`stance-option ${stanceClass(s)}`}>
            <input type="radio" name={name} value={s} checked={value === s} onChange={() => onChange(s)} />
            <span>{t(`comments.stance.${s}`)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

interface TextProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  max: number;
  rows: number;
  onChange(value: string): void;
  required?: boolean;
  invalid?: boolean;
  className?: string;
}

/** A textarea with "123 / 10.000 ký tự" under it; past the bound it says so and the form will not save. */
export function BoundedTextArea({ id, label, hint, value, max, rows, onChange, required, invalid, className }: TextProps) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const length = boundedLength(value);
  const over = length > max;
  const countId = `${id}-count`;
  const hintId = `${id}-hint`;
  return (
    <div className={`field${className ? ` ${className}` : ''}`}>
      <label className="field-label" htmlFor={id}>
        {label} {required && <span className="required-mark">{t('comments.form.required')}</span>}
      </label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className="field-input field-textarea"
        rows={rows}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[hint ? hintId : '', countId].filter(Boolean).join(' ')}
        aria-invalid={over || invalid || undefined}
        spellCheck
      />
      <p id={countId} className={`char-count${over ? ' is-over' : ''}`}>
        {t('comments.form.count', { count: length, formatted: formatNumber(length, locale), max: formatNumber(max, locale) })}
        {over && <span role="alert"> {t('comments.form.tooLong', { over: formatNumber(length - max, locale) })}</span>}
      </p>
    </div>
  );
}

/** The passage's wording as the delegate would have it, with a live word diff against the original. */
export function ProposalField({
  quote,
  value,
  max,
  onChange,
}: {
  quote: string;
  value: string;
  max: number;
  onChange(v: string): void;
}) {
  const { t } = useTranslation();
  const deferred = useDeferredValue(value);
  const changed = isRealProposal(quote, deferred);
  return (
    <div className="proposal-field">
      <BoundedTextArea
        id="proposal-text"
        label={t('comments.form.proposal')}
        hint={t('comments.form.proposalHint')}
        value={value}
        max={max}
        rows={4}
        onChange={onChange}
        className="proposal-input"
      />
      <div className="proposal-preview">
        <div className="proposal-preview-head">
          <span className="field-label">{t('comments.form.diffLabel')}</span>
          {value !== quote && (
            <button type="button" className="link-button" onClick={() => onChange(quote)}>
              {t('comments.form.resetProposal')}
            </button>
          )}
        </div>
        <p className="diff-box">
          {changed ? (
            <WordDiff before={quote} after={deferred.trim()} />
          ) : (
            <span className="muted">{t('comments.form.noChange')}</span>
          )}
        </p>
      </div>
    </div>
  );
}
