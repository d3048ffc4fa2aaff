/** Word-level diff of a proposed wording against the quoted passage, with jsdiff (diffWordsWithSpace). */
import { diffWordsWithSpace } from 'diff';

export interface DiffPart {
  value: string;
  kind: 'same' | 'added' | 'removed';
}

/** Past this many milliseconds jsdiff gives up and the whole passage is shown as replaced. */
const DIFF_TIMEOUT_MS = 150;

export function diffWords(before: string, after: string): DiffPart[] {
  if (before === after) return [{ value: before, kind: 'same' }];
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) {
    return [
      { value: before, kind: 'removed' },
      { value: after, kind: 'added' },
    ].filter((p): p is DiffPart => p.value.length > 0);
  }
  return changes.map((c) => ({ value: c.value, kind: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** Whether a proposal actually changes the passage (blank or identical means no proposal). */
export function isRealProposal(quote: string, proposed: string | null): proposed is string {
  if (proposed === null) return false;
  const p = proposed.trim().normalize('NFC');
  return p.length > 0 && p !== quote.normalize('NFC');
}

/** Words kept on each side of a change when long unchanged stretches are shortened. */
const CONTEXT_WORDS = 5;

function words(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

/**
 * Shortens the unchanged stretches of a diff to a few words around each change ("… "), so a
 * one-word proposal in a long passage reads at a glance. The changes themselves are kept whole.
 */
export function compactDiff(parts: readonly DiffPart[]): DiffPart[] {
  return parts.map((part, i) => {
    if (part.kind !== 'same') return part;
    const w = words(part.value);
    const keepBefore = i > 0 ? CONTEXT_WORDS : 0; // After a change: its right context.
    const keepAfter = i < parts.length - 1 ? CONTEXT_WORDS : 0; // Before a change: its left context.
    if (w.length <= keepBefore + keepAfter + 2) return part;
    const head = w.slice(0, keepBefore).join('');
    const tail = w.slice(w.length - keepAfter).join('');
    return { kind: 'same', value: `${head}${head ? ' … ' : '… '}${tail}`.replace(/\s+…/u, ' …') };
  });
}
