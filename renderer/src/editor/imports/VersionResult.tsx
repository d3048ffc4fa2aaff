import { useTranslation } from 'react-i18next';
import type { VersionImportResult } from '../../../../shared/domain/imports';
import { formatNumber } from '../../i18n/format';
import { selectLocale, useSettings } from '../../api/settings';

/** After saving a new version: how the comments were carried over, and those whose passage is gone. */
export function VersionResult({ result }: { result: VersionImportResult }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const orphaned = result.orphaned.filter((c) => !c.deleted);
  const counts = [
    ['kept', result.kept],
    ['moved', result.moved],
    ['edited', result.edited],
    ['orphaned', orphaned.length],
  ] as const;
  return (
    <div className="ed-version-result">
      <p className="ed-success" role="status">
        {t('versionImport.saved', { version: result.version })}
      </p>
      <dl className="ed-stats">
        {counts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`versionImport.result.${key}`)}</dt>
            <dd>{formatNumber(value, locale)}</dd>
          </div>
        ))}
      </dl>
      {result.pendingChanges && result.pendingChanges.followed > 0 && (
        <p>{t('versionImport.pendingChanges.followed', { count: result.pendingChanges.followed })}</p>
      )}
      {result.pendingChanges && result.pendingChanges.stale.length > 0 && (
        <section className="ed-orphans" aria-labelledby="ed-stale-changes-heading" data-stale-changes>
          <h3 id="ed-stale-changes-heading" className="ed-subheading">
            {t('versionImport.pendingChanges.staleHeading')}
          </h3>
          <p className="ed-muted">{t('versionImport.pendingChanges.staleHint')}</p>
          <ul>
            {result.pendingChanges.stale.map((c) => (
              <li key={c.changeId} className="ed-orphan">
                <blockquote className="ed-orphan-quote">
                  <span className="visually-hidden">{t('versionImport.quote')}: </span>“{c.original}”
                </blockquote>
                <p>
                  {t('versionImport.pendingChanges.wording')}: “{c.wording}”
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {orphaned.length > 0 && (
        <section className="ed-orphans" aria-labelledby="ed-orphans-heading">
          <h3 id="ed-orphans-heading" className="ed-subheading">
            {t('versionImport.orphanedHeading')}
          </h3>
          <ul>
            {orphaned.map((c) => (
              <li key={c.id} className="ed-orphan">
                <p className="ed-orphan-author">
                  {c.author.name}
                  <span className="ed-muted"> · {c.author.delegation}</span>
                  {c.anchor?.path && <span className="ed-muted"> · {c.anchor.path}</span>}
                </p>
                {c.anchor && (
                  <blockquote className="ed-orphan-quote">
                    <span className="visually-hidden">{t('versionImport.quote')}: </span>“{c.anchor.quote}”
                  </blockquote>
                )}
                <p>{c.text}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
