import { STANCES, type Stance } from '../../../shared/domain/comments';
import type { StanceCounts as Counts } from '../../../shared/domain/compile';
import { formatNumber } from '../i18n/format';
import { useCompileText } from './compileText';

/** "Tán thành 3 · Không tán thành 1 · Ý kiến khác 0": words and numbers, colour only as an extra. */
export function StanceCounts({ counts, label }: { counts: Counts; label: string }) {
  const { locale, stanceName } = useCompileText();
  return (
    <ul className="sx-stance-counts" aria-label={label}>
      {STANCES.map((stance) => (
        <li key={stance} className={`sx-stance-count sx-stance-${stance}${counts[stance] === 0 ? ' is-zero' : ''}`}>
          <span className="sx-stance-count-name">{stanceName[stance]}</span>{' '}
          <span className="sx-stance-count-value">{formatNumber(counts[stance], locale)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The stance of one comment, as a tag. */
export function StanceTag({ stance }: { stance: Stance }) {
  const { stanceName } = useCompileText();
  return <span className={`sx-stance-tag sx-stance-${stance}`}>{stanceName[stance]}</span>;
}
