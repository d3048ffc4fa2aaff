/**
 * A proposed wording shown against the quoted passage, word by word: deleted words struck
 * through, inserted words underlined (what a reader knows from tracked changes). The plain
 * proposed text is always printed as well, so it can be read and extracted in one piece.
 */
import { diffWords } from 'diff';
import { nfc, run, type FontStyle, type Run } from './text-model';

/** Gives up on pathological inputs (two long, unrelated texts) rather than stall the export. */
const DIFF_TIMEOUT_MS = 200;

export function changeRuns(quote: string, proposed: string, style: FontStyle = 'regular'): Run[] {
  const changes = diffWords(nfc(quote), nfc(proposed), { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return [run(quote, style, 'del'), run(' '), run(proposed, style, 'ins')];
  const runs: Run[] = [];
  for (const change of changes) {
    const mark = change.added ? 'ins' : change.removed ? 'del' : undefined;
    const prev = runs[runs.length - 1];
    // A deletion right before an insertion would print as one word: keep them apart.
    if (prev?.mark && mark && prev.mark !== mark && !/\s$/u.test(prev.text) && !/^\s/u.test(change.value))
      runs.push(run(' ', style));
    runs.push(run(change.value, style, mark));
  }
  return runs;
}

/** The text a reader gets by skipping one kind of change: the quote (no insertions) or the proposal (no deletions). */
export function textWithout(runs: readonly Run[], skip: 'ins' | 'del'): string {
  return runs
    .filter((r) => r.mark !== skip)
    .map((r) => r.text)
    .join('');
}
