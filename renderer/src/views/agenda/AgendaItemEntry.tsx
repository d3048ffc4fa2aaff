import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/types';
import { CommentCount } from '../../comments/agenda/CommentCount';
import { GeneralCommentButton } from '../../comments/reader/GeneralCommentButton';
import { AgendaDocumentLink } from './AgendaDocumentLink';

interface Props {
  item: AgendaItem;
  openDocumentId: string | null;
  onOpen(documentId: string): void;
}

export function AgendaItemEntry({ item, openDocumentId, onOpen }: Props) {
  const { t } = useTranslation();
  return (
    <li className="agenda-item">
      <div className="agenda-item-head">
        <span className="agenda-order">
          <span className="visually-hidden">{t('agenda.itemLabel')} </span>
          {item.order}
        </span>
        {item.time && <time className="agenda-time">{item.time}</time>}
      </div>
      <div className="agenda-item-body">
        <p className="agenda-item-title">{item.title}</p>
        <p className="agenda-presenter">{t('agenda.presenter', { name: item.presenter })}</p>
        <div className="agenda-item-comments">
          <CommentCount count={item.commentCount} scope="item" />
          <GeneralCommentButton itemId={item.id} documentId={null} itemOrder={item.order} variant="agenda" />
        </div>
        {item.documents.length > 0 && (
          <ul className="agenda-docs" aria-label={t('agenda.documentsOf', { order: item.order })}>
            {item.documents.map((d) => (
              <li key={d.id}>
                <AgendaDocumentLink document={d} current={d.id === openDocumentId} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}
