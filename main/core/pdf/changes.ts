/**
 * A proposed wording shown against the quoted passage, word by word: deleted words struck
 * through, inserted words underlined (what a reader knows from tracked changes). The plain
 * proposed text is always printed as well, so it can be read and extracted in one piece.
 * The diff itself is shared/text/word-diff, the same the screen shows.
 */
import { wordDiffForDisplay } from '../../../shared/text/word-diff';
import { run, type FontStyle, type Run } from './text-model';

/** Gives up on pathological inputs (two long, unrelated texts) rather than stall the export. */
const DIFF_TIMEOUT_MS = 200;

export function changeRuns(quote: string, proposed: string, style: FontStyle = 'regular'): Run[] {
  return wordDiffForDisplay(quote, proposed, { timeoutMs: DIFF_TIMEOUT_MS }).map((segment) =>
    segment.kind === 'removed'
      ? run(segment.text, style, 'del')
      : segment.kind === 'added'
        ? run(segment.text, style, 'ins')
        : run(segment.text, style),
  );
}

/** The text a reader gets by skipping one kind of change: the quote (no insertions) or the proposal (no deletions). */
export function textWithout(runs: readonly Run[], skip: 'ins' | 'del'): string {
  return runs
    .filter((r) => r.mark !== skip)
    .map((r) => r.text)
    .join('');
}
