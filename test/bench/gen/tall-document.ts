/**
 * Adds one 3,000-block document (in an agenda item of its own) to a copy of the large database,
 * for the reader measurement in Chromium: the large session's 3,000 blocks are spread over six
 * documents, and the target is for a single 3,000-block document.
 */
import { join } from 'node:path';
import { DATABASE_FILE } from '../../../main/core/context';
import { openDatabase } from '../../../main/core/db/database';
import { insertAgendaItem, insertDocument } from '../../../main/core/db/repos/dossier';
import { loadCorpus } from './corpus';
import { generateBlocks } from './documents';
import { Random } from './random';

export const TALL_BLOCKS = 3000;

export function addTallDocument(dataDir: string, sessionId: string): { documentId: string; lastBlockId: string } {
  const documentId = 'quy-che-tong-hop-3000';
  const blocks = generateBlocks(loadCorpus(), new Random(3000), documentId, 'du_thao_nghi_quyet', TALL_BLOCKS);
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    db.transaction(() => {
      insertAgendaItem(db, {
        id: 'quy-che-tong-hop',
        sessionId,
        day: '2024-07-11',
        sitting: 'chieu',
        order: 99,
        time: '15:00',
        title: 'Dự thảo Quy chế tổng hợp (tài liệu 3.000 đoạn, cho đo hiệu năng)',
        presenter: 'Thường trực HĐND tỉnh',
        kind: 'thao_luan',
      });
      insertDocument(
        db,
        {
          id: documentId,
          itemId: 'quy-che-tong-hop',
          position: 0,
          kind: 'du_thao_nghi_quyet',
          issuer: 'Thường trực HĐND tỉnh Quảng Ninh',
          numberSymbol: null,
          date: '2024-06-30',
          title: 'Dự thảo Quy chế tổng hợp',
          illustrative: true,
          sourceName: null,
          sourceSha256: null,
          blocks,
        },
        '2024-07-01T08:00:00.000Z',
      );
    })();
  } finally {
    db.close();
  }
  return { documentId, lastBlockId: blocks[blocks.length - 1].id };
}
