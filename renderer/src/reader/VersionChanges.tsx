import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useVersionMarks } from '../api/documents';

/**
 * What the latest dossier changed in this document, against the version this installation held
 * before (recorded at the import, shared/text/word-diff): each changed passage of the new
 * version with the deleted words struck through and the inserted words underlined, a link to it in
 * the text, and the passages removed. Nothing when the document came new or unchanged.
 */
export function VersionChanges({ documentId, onGo }: { documentId: string; onGo(blockId: string): void }) {
  const { t } = useTranslation();
  const marks = useVersionMarks(documentId);
  if (!marks || marks.documentId !== documentId) return null;
  const count = marks.blocks.length + marks.removed.length;
  if (count === 0) return null;
  return (
    <details className="version-changes" open>
      <summary>{t('reader.versionChanges.summary', { count })}</summary>
      <p className="version-changes-hint">{t('reader.versionChanges.hint')}</p>
      <ol className="version-changes-list">
        {marks.blocks.map((b) => (
          <li key={b.blockId} className={`version-change is-${b.op}`} data-version-change={b.blockId}>
            <button type="button" className="link-button" onClick={() => onGo(b.blockId)}>
              {b.path ?? t(b.op === 'added' ? 'reader.versionChanges.added' : 'reader.versionChanges.changed')}
            </button>
            <p className="diff-box word-diff">
              {b.words.map((w, i) =>
                w.added ? (
                  <ins key={i}>
                    <span className="visually-hidden">{t('comments.diff.added')} </span>
                    {w.value}
                  </ins>
                ) : w.removed ? (
                  <Fragment key={i}>
                    <del>
                      <span className="visually-hidden">{t('comments.diff.removed')} </span>
                      {w.value}
                    </del>
                    {/* A deleted phrase right before an inserted one must not read as one word. */}
                    {b.words[i + 1]?.added && !/\s$/u.test(w.value) && <span aria-hidden="true"> </span>}
                  </Fragment>
                ) : (
                  <span key={i}>{w.value}</span>
                ),
              )}
            </p>
          </li>
        ))}
        {marks.removed.map((b) => (
          <li key={b.blockId} className="version-change is-removed">
            <span className="version-change-label">{t('reader.versionChanges.removed')}</span>
            <p className="diff-box word-diff">
              <del>
                <span className="visually-hidden">{t('comments.diff.removed')} </span>
                {b.text}
              </del>
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
