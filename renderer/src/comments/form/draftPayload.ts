/**
 * What a form's autosaved draft holds: the form's target (so it can be reopened from the drafts
 * notice) and its values, as versioned JSON text. Parsing is defensive: a draft written by another
 * version, or damaged, is ignored rather than trusted.
 */
import { STANCES, type Stance } from '../../../../shared/domain/comments';
import type { ComposerTarget } from '../../stores/commentsPanelStore';

export interface DraftValues {
  stance: Stance | null;
  text: string;
  /** The proposed wording as typed (null for forms without one). */
  proposedText: string | null;
}

export interface DraftPayload {
  v: 1;
  target: ComposerTarget;
  values: DraftValues;
  /** The document's (or item's) title, to recognise the draft by in the notice. */
  title: string;
}

export function serializeDraft(payload: Omit<DraftPayload, 'v'>): string {
  return JSON.stringify({ v: 1, ...payload });
}

const isString = (v: unknown): v is string => typeof v === 'string';

function validTarget(t: unknown): t is ComposerTarget {
  if (!t || typeof t !== 'object') return false;
  const o = t as Record<string, unknown>;
  if (o.kind === 'comment' && o.mode === 'new') return isString(o.itemId);
  if (o.kind === 'comment' && o.mode === 'edit') return isString(o.commentId);
  if (o.kind === 'note' && o.mode === 'new') return isString(o.documentId) && typeof o.passage === 'object' && o.passage !== null;
  if (o.kind === 'note' && o.mode === 'edit') return isString(o.noteId) && isString(o.documentId);
  return false;
}

export function parseDraft(payload: string): DraftPayload | null {
  try {
    const data = JSON.parse(payload) as Partial<DraftPayload>;
    if (data.v !== 1 || !validTarget(data.target) || !data.values || !isString(data.values.text)) return null;
    const stance = STANCES.includes(data.values.stance as Stance) ? (data.values.stance as Stance) : null;
    const proposedText = isString(data.values.proposedText) ? data.values.proposedText : null;
    return { v: 1, target: data.target, values: { stance, text: data.values.text, proposedText }, title: data.title ?? '' };
  } catch {
    return null;
  }
}

/** The document a draft belongs to, when the target says so directly. */
export function draftDocumentId(target: ComposerTarget): string | null {
  if (target.kind === 'note') return target.documentId;
  return target.mode === 'new' ? target.documentId : null;
}
