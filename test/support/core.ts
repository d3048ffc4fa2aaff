import type { CoreContext } from '../../main/core/context';
import { freshDb, insertTextDocument } from './db';
import { RESOURCES_DIR } from './temp';

/** A core context over a fresh database holding one small document. */
export function testContext(text = 'Điều 1. Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ.'): CoreContext {
  const { db, file } = freshDb();
  insertTextDocument(db, text);
  return { db, dataDir: file.replace(/\/[^/]+$/u, ''), resourcesDir: RESOURCES_DIR, version: 'test', close: () => db.close() };
}
