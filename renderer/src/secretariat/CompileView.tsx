import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PdfExportPanel } from '../pdf/PdfExportPanel';
import { formatNumber } from '../i18n/format';
import { useCompileStore, useCompiledView } from '../stores/compileStore';
import { selectLocale, useSettings } from '../api/settings';
import '../styles/secretariat-compile.css';
import '../styles/secretariat-comments.css';
import '../styles/word-marks.css';
import { AnswerBar, focusAnswerForm } from './AnswerBar';
import { CompiledList } from './CompiledList';
import { CompileFilters } from './CompileFilters';
import { CompileSummary } from './CompileSummary';
import { CompileTextContext, useCompileTextValue } from './compileText';
import { DelegatesPanel } from './DelegatesPanel';
import { ReportSettingsForm } from './ReportSettingsForm';
import { ErrorNote } from './SavedFileNote';
import { tabPanelProps, Tabs } from './Tabs';

type Tab = 'comments' | 'delegates';
const TABS_ID = 'compile';

/** Ctrl+Enter on a comment (its checkbox) goes to the answer form, past the rest of the list. */
function toAnswerForm(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  const target = event.target as HTMLElement;
  if (target.closest('.sx-answer-bar') || useCompileStore.getState().selected.size === 0) return;
  if (focusAnswerForm()) event.preventDefault();
}

/** "Tổng hợp góp ý": every delegate's comments per document and passage, answers, who has sent. */
export function CompileView() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const text = useCompileTextValue();
  const { compiled, status, error: loadError } = useCompiledView();
  const view = compiled?.view ?? null;
  // Counted by main over the whole filtered compilation, not over the rows loaded so far.
  const shown = view?.totals.comments ?? 0;
  const sizes = view?.window?.sizes ?? [];
  const error = useCompileStore((s) => s.error) ?? loadError;
  const [tab, setTab] = useState<Tab>('comments');

  const sent = view ? `${formatNumber(view.totals.delegatesSent, locale)}/${formatNumber(view.totals.delegates, locale)}` : '';
  return (
    <CompileTextContext.Provider value={text}>
      <section className="sx-view sx-compile-view" aria-labelledby="compile-heading" aria-busy={status === 'loading'}>
        <h1 id="compile-heading" className="view-heading" tabIndex={-1}>
          {t('compile.heading')}
        </h1>
        <p className="sx-lead">{t('compile.lead')}</p>
        {error && <ErrorNote message={error} />}
        {!view && status === 'loading' && <p role="status">{t('compile.loading')}</p>}
        {view && (
          <>
            <CompileSummary view={view} />
            <ReportSettingsForm />
            <PdfExportPanel kind="report" label={t('pdf.report')} wordLabel={t('pdf.reportWord')} />
            <Tabs<Tab>
              idPrefix={TABS_ID}
              label={t('compile.tabs')}
              active={tab}
              onChange={setTab}
              tabs={[
                { key: 'comments', label: t('compile.tab.comments') },
                { key: 'delegates', label: t('compile.tab.delegates', { sent }) },
              ]}
            />
            <div className="sx-tab-panel" {...tabPanelProps(TABS_ID, 'comments', tab)} onKeyDown={toAnswerForm}>
              <CompileFilters />
              <p className="sx-compile-status" role="status">
                {status === 'loading'
                  ? t('compile.loading')
                  : shown === view.totals.allComments
                    ? t('compile.shown', { count: shown, formatted: formatNumber(shown, locale) })
                    : t('compile.shownOf', {
                        count: view.totals.allComments,
                        shown: formatNumber(shown, locale),
                        formatted: formatNumber(view.totals.allComments, locale),
                      })}
              </p>
              {sizes.length === 0 ? <p className="sx-compile-empty">{t('compile.empty')}</p> : <CompiledList sizes={sizes} />}
              <AnswerBar />
            </div>
            <div className="sx-tab-panel" {...tabPanelProps(TABS_ID, 'delegates', tab)}>
              {/* 500 delegates' rows: built only when the tab is open, not with the first comments. */}
              {tab === 'delegates' && <DelegatesPanel />}
            </div>
          </>
        )}
      </section>
    </CompileTextContext.Provider>
  );
}
