import { useTranslation } from 'react-i18next';
import '../../styles/comments-agenda.css';

/** "3 góp ý" on an agenda item or document (from main's counts; nothing when there are none). */
export function CommentCount({ count, scope }: { count: number; scope: 'item' | 'document' }) {
  const { t } = useTranslation();
  if (count <= 0) return null;
  return (
    <span className={`comment-count comment-count-${scope}`} data-count={count}>
      <span className="comment-icon" aria-hidden="true" />
      {t('comments.count', { count })}
    </span>
  );
}
