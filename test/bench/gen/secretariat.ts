/**
 * The large database: the secretariat's copy of the session with all 100 packages imported
 * (importCommentPackage, the code the import worker runs) and answers on half of the comments.
 */
import { ANSWER_KINDS } from '../../../shared/domain/comments';
import { openCore } from '../../../main/core/context';
import { importCommentPackage } from '../../../main/core/packages/comment-package';
import { answerComments } from '../../../main/core/services/answers';
import { setIdentity } from '../../../main/core/services/identity';
import { RESOURCES_DIR } from '../paths';
import { loadCorpus, paragraph } from './corpus';
import type { PackageFile } from './packages';
import { Random } from './random';

const ANSWER_GROUP = 500;

export function buildSecretariatDatabase(
  dataDir: string,
  packages: readonly PackageFile[],
  seed = 11,
): { comments: number; answered: number } {
  const random = new Random(seed);
  const corpus = loadCorpus();
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  try {
    setIdentity(ctx.db, { name: 'Văn phòng Đoàn ĐBQH và HĐND tỉnh', delegation: 'Văn phòng', role: 'thu_ky' });
    for (const file of packages) {
      const outcome = importCommentPackage(ctx.db, file.data, file.name);
      if (outcome.status !== 'imported') throw new Error(`${file.name}: ${outcome.status}`);
    }
    const ids = (ctx.db.prepare('SELECT id FROM comments ORDER BY id').pluck().all() as string[]).filter((_, i) => i % 2 === 0);
    for (let i = 0; i < ids.length; i += ANSWER_GROUP) {
      const kind = ANSWER_KINDS[(i / ANSWER_GROUP) % ANSWER_KINDS.length];
      answerComments(ctx.db, { commentIds: ids.slice(i, i + ANSWER_GROUP), kind, text: paragraph(corpus, random, 2) });
    }
    const comments = ctx.db.prepare('SELECT count(*) FROM comments').pluck().get() as number;
    return { comments, answered: ids.length };
  } finally {
    ctx.close();
  }
}
