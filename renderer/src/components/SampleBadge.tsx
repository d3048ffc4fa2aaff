import { useTranslation } from 'react-i18next';

/** "Hồ sơ mẫu": marks the sample dossier (in the header) or an illustrative document (a tag). */
export function SampleBadge({ variant = 'badge' }: { variant?: 'badge' | 'tag' }) {
  const { t } = useTranslation();
  return (
    <span className={variant === 'badge' ? 'sample-badge' : 'sample-tag'}>
      {t(variant === 'badge' ? 'header.sample' : 'agenda.sampleTag')}
    </span>
  );
}
