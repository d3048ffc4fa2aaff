import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiffForDisplay } from '../../../shared/text/word-diff';

/** Diffs already made, so a card scrolled out and back in is not diffed again. */
const diffs = new Map<string, ReturnType<typeof wordDiffForDisplay>>();
const MAX_CACHED_DIFFS = 2_000;

function cachedDiff(original: string, proposed: string): ReturnType<typeof wordDiffForDisplay> {
  const key = `${original}\u0000${proposed}`;
  let parts = diffs.get(key);
  if (!parts) {
    if (diffs.size >= MAX_CACHED_DIFFS) diffs.clear();
    parts = wordDiffForDisplay(original, proposed);
    diffs.set(key, parts);
  }
  return parts;
}

/**
 * The proposed wording against the quoted passage (shared/text/word-diff, the diff the reader and
 * the PDFs use): the deleted phrase struck through, then the inserted phrase underlined, each also
 * announced in words ("bỏ: …", "thêm: …") for screen readers.
 */
export function WordingDiff({ original, proposed }: { original: string; proposed: string }) {
  const { t } = useTranslation();
  return <WordingDiffText original={original} proposed={proposed} t={t} />;
}

/** The same, with the translate function given (the compiled view's cards take it from a context). */
export function WordingDiffText({ original, proposed, t }: { original: string; proposed: string; t: TFunction }) {
  const parts = useMemo(() => cachedDiff(original, proposed), [original, proposed]);
  const removed = t('compile.diff.removed');
  const added = t('compile.diff.added');
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">[{removed}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (part.kind === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[{added}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return <span key={index}>{part.text}</span>;
      })}
    </>
  );
}
