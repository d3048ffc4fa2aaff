import { useId, type ReactNode } from 'react';
import { formatDayHeading } from '../i18n/format';
import { selectLocale, useSettings } from '../api/settings';

interface Common {
  label: string;
  /** Main's message about this field, shown under it and tied to it for screen readers. */
  error?: string | null;
  hint?: string;
  className?: string;
  required?: boolean;
  name?: string;
  /** The control's id when a page or a test needs a fixed one; a generated one otherwise. */
  id?: string;
}

interface InputProps extends Common {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'date' | 'time';
  multiline?: boolean;
  /** Rows of a multiline field (2 unless told). */
  rows?: number;
  autoComplete?: string;
  /** Shown before the input, e.g. "Số:". */
  prefix?: string;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * A labelled text, date or time input with its hint and error. A date is also written out in the
 * UI's language ("Thứ Năm, 05/03/2020"): the browser's date box follows the system's locale, which
 * may show 03/05/2020 for the fifth of March.
 */
export function TextField({
  label,
  error,
  hint: givenHint,
  className,
  required,
  name,
  value,
  onChange,
  type = 'text',
  multiline,
  rows = 2,
  autoComplete,
  prefix,
  id,
}: InputProps) {
  const locale = useSettings(selectLocale);
  const hint = type === 'date' && ISO_DAY.test(value) ? formatDayHeading(value, locale) : givenHint;
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} className={className} prefix={prefix}>
      {(aria) => {
        const shared = { ...aria, name, value, required };
        return multiline ? (
          <textarea {...shared} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...shared} type={type} autoComplete={autoComplete ?? 'off'} onChange={(e) => onChange(e.target.value)} />
        );
      }}
    </LabelledField>
  );
}

interface SelectProps<V extends string> extends Common {
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange(value: V): void;
}

export function SelectField<V extends string>({
  label,
  error,
  hint,
  className,
  name,
  id,
  value,
  options,
  onChange,
}: SelectProps<V>) {
  return (
    <LabelledField id={id} label={label} hint={hint} error={error} className={className}>
      {(aria) => (
        <select {...aria} name={name} value={value} onChange={(e) => onChange(e.target.value as V)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </LabelledField>
  );
}

/** What a field's control needs to be tied to its label, hint and error. */
export interface FieldAria {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface LabelledFieldProps {
  label: string;
  /** The control's id when a fixed one is needed; a generated one otherwise. */
  id?: string;
  hint?: string;
  /** Main's message about this field, shown under it and tied to it for screen readers. */
  error?: string | null;
  className?: string;
  /** Shown before the control, e.g. "Số:". */
  prefix?: string;
  /** The control, given the id and aria attributes that tie it to the label, hint and error. */
  children(aria: FieldAria): ReactNode;
}

/**
 * The one labelled field of every form (report settings, session, agenda item, imports): label,
 * control, hint and error message, with the aria wiring between them.
 */
export function LabelledField({ id: givenId, label, hint, error, className, prefix, children }: LabelledFieldProps) {
  const generated = useId();
  const id = givenId ?? generated;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ed-field${error ? ' has-error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <FieldControl prefix={prefix}>
        {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': described })}
      </FieldControl>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

function FieldControl({ prefix, children }: { prefix?: string; children: ReactNode }) {
  if (!prefix) return <>{children}</>;
  return (
    <span className="ed-prefixed">
      <span className="ed-prefix" aria-hidden="true">
        {prefix}
      </span>
      {children}
    </span>
  );
}

function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string | null }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="ed-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="ed-field-error">
          {error}
        </p>
      )}
    </>
  );
}
