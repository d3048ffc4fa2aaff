import { useTranslation } from 'react-i18next';
import { selectCommentImport, selectDossierExport, useExchangeStore } from '../stores/exchangeStore';
import { keepExtension } from './collectFiles';
import { DropZone } from './DropZone';
import { ImportProgress } from './ImportProgress';
import { ImportResults } from './ImportResults';
import { COMMENT_PACKAGE_EXT } from '../stores/limits';
import { ErrorNote, SavedFileNote } from './SavedFileNote';
import { KeysPanel } from '../roles/KeysPanel';
import { NotSentExport } from '../roles/NotSentExport';
import { OnBehalfForm } from '../roles/OnBehalfForm';

/** The secretariat's side: hand out the session dossier; take in the delegates' comment packages. */
export function SecretariatExchange() {
  const { t } = useTranslation();
  const exported = useExchangeStore(selectDossierExport);
  const run = useExchangeStore(selectCommentImport);
  const exportDossier = useExchangeStore((s) => s.exportDossier);
  const importComments = useExchangeStore((s) => s.importComments);
  const onFiles = (files: File[]) => {
    const { files: packages, skipped } = keepExtension(files, COMMENT_PACKAGE_EXT);
    void importComments(packages, skipped);
  };
  return (
    <section className="sx-card" aria-labelledby="exchange-secretariat">
      <h2 id="exchange-secretariat" className="sx-card-heading">
        <span className="sx-role-tag">{t('exchange.secretariat.tag')}</span>
        {t('exchange.secretariat.heading')}
      </h2>

      <div className="sx-step">
        <h3 className="sx-step-heading">{t('exchange.dossierExport.heading')}</h3>
        <p className="sx-step-text">{t('exchange.dossierExport.text')}</p>
        <button
          type="button"
          className="sx-button sx-button-primary"
          aria-busy={exported.status === 'working'}
          onClick={() => void exportDossier()}
        >
          {exported.status === 'working' ? t('exchange.working') : t('exchange.dossierExport.button')}
        </button>
        <div aria-live="polite">{exported.result && <SavedFileNote saved={exported.result} />}</div>
        {exported.error && <ErrorNote message={exported.error} />}
      </div>

      <div className="sx-step">
        <h3 className="sx-step-heading">{t('exchange.import.heading')}</h3>
        <p className="sx-step-text">{t('exchange.import.text')}</p>
        <DropZone
          accept={COMMENT_PACKAGE_EXT}
          multiple
          folder
          inputName="comment-packages"
          disabled={run.status === 'importing'}
          hint={t('exchange.import.drop')}
          fileButton={t('exchange.import.pickFiles')}
          folderButton={t('exchange.import.pickFolder')}
          onFiles={onFiles}
        />
        <ImportProgress />
        <ImportResults results={run.results} />
      </div>

      <KeysPanel />
      <NotSentExport />
      <OnBehalfForm />
    </section>
  );
}
