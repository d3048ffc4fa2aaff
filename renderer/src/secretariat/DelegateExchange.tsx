import { useTranslation } from 'react-i18next';
import { LateNotice } from '../comments/shared/LateNotice';
import type { DossierImportResult } from '../../../shared/domain/packages';
import { selectCommentExport, selectDossierImport, useExchangeStore } from '../stores/exchangeStore';
import { useIdentityStore } from '../stores/identityStore';
import { DOSSIER_PACKAGE_EXT } from '../stores/limits';
import { DropZone } from './DropZone';
import { ErrorNote, SavedFileNote } from './SavedFileNote';
import { Receipts } from '../roles/Receipts';
import { MyKeyDecisions } from '../roles/MyKeyDecisions';

function DossierOutcome({ result }: { result: DossierImportResult }) {
  const { t } = useTranslation();
  if (result.status === 'unchanged') {
    return (
      <p className="sx-outcome is-same" role="status">
        <span className="sx-outcome-icon" aria-hidden="true">
          =
        </span>
        <span>{t('exchange.dossier.unchanged', { version: result.version })}</span>
      </p>
    );
  }
  return (
    <div className="sx-outcome is-ok" role="status">
      <span className="sx-outcome-icon" aria-hidden="true">
        ✓
      </span>
      <div>
        <p>{t('exchange.dossier.imported', { version: result.version, file: result.fileName })}</p>
        {result.movedComments > 0 && <p>{t('exchange.dossier.moved', { count: result.movedComments })}</p>}
        {result.orphanedComments > 0 && <p>{t('exchange.dossier.orphaned', { count: result.orphanedComments })}</p>}
        {result.answersReceived > 0 && <p>{t('exchange.dossier.answers', { count: result.answersReceived })}</p>}
        {(result.wordingsTaken ?? 0) > 0 && <p>{t('exchange.dossier.wordingsTaken', { count: result.wordingsTaken })}</p>}
      </div>
    </div>
  );
}

/** A dossier from an office key not trusted yet: import it once the user confirmed the fingerprint. */
function TrustKeyButton({ message }: { message: string }) {
  const { t } = useTranslation();
  const file = useExchangeStore((s) => s.untrustedDossier);
  const print = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/u.exec(message)?.[0];
  if (!file || !print) return null;
  return (
    <div className="sx-step-text">
      <p>{t('roles.trust.hint')}</p>
      <button type="button" className="sx-button" onClick={() => void useExchangeStore.getState().importDossier(file, print)}>
        {t('roles.trust.button', { fingerprint: print })}
      </button>
    </div>
  );
}

/** The delegate's side: export my comment package; open a dossier package from the secretariat. */
export function DelegateExchange() {
  const { t } = useTranslation();
  const exported = useExchangeStore(selectCommentExport);
  const dossier = useExchangeStore(selectDossierImport);
  const exportComments = useExchangeStore((s) => s.exportComments);
  const importDossier = useExchangeStore((s) => s.importDossier);
  return (
    <section className="sx-card" aria-labelledby="exchange-delegate">
      <h2 id="exchange-delegate" className="sx-card-heading">
        <span className="sx-role-tag">{t('exchange.delegate.tag')}</span>
        {t('exchange.delegate.heading')}
      </h2>

      <div className="sx-step">
        <h3 className="sx-step-heading">{t('exchange.export.heading')}</h3>
        <p className="sx-step-text">{t('exchange.export.text')}</p>
        <LateNotice at="export" />
        <button
          type="button"
          className="sx-button sx-button-primary"
          aria-busy={exported.status === 'working'}
          onClick={() => void exportComments()}
        >
          {exported.status === 'working' ? t('exchange.working') : t('exchange.export.button')}
        </button>
        <div aria-live="polite">{exported.result && <SavedFileNote saved={exported.result} />}</div>
        {exported.error && <ErrorNote message={exported.error} />}
        <Receipts />
        <MyKeyDecisions />
        {exported.code === 'no_identity' && (
          <button
            type="button"
            className="sx-button"
            aria-haspopup="dialog"
            onClick={() => useIdentityStore.getState().openDialog('required', () => void exportComments())}
          >
            {t('settings.role.pickIdentity')}
          </button>
        )}
      </div>

      <div className="sx-step">
        <h3 className="sx-step-heading">{t('exchange.dossier.heading')}</h3>
        <p className="sx-step-text">{t('exchange.dossier.text')}</p>
        <DropZone
          accept={DOSSIER_PACKAGE_EXT}
          inputName="dossier-file"
          disabled={dossier.status === 'working'}
          hint={t('exchange.dossier.drop')}
          fileButton={t('exchange.dossier.pick')}
          onFiles={(files) => void importDossier(files[0])}
        />
        {dossier.status === 'working' && (
          <p className="sx-working" role="status">
            {t('exchange.dossier.working')}
          </p>
        )}
        {dossier.result && <DossierOutcome result={dossier.result} />}
        {dossier.error && <ErrorNote message={dossier.error} />}
        {dossier.code === 'untrusted_key' && <TrustKeyButton message={dossier.error ?? ''} />}
      </div>
    </section>
  );
}
