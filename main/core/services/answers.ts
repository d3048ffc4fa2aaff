/** The secretariat's answers: Tiếp thu / Giải trình / Ghi nhận with a text, for one comment or a group. */
import type { AnswerKind } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getComment } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import { readAnswersTo, saveAnswer } from '../db/repos/packages';
import { readIdentity } from '../db/repos/roster';
import type { Answer } from '../../../shared/domain/comments';
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
      saveAnswer(db, id, input.kind, input.text, now, comment.revision);
    }
    return { answered: new Set(input.commentIds).size };
  })();
}

/** The answers to this installation's own comments in the current session (a dossier brought them). */
export function listAnswers(db: Db): Answer[] {
  const session = currentSession(db);
  const identity = readIdentity(db);
  return session && identity ? readAnswersTo(db, session.id, identity.authorId) : [];
}
