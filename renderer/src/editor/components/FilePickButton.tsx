import { useRef } from 'react';

interface Props {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** Name of the hidden input (tests pick files through it). */
  inputName: string;
  className?: string;
  describedBy?: string;
  /** data-control, for putting the focus back on it. */
  control?: string;
  onFiles(files: File[]): void;
}

/** A button that opens the file picker; the input itself stays hidden and out of the tab order. */
export function FilePickButton({
  label,
  accept,
  multiple,
  disabled,
  inputName,
  className,
  describedBy,
  control,
  onFiles,
}: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={className ?? 'ed-button'}
        disabled={disabled}
        aria-describedby={describedBy}
        data-control={control}
        onClick={() => input.current?.click()}
      >
        {label}
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        name={inputName}
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = ''; // Picking the same file again must fire change again.
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
