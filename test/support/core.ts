import { ensureInstallationKey, PLAIN_BOX } from '../../main/core/crypto/keys';
import { CoreEvents } from '../../main/core/events/emitter';
import { exportsFolderDoor } from '../../main/core/files';
import type { CoreContext } from '../../main/core/context';
import { CommentImporter } from '../../main/core/workers/comment-import';
import { freshDb, insertTextDocument } from './db';
import { RESOURCES_DIR } from './temp';

/** A core context over a fresh database holding one small document. */
export function testContext(text = 'Điều 1. Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.'): CoreContext {
  const { db, file } = freshDb();
  insertTextDocument(db, text);
  const dataDir = file.replace(/\/[^/]+$/u, '');
  ensureInstallationKey(db, PLAIN_BOX);
  const ctx: CoreContext = {
    db,
    dbFile: file,
    secrets: PLAIN_BOX,
    files: exportsFolderDoor(dataDir),
    dataDir,
    resourcesDir: RESOURCES_DIR,
    version: 'test',
    imports: new CommentImporter(),
    events: new CoreEvents(),
    close: () => {
      void ctx.imports.close();
      ctx.db.close();
    },
  };
  return ctx;
}
