import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { selectImportEntries, useDocImportStore } from '../../stores/docImportStore';
import { useEditorStore } from '../../stores/editorStore';
import { focusItemControl } from '../agenda/itemKinds';
import { ImportCard } from './ImportCard';

/** The import screen: one card per picked or dropped file, each previewed, then saved or skipped. */
export function ImportReview() {
  const { t } = useTranslation();
  const entries = useDocImportStore(selectImportEntries);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const saved = entries.filter((e) => e.status === 'saved').length;
  const open = entries.filter((e) => ['waiting', 'previewing', 'ready', 'saving'].includes(e.status)).length;

  const back = () => {
    const itemId = entries[entries.length - 1]?.itemId;
    useDocImportStore.getState().clearFinished();
    useEditorStore.getState().showScreen({ name: 'agenda' });
    if (itemId) focusItemControl(itemId, ['add-documents']);
  };

  return (
    <section className="ed-panel ed-screen" aria-labelledby="ed-import-heading">
      <div className="ed-screen-head">
        <button type="button" className="ed-button ed-back" onClick={back}>
          <span aria-hidden="true">← </span>
          {t('editor.backToAgenda')}
        </button>
        <h2 id="ed-import-heading" ref={heading} className="ed-panel-title" tabIndex={-1}>
          {t('docImport.heading', { count: entries.length })}
        </h2>
      </div>
      <p className="ed-lead">{t('docImport.lead')}</p>
      <p className="ed-summary-line" role="status">
        {entries.length > 0 && open === 0 ? t('docImport.allDone', { saved, count: entries.length }) : ''}
      </p>
      {entries.length === 0 && <p className="ed-empty">{t('docImport.none')}</p>}
      {entries.map((entry) => (
        <ImportCard key={entry.key} entry={entry} />
      ))}
    </section>
  );
}
