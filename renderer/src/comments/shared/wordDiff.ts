/**
 * A proposed wording against the quoted passage, as the screen shows it: the grouped word diff of
 * shared/text/word-diff (the one the PDFs print), in the shape the components render.
 */
import { wordDiffForDisplay, type DisplaySegment } from '../../../../shared/text/word-diff';

export interface DiffPart {
  value: string;
  /** 'gap': one space between a deleted phrase and the inserted one, in neither text. */
  kind: DisplaySegment['kind'];
}

export function diffWords(before: string, after: string): DiffPart[] {
  return wordDiffForDisplay(before, after).map((segment) => ({ value: segment.text, kind: segment.kind }));
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
