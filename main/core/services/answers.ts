/** The secretariat's answers: Tiếp thu / Giải trình / Ghi nhận with a text, for one comment or a group. */
import type { AnswerKind } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getComment } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import { saveAnswer } from '../db/repos/packages';
import { AppError } from '../errors';

export function answerComments(
  db: Db,
  input: { commentIds: string[]; kind: AnswerKind; text: string },
  now: string = new Date().toISOString(),
): { answered: number } {
  const session = currentSession(db);
  return db.transaction(() => {
    for (const id of new Set(input.commentIds)) {
      const comment = getComment(db, id);
      if (!comment || comment.sessionId !== session?.id || comment.deleted) {
        throw new AppError('not_found', 'Một góp ý trong nhóm không còn tồn tại; chưa trả lời góp ý nào.');
      }
      saveAnswer(db, id, input.kind, input.text, now);
    }
    return { answered: new Set(input.commentIds).size };
  })();
}
