import { join } from 'node:path';
import { openDatabase, type Db } from '../../main/core/db/database';
import { insertAgendaItem, insertDocument, insertSession } from '../../main/core/db/repos/dossier';
import { toNumberedBlocks } from '../../main/core/services/blocks';
import { parsePlainText, recogniseStructure } from '../../shared/text/structure';
import { tempDir } from './temp';

/** A fresh migrated database in a temporary folder. */
export function freshDb(): { db: Db; file: string } {
  const file = join(tempDir(), 'test.sqlite');
  return { db: openDatabase(file), file };
}

/** Inserts a session with one agenda item holding one document made from plain text. */
export function insertTextDocument(db: Db, text: string, id = 'doc-1'): void {
  const now = '2019-12-01T00:00:00.000Z';
  db.transaction(() => {
    insertSession(
      db,
      {
        id: 's1',
        council: 'Hội đồng nhân dân tỉnh Thử',
        councilShort: 'HĐND tỉnh Thử',
        term: 'khóa I',
        name: 'Kỳ họp thử',
        place: 'Nơi họp',
        startDate: '2019-12-06',
        endDate: '2019-12-07',
        commentDeadline: null,
        isSample: false,
        rosterIllustrative: false,
      },
      now,
    );
    insertAgendaItem(db, {
      id: 'item-1',
      sessionId: 's1',
      day: '2019-12-06',
      sitting: 'sang',
      order: 1,
      time: '08:00',
      title: 'Mục thử',
      presenter: 'UBND',
      kind: 'to_trinh',
    });
    insertDocument(
      db,
      {
        id,
        itemId: 'item-1',
        position: 0,
        kind: 'de_an',
        issuer: null,
        numberSymbol: null,
        date: null,
        title: 'Đề án thử',
        illustrative: false,
        sourceName: null,
        sourceSha256: null,
        blocks: toNumberedBlocks(recogniseStructure(parsePlainText(text)), (p) => `${id}-${p}`),
      },
      now,
    );
  })();
}
