import { useTranslation } from 'react-i18next';
import type { Comment, Note } from '../../../../shared/domain/comments';
import { lineLabel } from '../shared/PassageContext';
import { stanceClass } from '../shared/stance';
import type { LineMarker } from './marks';
import { goToComment, goToNote } from './navigate';

const openComment = (comment: Comment) => goToComment(comment, { focusCard: true });
const openNote = (note: Note) => goToNote(note, { focusCard: true });

/**
 * The markers in the right margin at the first line of a passage: one for the user's comments
 * (coloured by stance, with a count), one in its own style for private notes. Each opens its card.
 */
export function LineMarkers({ marker }: { marker: LineMarker }) {
  const { t } = useTranslation();
  const lines = lineLabel(t, marker.line, marker.lineLast);
  const { comments, notes } = marker;
  const stances = [...new Set(comments.map((c) => t(`comments.stance.${c.stance}`)))].join(', ');
  return (
    <span className="line-marks">
      {comments.length > 0 && (
        <button
          type="button"
          className={`margin-marker comment-marker ${stanceClass(comments[0].stance)}`}
          data-count={comments.length > 1 ? comments.length : undefined}
          aria-label={t('comments.marker.comments', { count: comments.length, lines, stances })}
          title={t('comments.marker.comments', { count: comments.length, lines, stances })}
          onClick={() => openComment(comments[0])}
        />
      )}
      {notes.length > 0 && (
        <button
          type="button"
          className="margin-marker note-marker"
          data-count={notes.length > 1 ? notes.length : undefined}
          aria-label={t('comments.marker.notes', { count: notes.length, lines })}
          title={t('comments.marker.notes', { count: notes.length, lines })}
          onClick={() => openNote(notes[0])}
        />
      )}
    </span>
  );
}
