import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentSummary } from '../../../../shared/domain/types';
import { CommentCount } from '../../comments/agenda/CommentCount';
import { hrefFor } from '../../routing/route';
import { SampleBadge } from '../../components/SampleBadge';

interface Props {
  document: DocumentSummary;
  current: boolean;
  onOpen(documentId: string): void;
}

/** A document of an agenda item: kind, title, number and symbol; opens the reader. */
export function AgendaDocumentLink({ document, current, onOpen }: Props) {
  const { t } = useTranslation();
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen(document.id);
  };
  return (
    <a
      className="agenda-doc"
      href={hrefFor({ name: 'doc', documentId: document.id, blockId: null })}
      aria-current={current ? 'page' : undefined}
      data-document-id={document.id}
      onClick={open}
    >
      <span className="agenda-doc-kind">{t(`documentKind.${document.kind}`)}</span>
      <span className="agenda-doc-title">{document.title}</span>
      <span className="agenda-doc-meta">
        {document.numberSymbol && (
          <span className="agenda-doc-number">{t('document.numberSymbol', { value: document.numberSymbol.trim() })}</span>
        )}
        {document.illustrative && <SampleBadge variant="tag" />}
        <CommentCount count={document.commentCount} scope="document" />
      </span>
    </a>
  );
}
