/**
 * An archive of 300,000 blocks: the documents of 60 sessions over three terms (khóa XII–XIV),
 * 5,000 blocks each, written with insertDocument in one transaction per session.
 */
import { join } from 'node:path';
import type { DocumentKind } from '../../../shared/domain/types';
import { DATABASE_FILE } from '../../../main/core/context';
import { openDatabase } from '../../../main/core/db/database';
import { insertAgendaItem, insertDocument, insertSession } from '../../../main/core/db/repos/dossier';
import { heading, loadCorpus } from './corpus';
import { generateBlocks } from './documents';
import { Random } from './random';

export const ARCHIVE_SESSIONS = 60;
/** Blocks per document of a session: 5,000 in all. */
const DOCUMENT_SIZES = [1200, 900, 700, 600, 500, 400, 300, 200, 120, 80];
const KINDS: DocumentKind[] = ['de_an', 'du_thao_nghi_quyet', 'bao_cao', 'to_trinh', 'bao_cao_tham_tra'];
const TERMS = ['khóa XII', 'khóa XIII', 'khóa XIV'];

export const ARCHIVE_BLOCKS = ARCHIVE_SESSIONS * DOCUMENT_SIZES.reduce((a, b) => a + b, 0);

export function generateArchive(dataDir: string, seed = 300): { blocks: number } {
  const random = new Random(seed);
  const corpus = loadCorpus();
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  let blocks = 0;
  try {
    for (let s = 0; s < ARCHIVE_SESSIONS; s++) {
      const year = 2008 + Math.floor(s / 4);
      const sessionId = `archive-${String(s + 1).padStart(2, '0')}`;
      const created = new Date(Date.UTC(year, (s % 4) * 3, 1)).toISOString();
      const docs = DOCUMENT_SIZES.map((size, d) => {
        const kind = KINDS[d % KINDS.length];
        const id = `${sessionId}-doc-${d + 1}`;
        return {
          id,
          kind,
          itemId: `${sessionId}-item-${Math.floor(d / 2) + 1}`,
          blocks: generateBlocks(corpus, random, id, kind, size),
        };
      });
      db.transaction(() => {
        insertSession(
          db,
          {
            id: sessionId,
            council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
            councilShort: 'HĐND tỉnh Quảng Ninh',
            term: TERMS[Math.floor((s * TERMS.length) / ARCHIVE_SESSIONS)],
            name: `Kỳ họp thứ ${(s % 20) + 1} năm ${year}`,
            place: 'Thành phố Hạ Long',
            startDate: `${year}-07-10`,
            endDate: `${year}-07-12`,
            commentDeadline: null,
            isSample: false,
            rosterIllustrative: false,
          },
          created,
        );
        for (let i = 0; i < DOCUMENT_SIZES.length / 2; i++) {
          insertAgendaItem(db, {
            id: `${sessionId}-item-${i + 1}`,
            sessionId,
            day: `${year}-07-10`,
            sitting: i % 2 ? 'chieu' : 'sang',
            order: i + 1,
            time: null,
            title: heading(corpus, random),
            presenter: 'Ủy ban nhân dân tỉnh',
            kind: 'to_trinh',
          });
        }
        docs.forEach((doc, position) => {
          insertDocument(
            db,
            {
              ...doc,
              position,
              issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
              numberSymbol: null,
              date: `${year}-06-30`,
              title: heading(corpus, random),
              illustrative: true,
              sourceName: null,
              sourceSha256: null,
            },
            created,
          );
          blocks += doc.blocks.length;
        });
      })();
    }
  } finally {
    db.close();
  }
  return { blocks };
}
