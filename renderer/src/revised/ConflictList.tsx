import { useTranslation } from 'react-i18next';
import type { RevisionView } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { ConflictCard } from './ConflictCard';

/** Every conflict, first on the page: no revised version can be made until each is settled. */
export function ConflictList({ view, blocks }: { view: RevisionView; blocks: Block[] }) {
  const { t } = useTranslation();
  if (view.conflicts.length === 0) return null;
  return (
    <section className="rv-conflicts" aria-labelledby="rv-conflicts-heading">
      <h2 id="rv-conflicts-heading">{t('revised.conflict.listHeading', { count: view.conflicts.length })}</h2>
      <p>{t('revised.conflict.listLead')}</p>
      {view.conflicts.map((group, index) => (
        <ConflictCard
          key={group.changeIds.join()}
          index={index}
          blocks={blocks}
          changes={group.changeIds.map((id) => view.changes.find((c) => c.id === id)).filter((c) => c !== undefined)}
        />
      ))}
    </section>
  );
}
