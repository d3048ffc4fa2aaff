/**
 * The delegates' comment packages, made with the real code: for each delegate, a new installation
 * key, the identity set through dispatch (identity:set), 200 comments anchored on random passages
 * (createComment, one transaction per delegate), then buildCommentPackage signed with that key.
 * One workspace database serves every delegate in turn; its comments are cleared between them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STANCES, type Stance } from '../../../shared/domain/comments';
import { CHANNELS } from '../../../shared/ipc/channels';
import { openCore } from '../../../main/core/context';
import { ensureInstallationKey, loadSigner, PLAIN_BOX } from '../../../main/core/crypto/keys';
import { dispatch } from '../../../main/core/dispatch';
import { buildCommentPackage } from '../../../main/core/packages/comment-package';
import { createComment, type CreateCommentInput } from '../../../main/core/services/comments';
import { RESOURCES_DIR } from '../paths';
import { commentText, loadCorpus, paragraph } from './corpus';
import { Random } from './random';
import type { GeneratedDocument, GeneratedSession } from './session';

export const COMMENTS_PER_DELEGATE = 200;

export interface PackageFile {
  name: string;
  data: Buffer;
}

interface Passage {
  doc: GeneratedDocument;
  blockId: string;
  text: string;
}

/** A word-aligned passage of 2–12 words of the block's text. */
function pickQuote(random: Random, text: string): { start: number; end: number } {
  const words = [...text.matchAll(/\S+/gu)].map((m) => [m.index, m.index + m[0].length] as const);
  const first = random.int(0, Math.max(0, words.length - 2));
  const last = Math.min(words.length - 1, first + random.int(1, 11));
  return { start: words[first][0], end: words[last][1] };
}

function commentInput(random: Random, passages: readonly Passage[], weights: readonly Stance[]): CreateCommentInput {
  const corpus = loadCorpus();
  const passage = random.pick(passages);
  const stance = random.pick(weights);
  if (random.chance(0.05)) {
    return { itemId: passage.doc.itemId, documentId: passage.doc.id, anchor: null, stance, text: paragraph(corpus, random, 2) };
  }
  const { start, end } = pickQuote(random, passage.text);
  const quote = passage.text.slice(start, end);
  return {
    itemId: passage.doc.itemId,
    documentId: passage.doc.id,
    anchor: { blockId: passage.blockId, start, end, quote },
    stance,
    text: commentText(corpus, random, quote),
    proposedText: stance === 'tan_thanh' || random.chance(0.6) ? null : `${quote} ${paragraph(corpus, random, 1)}`,
  };
}

/** Writes the packages into `outDir` and returns them; `workspaceDir` holds a copy of the session. */
export async function generatePackages(
  session: GeneratedSession,
  workspaceDir: string,
  outDir: string,
  seed = 7,
): Promise<PackageFile[]> {
  const random = new Random(seed);
  const passages: Passage[] = session.documents.flatMap((doc) =>
    doc.blocks.filter((b) => b.kind !== 'table_row' && b.text.length > 10).map((b) => ({ doc, blockId: b.id, text: b.text })),
  );
  // Most comments agree; the rest split between disagreement and other opinions.
  const weights: Stance[] = [...STANCES, 'tan_thanh', 'tan_thanh', 'y_kien_khac'];
  const ctx = openCore({ dataDir: workspaceDir, resourcesDir: RESOURCES_DIR });
  const files: PackageFile[] = [];
  try {
    for (const [index, delegate] of session.roster.entries()) {
      ctx.db.prepare('DELETE FROM installation_key').run();
      ensureInstallationKey(ctx.db, PLAIN_BOX);
      const set = await dispatch(ctx, CHANNELS.identitySet, { rosterId: delegate.id });
      if (!set.ok) throw new Error(`identity:set ${delegate.id}: ${set.error.message}`);
      const day = 1 + (index % 8);
      ctx.db.transaction(() => {
        for (let i = 0; i < COMMENTS_PER_DELEGATE; i++) {
          const at = new Date(Date.UTC(2024, 6, day, 1, 0, i)).toISOString();
          createComment(ctx.db, commentInput(random, passages, weights), at);
        }
      })();
      const exportedAt = new Date(Date.UTC(2024, 6, day, 9)).toISOString();
      const { bytes } = buildCommentPackage(ctx.db, loadSigner(ctx.db, PLAIN_BOX), exportedAt);
      const name = `gop-y_${session.sessionId}_${delegate.id}.gopy`;
      writeFileSync(join(outDir, name), bytes);
      files.push({ name, data: bytes });
      ctx.db.exec('DELETE FROM comment_revisions; DELETE FROM comments;');
    }
  } finally {
    ctx.close();
  }
  return files;
}
