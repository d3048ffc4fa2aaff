import { useTranslation } from 'react-i18next';
import { startComposing } from '../form/compose';

interface Props {
  itemId: string;
  /** Null for a comment on the agenda item as a whole. */
  documentId: string | null;
  /** The item's number, to tell the agenda's buttons apart for screen readers. */
  itemOrder?: number;
  variant?: 'header' | 'agenda';
}

/** "Góp ý chung": a comment on a whole document or agenda item, not tied to a passage. */
export function GeneralCommentButton({ itemId, documentId, itemOrder, variant = 'header' }: Props) {
  const { t } = useTranslation();
  const label = documentId ? t('comments.general.document') : t('comments.general.item');
  return (
    <button
      type="button"
      className={`general-comment-button general-comment-${variant}`}
      aria-label={itemOrder !== undefined ? t('comments.general.itemNumbered', { order: itemOrder }) : undefined}
      onClick={() => startComposing({ kind: 'comment', mode: 'new', itemId, documentId, passage: null })}
    >
      <span className="comment-icon" aria-hidden="true" />
      {label}
    </button>
  );
}
