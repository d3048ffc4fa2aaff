import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/format';
import { draftKeyOf, selectComposer, usePanelStore, type ComposerTarget } from '../../stores/commentsPanelStore';
import { cachedComment } from '../../api/comments';
import { useStoredDrafts } from '../../api/drafts';
import { selectLocale, useSettings } from '../../api/settings';
import { parseDraft } from '../form/draftPayload';
import { resume } from './resume';

const SHOWN = 4;

/** The quoted passage a draft is about, when it has one. */
function quoteOf(target: ComposerTarget): string | null {
  if (target.mode === 'new') return target.passage?.quote ?? null;
  if (target.kind === 'comment') return cachedComment(target.commentId)?.anchor?.quote ?? null;
  return null;
}

/**
 * "Bạn có bản nháp chưa lưu": drafts left when the window closed (or crashed), offered again at
 * start, each with "Tiếp tục viết". Drafts of the form open right now are not listed.
 */
export function DraftsNotice() {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const { drafts } = useStoredDrafts();
  const composer = usePanelStore(selectComposer);
  const [dismissed, setDismissed] = useState(false);
  const openKey = composer ? draftKeyOf(composer) : null;
  const entries = useMemo(
    () =>
      Object.values(drafts)
        .filter((d) => d.key !== openKey)
        .map((d) => ({ draft: d, parsed: parseDraft(d.payload) }))
        .filter((e): e is { draft: (typeof e)['draft']; parsed: NonNullable<(typeof e)['parsed']> } => e.parsed !== null)
        .sort((a, b) => b.draft.updatedAt.localeCompare(a.draft.updatedAt)),
    [drafts, openKey],
  );
  if (dismissed || entries.length === 0) return null;
  return (
    <section className="notice drafts-notice" aria-labelledby="drafts-notice-title">
      <div className="notice-text">
        <h2 id="drafts-notice-title" className="notice-title">
          {t('drafts.title', { count: entries.length })}
        </h2>
        <ul className="drafts-list">
          {entries.slice(0, SHOWN).map(({ draft, parsed }) => (
            <li key={draft.key} className="drafts-entry">
              <span className="drafts-entry-text">
                <span className="drafts-entry-line">
                  <strong>{t(`drafts.kind.${parsed.target.kind}${parsed.target.mode === 'edit' ? 'Edit' : ''}`)}</strong>
                  <span className="drafts-entry-time">
                    {' '}
                    · {t('drafts.savedAt', { time: formatDateTime(draft.updatedAt, locale) })}
                  </span>
                </span>
                <span className="drafts-entry-line drafts-entry-detail">
                  {quoteOf(parsed.target) && <q className="drafts-entry-quote">{quoteOf(parsed.target)}</q>}
                  {quoteOf(parsed.target) && parsed.title && ' — '}
                  {parsed.title}
                </span>
              </span>
              <button type="button" className="button button-small" onClick={() => resume(parsed.target)}>
                {t('drafts.resume')}
              </button>
            </li>
          ))}
        </ul>
        {entries.length > SHOWN && <p className="drafts-more">{t('drafts.more', { count: entries.length - SHOWN })}</p>}
      </div>
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => setDismissed(true)}>
          {t('drafts.later')}
        </button>
      </div>
    </section>
  );
}
