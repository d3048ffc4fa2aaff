import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../i18n/format';
import { useEditorStore } from '../../stores/editorStore';
import { selectLocale, useSettings } from '../../api/settings';
import { useVersionImportStore } from '../../stores/versionImportStore';
import { HeaderFields } from './HeaderFields';
import { ChangeList } from './ChangeList';
import { VersionResult } from './VersionResult';

const SUMMARY = ['same', 'changed', 'added', 'removed'] as const;

/** A new version of a document: what changed against the current one, then save; the comments follow. */
export function VersionReview() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const state = useVersionImportStore();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { document, preview, header, status } = state;

  const back = () => {
    const documentId = document?.id;
    useVersionImportStore.getState().reset();
    useEditorStore.getState().showScreen({ name: 'agenda' });
    requestAnimationFrame(() =>
      window.document.querySelector<HTMLElement>(`.ed-doc[data-document-id="${documentId}"] button`)?.focus(),
    );
  };

  return (
    <section className="ed-panel ed-screen" aria-labelledby="ed-version-heading">
      <div className="ed-screen-head">
        <button type="button" className="ed-button ed-back" onClick={back}>
          <span aria-hidden="true">← </span>
          {t('editor.backToAgenda')}
        </button>
        <h2 id="ed-version-heading" ref={heading} className="ed-panel-title" tabIndex={-1}>
          {t('versionImport.heading')}
        </h2>
      </div>
      {document && (
        <p className="ed-lead">
          {t('versionImport.of', { title: document.title, file: state.fileName })}
          {preview && status !== 'saved' && ` ${t('versionImport.currentVersion', { version: preview.currentVersion })}`}
        </p>
      )}
      {status === 'previewing' && (
        <p className="ed-progress" role="status">
          <span className="ed-spinner" aria-hidden="true" />
          {t('versionImport.comparing', { name: state.fileName })}
        </p>
      )}
      {state.error && (
        <div className="ed-inline-alert" role="alert">
          <p>{state.error}</p>
        </div>
      )}
      {status === 'saved' && state.result && <VersionResult result={state.result} />}
      {preview && header && (status === 'ready' || status === 'saving') && (
        <>
          <section className="ed-version-summary" aria-labelledby="ed-version-summary">
            <h3 id="ed-version-summary" className="ed-subheading">
              {t('versionImport.summaryHeading')}
            </h3>
            <ul className="ed-summary-chips">
              {SUMMARY.map((op) => (
                <li key={op} className={`ed-chip op-${op}`}>
                  {t(`versionImport.summary.${op}`, {
                    count: preview.summary[op],
                    formattedCount: formatNumber(preview.summary[op], locale),
                  })}
                </li>
              ))}
            </ul>
          </section>
          <section className="ed-version-changes" aria-labelledby="ed-version-changes">
            <h3 id="ed-version-changes" className="ed-subheading">
              {t('versionImport.changesHeading')}
            </h3>
            <ChangeList changes={preview.changes} />
          </section>
          <HeaderFields
            header={header}
            name="version"
            disabled={status === 'saving'}
            onChange={(patch) => state.setHeader(patch)}
          />
          <div className="ed-actions ed-card-actions">
            <button type="button" className="ed-button" onClick={back}>
              {t('editor.cancel')}
            </button>
            <button
              type="button"
              className="ed-button ed-button-primary"
              disabled={status === 'saving'}
              onClick={() => void state.save()}
            >
              {status === 'saving' ? t('editor.saving') : t('versionImport.save')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
