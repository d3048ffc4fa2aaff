import { useTranslation } from 'react-i18next';
import { hrefFor } from '../routing/route';
import { selectIsSecretariat, useOffice } from '../api/office';
// Its style is the revised draft's; imported here too, as that screen loads on demand (routing/screens.tsx).
import '../styles/revised.css';

/** "Dự thảo chỉnh lý" of a document, for the secretariat (from the compilation and the reader). */
export function RevisedDraftLink({ documentId, title }: { documentId: string; title?: string }) {
  const { t } = useTranslation();
  const secretariat = useOffice(selectIsSecretariat);
  if (!secretariat) return null;
  return (
    <a
      className="sx-button rv-link"
      href={hrefFor({ name: 'revised', documentId })}
      aria-label={title ? t('revised.linkFor', { title }) : undefined}
    >
      {t('revised.link')}
    </a>
  );
}
