import { useTranslation } from 'react-i18next';
import { INTL_LOCALE } from '../../i18n';
import { selectDraftFailure, selectSavedAt, useDraftsStore } from '../../stores/draftsStore';
import { selectLocale, useSettings } from '../../api/settings';

function clock(iso: string, locale: 'vi' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // The same wall clock as every other time in the app (see formatDateTime).
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date);
}

/** "Đã lưu nháp lúc 14:03:22" (or "Đã khôi phục bản nháp lúc …"), announced politely. */
export function DraftStatus({ draftKey, restoredAt }: { draftKey: string; restoredAt: string | null }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  const savedAt = useDraftsStore(selectSavedAt(draftKey));
  const failure = useDraftsStore(selectDraftFailure(draftKey));
  let text = '';
  if (failure) text = t('comments.draft.failed', { message: failure });
  else if (savedAt) text = t('comments.draft.saved', { time: clock(savedAt, locale) });
  else if (restoredAt) text = t('comments.draft.restored', { time: clock(restoredAt, locale) });
  return (
    <p className={`draft-status${failure ? ' is-failed' : ''}`} aria-live="polite">
      {text}
    </p>
  );
}
