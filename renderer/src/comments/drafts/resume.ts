/**
 * Reopening a draft's form where it was written (the document, the passage, the text as left),
 * from the drafts notice or by itself after a reload: the form that was open when the page went
 * away comes back open (the open form's draft key is kept in sessionStorage, which a reload
 * keeps and a new window does not).
 */
import { useEffect, useRef } from 'react';
import { navigate } from '../../routing/route';
import { draftKeyOf, selectComposer, usePanelStore, type ComposerTarget } from '../../stores/commentsPanelStore';
import { cachedComment, useCommentsStatus } from '../../api/comments';
import { useDocumentStore } from '../../stores/documentStore';
import { useIdentityKnown } from '../../api/identity';
import { useStoredDrafts } from '../../api/drafts';
import { startComposing } from '../form/compose';
import { draftDocumentId, parseDraft } from '../form/draftPayload';

const OPEN_FORM_KEY = 'gopy:open-form';

function documentOf(target: ComposerTarget): string | null {
  if (target.kind === 'comment' && target.mode === 'edit') {
    return cachedComment(target.commentId)?.documentId ?? null;
  }
  return draftDocumentId(target);
}

function blockOf(target: ComposerTarget): string | null {
  if (target.mode === 'new') return target.passage?.blockId ?? null;
  if (target.kind === 'comment') return cachedComment(target.commentId)?.anchor?.blockId ?? null;
  return null;
}

/** Reopens a draft's form where it was written: the document, the passage, the text as left. */
export function resume(target: ComposerTarget): void {
  const documentId = documentOf(target);
  if (documentId) {
    const blockId = blockOf(target);
    navigate({ name: 'doc', documentId, blockId });
    useDocumentStore.getState().requestFocus(documentId, blockId);
  }
  startComposing(target);
}

function readOpenForm(): string | null {
  try {
    return sessionStorage.getItem(OPEN_FORM_KEY);
  } catch {
    return null;
  }
}

function writeOpenForm(key: string | null): void {
  try {
    if (key) sessionStorage.setItem(OPEN_FORM_KEY, key);
    else sessionStorage.removeItem(OPEN_FORM_KEY);
  } catch {
    // Storage refused (private mode): the notice still offers the draft.
  }
}

/** Remembers the open form, and after a reload reopens it from its draft once drafts and comments are in. */
export function useResumeAfterReload(): void {
  const pending = useRef<string | null>(readOpenForm());
  const composer = usePanelStore(selectComposer);
  useEffect(() => {
    // Not before the form has been brought back: the first render has no form open yet.
    if (composer || pending.current === null) writeOpenForm(composer ? draftKeyOf(composer) : null);
  }, [composer]);
  const { drafts, loaded: draftsLoaded } = useStoredDrafts();
  const commentsReady = useCommentsStatus() !== 'loading';
  // A comment's form opens only for a known delegate: before identity:get has answered, opening it
  // would ask "Bạn là ai?" instead (drafts and comments may well answer first).
  const identityKnown = useIdentityKnown();
  useEffect(() => {
    const key = pending.current;
    if (key === null || !draftsLoaded || !commentsReady || !identityKnown) return;
    pending.current = null;
    const draft = drafts[key];
    const parsed = draft ? parseDraft(draft.payload) : null;
    if (parsed) resume(parsed.target);
    else writeOpenForm(null);
  }, [draftsLoaded, drafts, commentsReady, identityKnown]);
}
