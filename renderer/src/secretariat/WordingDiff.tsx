import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The proposed wording against the quoted passage, word by word: deletions struck through,
 * insertions underlined, each also announced in words ("bỏ: …", "thêm: …") for screen readers.
 */
export function WordingDiff({ original, proposed }: { original: string; proposed: string }) {
  const { t } = useTranslation();
  const parts = useMemo(() => diffWordsWithSpace(original, proposed), [original, proposed]);
  return (
    <>
      {parts.map((part, index) => {
        if (part.removed) {
          return (
            <del key={index}>
              <span className="visually-hidden">[{t('compile.diff.removed')}: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </del>
          );
        }
        if (part.added) {
          return (
            <ins key={index}>
              <span className="visually-hidden">[{t('compile.diff.added')}: </span>
              {part.value}
              <span className="visually-hidden">]</span>
            </ins>
          );
        }
        return <span key={index}>{part.value}</span>;
      })}
    </>
  );
}
