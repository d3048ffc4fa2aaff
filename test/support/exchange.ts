import { readFileSync } from 'node:fs';
import { openCore, type CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { SavedFile } from '../../shared/domain/packages';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from './temp';

export const ITEM = 'hop-nhat-to-chuc-noi-vu';
export const DE_AN = 'de-an-hop-nhat-to-chuc-noi-vu';
export const DU_THAO = 'dtnq-hop-nhat-to-chuc-noi-vu';

export async function call<T>(ctx: CoreContext, channel: Channel, payload?: unknown): Promise<T> {
  const result = await dispatch(ctx, channel, payload);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

export function openInstallation(dataDir = tempDir()): CoreContext {
  return openCore({ dataDir, resourcesDir: RESOURCES_DIR });
}

/** A delegate's installation with some comments on the Đề án and the draft resolution. */
export async function delegateWithComments(rosterId: string, texts: string[]): Promise<CoreContext> {
  const ctx = openInstallation();
  await call(ctx, CHANNELS.identitySet, { rosterId });
  const blocks = ctx.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind = 'paragraph' ORDER BY position LIMIT 5")
    .all(DE_AN) as Array<{
    id: string;
    text: string;
  }>;
  for (const [i, text] of texts.entries()) {
    const block = blocks[i % blocks.length];
    const quote = block.text.slice(0, 20);
    await call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: DE_AN,
      anchor: { blockId: block.id, start: 0, end: quote.length, quote },
      stance: (['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'] as const)[i % 3],
      text,
      proposedText: i % 2 ? `${quote} (sửa)` : null,
    });
  }
  return ctx;
}

export async function exportCommentsFile(ctx: CoreContext): Promise<{ name: string; data: Buffer }> {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportComments);
  return { name: saved.fileName, data: readFileSync(saved.path) };
}

export const asUpload = (f: { name: string; data: Buffer }) => ({ name: f.name, dataBase64: f.data.toString('base64') });

/** Everything the comment-related tables hold, to compare states byte for byte. */
export function commentTables(ctx: CoreContext): unknown {
  return ['comments', 'comment_revisions', 'answers', 'pinned_keys', 'imported_packages'].map((t) =>
    ctx.db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all(),
  );
}
