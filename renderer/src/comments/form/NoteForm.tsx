import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKeyOf, usePanelStore, type ComposerTarget, type PassageRef } from '../../stores/commentsPanelStore';
import { cachedDraft } from '../../api/drafts';
import { useDraftsStore } from '../../stores/draftsStore';
import { saveNote, useNote } from '../../api/notes';
import { useOpenDocument } from '../../stores/documentStore';
import { boundedLength, MAX_NOTE_TEXT } from '../shared/limits';
import { PassageContext } from '../shared/PassageContext';
import { notePassage } from '../reader/passage';
import { parseDraft, serializeDraft } from './draftPayload';
import { cancelComposer, composerKeyDown } from './composerActions';
import { DraftStatus } from './DraftStatus';
import { BoundedTextArea } from './fields';
import { closeComposer } from './compose';
import { flushDrafts, useDraftAutosave } from './useDraftAutosave';

type NoteTarget = Extract<ComposerTarget, { kind: 'note' }>;

/** The form for a private note (ghi chú riêng): only a text, kept on this computer, never sent. */
export function NoteForm({ target }: { target: NoteTarget }) {
  const { t } = useTranslation();
  const note = useNote(target.documentId, target.mode === 'edit' ? target.noteId : null);
  const view = useOpenDocument().view;
  const passage: PassageRef | null = target.mode === 'new' ? target.passage : note ? notePassage(note, view?.blocks ?? []) : null;
  const key = draftKeyOf(target);
  const pristine = note?.text ?? '';
  const [stored] = useState(() => {
    const draft = cachedDraft(key);
    const parsed = draft ? parseDraft(draft.payload) : null;
    return parsed && draft ? { text: parsed.values.text, at: draft.updatedAt } : null;
  });
  const [text, setText] = useState(stored?.text ?? pristine);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);

  useEffect(() => {
    ref.current?.querySelector('textarea')?.focus();
  }, []);

  const payload =
    text !== pristine
      ? serializeDraft({ target, values: { stance: null, text, proposedText: null }, title: view?.document.title ?? '' })
      : null;
  useDraftAutosave(key, payload);

  const length = boundedLength(text);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    if (length === 0 || length > MAX_NOTE_TEXT || !passage) {
      setMessage(length === 0 ? t('notes.needText') : null);
      return;
    }
    setBusy(true);
    const anchor = { blockId: passage.blockId, start: passage.start, end: passage.end, quote: passage.quote };
    const result = await saveNote({
      id: target.mode === 'edit' ? target.noteId : undefined,
      documentId: target.documentId,
      anchor,
      text,
    });
    setBusy(false);
    if (!result.ok) return setMessage(result.message);
    await useDraftsStore.getState().clear(key);
    closeComposer({ focus: 'none' });
    usePanelStore.getState().activate('notes', result.note.id, { focusCard: true });
  };

  const cancel = () => cancelComposer(key);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => composerKeyDown(event, submit);

  return (
    <form
      ref={ref}
      className="composer note-form"
      aria-labelledby="note-form-title"
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      onBlur={flushDrafts}
      noValidate
    >
      <h3 id="note-form-title" className="composer-title">
        {t(target.mode === 'edit' ? 'notes.titleEdit' : 'notes.titleNew')}
      </h3>
      <PassageContext itemId={null} documentId={target.documentId} passage={passage} showDocument={false} />
      <BoundedTextArea
        id="note-text"
        label={t('notes.text')}
        hint={t('notes.privateHint')}
        value={text}
        max={MAX_NOTE_TEXT}
        rows={4}
        required
        onChange={setText}
      />
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      <div className="composer-actions">
        <button type="submit" className="button button-note" disabled={busy}>
          {t('notes.save')}
        </button>
        <button type="button" className="button" onClick={() => void cancel()} disabled={busy}>
          {t('comments.form.cancel')}
        </button>
        <DraftStatus draftKey={key} restoredAt={stored?.at ?? null} />
      </div>
    </form>
  );
}
