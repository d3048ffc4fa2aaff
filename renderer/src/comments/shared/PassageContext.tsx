import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, DocumentSummary } from '../../../../shared/domain/types';
import { selectItems, useAgenda } from '../../api/agenda';

/** "dòng 12" / "dòng 12–15". */
export function lineLabel(t: TFunction, first: number, last: number): string {
  return first === last ? t('comments.line', { line: first }) : t('comments.lines', { first, last });
}

export interface Where {
  item: AgendaItem | null;
  document: DocumentSummary | null;
}

/** The agenda item and document a comment belongs to, from the agenda already loaded. */
export function useWhere(itemId: string | null, documentId: string | null): Where {
  const items = useAgenda(selectItems);
  const item =
    items.find((i) => i.id === itemId) ??
    (documentId ? items.find((i) => i.documents.some((d) => d.id === documentId)) : null) ??
    null;
  const document = (documentId && item?.documents.find((d) => d.id === documentId)) || null;
  return { item, document };
}

interface PassageLike {
  quote: string;
  path: string | null;
  lineFirst: number;
  lineLast: number;
}

interface Props {
  itemId: string | null;
  documentId: string | null;
  passage: PassageLike | null;
  /** Show the document (or item) the comment is about; off where it is obvious. */
  showDocument?: boolean;
  quoteId?: string;
}

/** Where a comment points: document, lines and structural path, and the quoted passage. */
export function PassageContext({ itemId, documentId, passage, showDocument = true, quoteId }: Props) {
  const { t } = useTranslation();
  const { item, document } = useWhere(itemId, documentId);
  return (
    <div className="passage-context">
      {showDocument && (
        <p className="passage-where">
          {document ? (
            <>
              <span className="passage-kind">{t(`documentKind.${document.kind}`)}</span> {document.title}
            </>
          ) : (
            item && t('comments.aboutItem', { title: item.title })
          )}
        </p>
      )}
      {passage ? (
        <>
          <p className="passage-lines">
            {lineLabel(t, passage.lineFirst, passage.lineLast)}
            {passage.path && (
              <>
                <span className="sep" aria-hidden="true">
                  ·
                </span>
                {passage.path}
              </>
            )}
          </p>
          <blockquote id={quoteId} className="passage-quote">
            {passage.quote}
          </blockquote>
        </>
      ) : (
        <p className="passage-general">{t(document ? 'comments.generalDocument' : 'comments.generalItem')}</p>
      )}
    </div>
  );
}
