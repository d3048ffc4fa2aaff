import { useEffect, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { LateNotice } from '../shared/LateNotice';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/comments';
import { draftKeyOf, type ComposerTarget, type PassageRef } from '../../stores/commentsPanelStore';
import { cachedComment, createComment, selectCommentById, updateComment, useMyComments } from '../../api/comments';
import { cachedDraft, fetchDraft } from '../../api/drafts';
import { useDraftsStore } from '../../stores/draftsStore';
import { useIdentityStore } from '../../stores/identityStore';
import { boundedLength, MAX_COMMENT_TEXT, MAX_PROPOSED_TEXT } from '../shared/limits';
import { PassageContext, useWhere } from '../shared/PassageContext';
import { isRealProposal } from '../shared/wordDiff';
import { parseDraft, serializeDraft, type DraftValues } from './draftPayload';
import { cancelComposer, composerKeyDown } from './composerActions';
import { DraftStatus } from './DraftStatus';
import { BoundedTextArea, ProposalField, StanceField } from './fields';
import { goToComment } from '../reader/navigate';
import { closeComposer } from './compose';
import { flushDrafts, useDraftAutosave } from './useDraftAutosave';

type CommentTarget = Extract<ComposerTarget, { kind: 'comment' }>;

function initialValues(passage: PassageRef | null, comment: Comment | null): DraftValues {
  if (comment)
    return { stance: comment.stance, text: comment.text, proposedText: comment.proposedText ?? comment.anchor?.quote ?? null };
  return { stance: null, text: '', proposedText: passage?.quote ?? null };
}

function sameValues(a: DraftValues, b: DraftValues): boolean {
  return a.stance === b.stance && a.text === b.text && a.proposedText === b.proposedText;
}

/** The form for a new comment (on a passage, a document or an agenda item) or an edit of one. */
export function CommentForm({ target }: { target: CommentTarget }) {
  const comment = useMyComments(selectCommentById(target.mode === 'edit' ? target.commentId : null));
  // An edit waits for its comment (the list may still be loading when a draft is resumed at start).
  if (target.mode === 'edit' && !comment) return null;
  return <CommentEditor target={target} comment={comment} />;
}

function CommentEditor({ target, comment }: { target: CommentTarget; comment: Comment | null }) {
  const { t } = useTranslation();
  const passage: PassageRef | null = target.mode === 'new' ? target.passage : (comment?.anchor ?? null);
  const itemId = target.mode === 'new' ? target.itemId : (comment?.itemId ?? null);
  const documentId = target.mode === 'new' ? target.documentId : (comment?.documentId ?? null);
  const { document } = useWhere(itemId, documentId);
  const key = draftKeyOf(target);

  const pristine = useMemo(() => initialValues(passage, comment), [passage, comment]);
  // The draft is read once, when the form opens (the form remounts for another target).
  const [stored] = useState(() => {
    const draft = cachedDraft(key);
    const parsed = draft ? parseDraft(draft.payload) : null;
    return parsed && draft ? { values: parsed.values, at: draft.updatedAt } : null;
  });
  const [values, setValues] = useState<DraftValues>(stored?.values ?? pristine);
  const [restoredAt, setRestoredAt] = useState<string | null>(stored?.at ?? null);
  const [baseRevision, setBaseRevision] = useState(comment?.revision ?? 0);
  const [tried, setTried] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // A draft not yet in the store (the list was still loading): fetch it while the form is untouched.
  useEffect(() => {
    if (stored) return;
    let live = true;
    void fetchDraft(key).then((draft) => {
      const parsed = draft ? parseDraft(draft.payload) : null;
      if (!live || !parsed || !draft) return;
      setValues((current) => (sameValues(current, pristine) ? parsed.values : current));
      setRestoredAt(draft.updatedAt);
    });
    return () => {
      live = false;
    };
  }, [key, stored, pristine]);

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('input[type="radio"]:checked, input[type="radio"], textarea')?.focus();
  }, []);

  const dirty = !sameValues(values, pristine);
  const title = document ? document.title : '';
  const payload = dirty ? serializeDraft({ target, values, title }) : null;
  useDraftAutosave(key, payload);

  const deleted = target.mode === 'edit' && comment?.deleted === true;
  const textLength = boundedLength(values.text);
  const proposal = passage && isRealProposal(passage.quote, values.proposedText) ? values.proposedText!.trim() : null;
  const invalid =
    !values.stance ||
    textLength === 0 ||
    textLength > MAX_COMMENT_TEXT ||
    (proposal !== null && boundedLength(proposal) > MAX_PROPOSED_TEXT);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    setTried(true);
    if (invalid || busy || deleted || !values.stance) {
      if (!values.stance) setMessage(t('comments.form.needStance'));
      else if (textLength === 0) setMessage(t('comments.form.needText'));
      return;
    }
    setBusy(true);
    setMessage(null);
    // main clears the draft with the write (one transaction): no save of it may arrive after.
    await useDraftsStore.getState().settle(key);
    const result =
      target.mode === 'edit'
        ? await updateComment({
            id: target.commentId,
            expectedRevision: baseRevision,
            stance: values.stance,
            text: values.text,
            proposedText: proposal,
            draftKey: key,
          })
        : await createComment({
            itemId: target.itemId,
            documentId: target.documentId,
            anchor: passage ? { blockId: passage.blockId, start: passage.start, end: passage.end, quote: passage.quote } : null,
            stance: values.stance,
            text: values.text,
            proposedText: proposal,
            draftKey: key,
          });
    setBusy(false);
    if (result.ok) {
      useDraftsStore.getState().forget(key);
      closeComposer({ focus: 'none' });
      goToComment(result.comment, { focusCard: true });
      return;
    }
    if (result.code === 'no_identity') {
      setMessage(t('comments.form.needIdentity'));
      useIdentityStore.getState().openDialog('required', () => formRef.current?.requestSubmit());
    } else if (result.code === 'conflict') {
      // Someone (another window, an import) changed it: the store has reloaded; show what is there now.
      const latest = target.mode === 'edit' ? cachedComment(target.commentId) : null;
      if (latest && !latest.deleted) {
        setBaseRevision(latest.revision);
        setMessage(t('comments.form.conflict', { n: latest.revision }));
      } else setMessage(null);
    } else {
      setMessage(result.message);
    }
  };

  const cancel = () => cancelComposer(key);
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => composerKeyDown(event, submit);

  const heading = target.mode === 'edit' ? 'titleEdit' : passage ? 'titleNew' : target.documentId ? 'titleDocument' : 'titleItem';
  return (
    <form
      ref={formRef}
      className="composer comment-form"
      aria-labelledby="comment-form-title"
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
      onBlur={flushDrafts}
      noValidate
    >
      <h3 id="comment-form-title" className="composer-title">
        {t(`comments.form.${heading}`)}
        {target.mode === 'edit' && comment && (
          <span className="composer-revision">{t('comments.revision', { n: baseRevision })}</span>
        )}
      </h3>
      <PassageContext itemId={itemId} documentId={documentId} passage={passage} />
      <StanceField
        value={values.stance}
        onChange={(stance) => setValues({ ...values, stance })}
        invalid={tried && !values.stance}
      />
      <BoundedTextArea
        id="comment-text"
        label={t('comments.form.text')}
        value={values.text}
        max={MAX_COMMENT_TEXT}
        rows={5}
        required
        invalid={tried && textLength === 0}
        onChange={(text) => setValues({ ...values, text })}
      />
      {passage && (
        <ProposalField
          quote={passage.quote}
          value={values.proposedText ?? passage.quote}
          max={MAX_PROPOSED_TEXT}
          onChange={(proposedText) => setValues({ ...values, proposedText })}
        />
      )}
      <LateNotice at="form" />
      {(message || deleted) && (
        <p className="form-error" role="alert">
          {deleted ? t('comments.form.deletedMeanwhile') : message}
        </p>
      )}
      <div className="composer-actions">
        <button type="submit" className="button button-primary" disabled={busy || deleted}>
          {t(target.mode === 'edit' ? 'comments.form.saveEdit' : 'comments.form.save')}
        </button>
        <button type="button" className="button" onClick={() => void cancel()} disabled={busy}>
          {t('comments.form.cancel')}
        </button>
        <DraftStatus draftKey={key} restoredAt={restoredAt} />
      </div>
      <p className="composer-keys">{t('comments.form.keys')}</p>
    </form>
  );
}
