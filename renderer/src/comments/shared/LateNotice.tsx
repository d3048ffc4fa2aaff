import { useTranslation } from 'react-i18next';
import { useDeadline } from '../../secretariat/useDeadline';

/**
 * After the comment deadline: says so where a delegate writes and exports, and that the comment
 * still goes through, marked late. Never blocks anything.
 */
export function LateNotice({ at }: { at: 'form' | 'export' }) {
  const { t } = useTranslation();
  const deadline = useDeadline();
  if (!deadline?.past) return null;
  return (
    <p className="late-notice" role="note">
      <strong>{t('late.title', { when: deadline.when })}</strong> {t(at === 'form' ? 'late.form' : 'late.export')}
    </p>
  );
}
