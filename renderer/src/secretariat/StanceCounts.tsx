import { useTranslation } from 'react-i18next';
import { STANCES, type Stance } from '../../../shared/domain/comments';
import type { StanceCounts as Counts } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { selectLocale, useSettings } from '../api/settings';

/** "Tán thành 3 · Không tán thành 1 · Ý kiến khác 0": words and numbers, colour only as an extra. */
export function StanceCounts({ counts, label }: { counts: Counts; label: string }) {
  const { t } = useTranslation();
  const locale = useSettings(selectLocale);
  return (
    <ul className="sx-stance-counts" aria-label={label}>
      {STANCES.map((stance) => (
        <li key={stance} className={`sx-stance-count sx-stance-${stance}${counts[stance] === 0 ? ' is-zero' : ''}`}>
          <span className="sx-stance-count-name">{t(`compile.stance.${stance}`)}</span>{' '}
          <span className="sx-stance-count-value">{formatNumber(counts[stance], locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The stance of one comment, as a tag. */
export function StanceTag({ stance }: { stance: Stance }) {
  const { t } = useTranslation();
  return <span className={`sx-stance-tag sx-stance-${stance}`}>{t(`compile.stance.${stance}`)}</span>;
}
