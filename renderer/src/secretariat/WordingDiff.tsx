import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { wordDiffForDisplay } from '../../../shared/text/word-diff';

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
  const parts = useMemo(() => wordDiffForDisplay(original, proposed), [original, proposed]);
  return (
    <>
      {parts.map((part, index) => {
        if (part.kind === 'removed') {
          return (
            <del key={index}>
              <span className="visually-hidden">[{t('compile.diff.removed')}: </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (part.kind === 'added') {
          return (
            <ins key={index}>
              <span className="visually-hidden">[{t('compile.diff.added')}: </span>
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
