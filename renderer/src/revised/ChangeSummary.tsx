import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionChange } from '../../../shared/domain/revisions';
import { WordingDiff } from '../secretariat/WordingDiff';
import { ChangeSources } from './ChangeSources';

/** One change: where, the passage struck through and the wording underlined, who is behind it. */
export function ChangeSummary({ change, actions }: { change: RevisionChange; actions?: ReactNode }) {
  const { t } = useTranslation();
  const kind = change.original === '' ? 'insert' : change.wording === '' ? 'delete' : 'replace';
  return (
    <article className="rv-change" data-change-id={change.id} aria-label={change.path ?? t('revised.change.unnamed')}>
      <p className="rv-change-head">
        <span className="rv-change-where">{change.path ?? t('revised.change.unnamed')}</span>
        <span className="rv-change-kind">{t(`revised.change.kind.${kind}`)}</span>
      </p>
      <p className="rv-change-text sx-wording-text">
        <WordingDiff original={change.original} proposed={change.wording} />
      </p>
      <ChangeSources change={change} />
      {actions && <div className="rv-change-actions">{actions}</div>}
    </article>
  );
}
