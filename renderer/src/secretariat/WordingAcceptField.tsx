import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findComment, selectDraft, useCompileStore, useCompiledView } from '../stores/compileStore';
import { WordingDiff } from './WordingDiff';

const EDIT_ID = 'sx-answer-wording';

/**
 * Under "Tiếp thu": take the comment's proposed wording into the revised draft, as proposed or as
 * the secretariat edits it. One comment at a time: on a group the choice is shown disabled with
 * why (the core refuses it too).
 */
export function WordingAcceptField() {
  const { t } = useTranslation();
  const draft = useCompileStore(selectDraft);
  const rows = useCompiledView().compiled?.rows;
  const selected = useCompileStore((s) => s.selected);
  const setDraft = useCompileStore((s) => s.setDraft);
  const proposals = useMemo(
    () =>
      [...selected]
        .map((id) => (rows ? findComment(rows, id) : undefined))
        .filter((c) => c !== undefined && c.comment.proposedText !== null),
    [selected, rows],
  );
  if (draft.kind !== 'tiep_thu' || proposals.length === 0) return null;
  const entry = selected.size === 1 ? proposals[0] : undefined;
  const comment = entry?.comment;
  const refusal = !comment ? t('revised.accept.groupRefused') : !comment.anchor ? t('revised.accept.noAnchor') : null;
  const wording = comment && draft.wording?.commentId === comment.id ? draft.wording : null;
  const proposed = comment?.proposedText ?? '';
  const toggle = (on: boolean) => {
    if (!comment) return;
    setDraft({ wording: on ? { commentId: comment.id, edited: false, text: proposed } : null });
  };
  return (
    <fieldset className="sx-answer-wording">
      <legend className="visually-hidden">{t('revised.accept.legend')}</legend>
      <label className="sx-answer-wording-accept">
        <input
          type="checkbox"
          checked={wording !== null && refusal === null}
          disabled={refusal !== null}
          aria-describedby={refusal ? 'sx-answer-wording-refusal' : undefined}
          onChange={(e) => toggle(e.target.checked)}
        />
        {t('revised.accept.take')}
      </label>
      {refusal && (
        <p id="sx-answer-wording-refusal" className="sx-muted sx-answer-wording-refusal">
          {refusal}
        </p>
      )}
      {wording && comment && refusal === null && (
        <div className="sx-answer-wording-choice">
          <label>
            <input
              type="radio"
              name="sx-answer-wording-mode"
              checked={!wording.edited}
              onChange={() => setDraft({ wording: { ...wording, edited: false } })}
            />
            {t('revised.accept.asProposed')}
          </label>
          <label>
            <input
              type="radio"
              name="sx-answer-wording-mode"
              checked={wording.edited}
              onChange={() => setDraft({ wording: { ...wording, edited: true } })}
            />
            {t('revised.accept.edited')}
          </label>
          {wording.edited ? (
            <>
              <label htmlFor={EDIT_ID} className="visually-hidden">
                {t('revised.accept.editLabel')}
              </label>
              <textarea
                id={EDIT_ID}
                rows={2}
                value={wording.text}
                onChange={(e) => setDraft({ wording: { ...wording, text: e.target.value } })}
              />
            </>
          ) : (
            <p className="sx-wording sx-answer-wording-preview">
              <span className="sx-wording-text">
                <WordingDiff original={comment.anchor?.quote ?? ''} proposed={proposed} />
              </span>
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
