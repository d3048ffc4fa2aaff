import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { splitNoteRefs, type NoteTarget } from './noteRefs';
import { useDocumentStore } from '../stores/documentStore';

export interface NoteRefsValue {
  documentId: string;
  targets: ReadonlyMap<string, NoteTarget>;
}

export const NoteRefsContext = createContext<NoteRefsValue | null>(null);

const TOOLTIP_CHARS = 300;

/**
 * A line's or cell's text with its note references as superscript buttons that open the note. The
 * brackets stay in the DOM (hidden), so the text content — and every offset a selection maps to —
 * is exactly the block's text.
 */
export function NoteRefText({ text, blockId }: { text: string; blockId: string }) {
  const refs = useContext(NoteRefsContext);
  if (!refs) return <>{text}</>;
  const parts = splitNoteRefs(text, refs.targets, blockId);
  if (parts.length === 1 && !parts[0].note) return <>{text}</>;
  return <NoteRefParts parts={parts} refs={refs} />;
}

/**
 * Only a line that has a reference pays for useTranslation (it copies the i18n instance on every
 * render: once per line of a 3,000-block document, it cost a third of the document's opening).
 */
function NoteRefParts({ parts, refs }: { parts: ReturnType<typeof splitNoteRefs>; refs: NoteRefsValue }) {
  const { t } = useTranslation();
  return (
    <>
      {parts.map((part, i) =>
        part.note ? (
          <button
            key={i}
            type="button"
            className="note-ref"
            title={part.note.text.length > TOOLTIP_CHARS ? `${part.note.text.slice(0, TOOLTIP_CHARS)}…` : part.note.text}
            aria-label={t('reader.noteRef', { label: part.label })}
            onClick={() => useDocumentStore.getState().requestFocus(refs.documentId, part.note.blockId, true)}
          >
            <span className="note-bracket">[</span>
            {part.label}
            <span className="note-bracket">]</span>
          </button>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
