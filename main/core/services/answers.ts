/** The secretariat's answers: Tiếp thu / Giải trình / Ghi nhận with a text, for one comment or a group. */
import type { AnswerKind } from '../../../shared/domain/comments';
import type { Db } from '../db/database';
import { getComment } from '../db/repos/comments';
import { currentSession } from '../db/repos/dossier';
import { readAnswersTo, saveAnswer } from '../db/repos/packages';
import { readIdentity } from '../db/repos/roster';
import { readAdoptionsTo } from '../db/repos/wording-adoptions';
import type { Answer } from '../../../shared/domain/comments';
import { AppError } from '../errors';
import {
  acceptCommentWording,
  checkWordingChoice,
  DELETED_COMMENT,
  withdrawEarlierAcceptance,
  type WordingChoice,
} from './revision-accept';

export function answerComments(
  db: Db,
  input: { commentIds: string[]; kind: AnswerKind; text: string } & WordingChoice,
  now: string = new Date().toISOString(),
): { answered: number; changeId?: string } {
  const session = currentSession(db);
  checkWordingChoice(input);
  return db.transaction(() => {
    let changeId: string | undefined;
    for (const id of new Set(input.commentIds)) {
      const comment = getComment(db, id);
      if (!comment || comment.sessionId !== session?.id || comment.deleted) {
        throw new AppError('not_found', input.acceptWording && comment?.deleted ? DELETED_COMMENT : 'answer.comment_gone');
      }
      saveAnswer(db, id, input.kind, input.text, now, comment.revision);
      // The answer is the whole statement: it replaces what an earlier answer put in the revised draft.
      withdrawEarlierAcceptance(db, id);
      if (input.acceptWording) changeId = acceptCommentWording(db, comment, input, now);
    }
    return { answered: new Set(input.commentIds).size, ...(changeId ? { changeId } : {}) };
  })();
}

/** The answers to this installation's own comments in the current session (a dossier brought them). */
export function listAnswers(db: Db): Answer[] {
  const session = currentSession(db);
  const identity = readIdentity(db);
  if (!session || !identity) return [];
  // A dossier also says which of these comments' wordings a revised version took (dự thảo chỉnh lý).
  const adoptions = readAdoptionsTo(db, session.id, identity.authorId);
  return readAnswersTo(db, session.id, identity.authorId).map((a) => {
    const adoption = adoptions.get(a.commentId);
    return adoption ? { ...a, adoption } : a;
  });
}
