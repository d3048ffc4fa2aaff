/**
 * The large session: 6 documents with 3,000 blocks in all over a realistic agenda, and a roster of
 * 100 delegates, written with the app's own repositories into a fresh database (no comments yet).
 */
import { join } from 'node:path';
import type { Block, DocumentKind, RosterEntry } from '../../../shared/domain/types';
import { DATABASE_FILE } from '../../../main/core/context';
import { openDatabase, type Db } from '../../../main/core/db/database';
import { insertAgendaItem, insertDocument, insertSession, type NewAgendaItem } from '../../../main/core/db/repos/dossier';
import { insertRosterEntry } from '../../../main/core/db/repos/roster';
import { loadCorpus } from './corpus';
import { generateBlocks } from './documents';
import { Random } from './random';
import { generateRoster } from './roster';

export const SESSION_ID = 'qn-hdnd-xiv-2024-giua-nam';
export const DELEGATES = 100;

export interface GeneratedDocument {
  id: string;
  itemId: string;
  kind: DocumentKind;
  title: string;
  blocks: Block[];
}

export interface GeneratedSession {
  sessionId: string;
  documents: GeneratedDocument[];
  roster: RosterEntry[];
}

type ItemSpec = Omit<NewAgendaItem, 'sessionId' | 'order'> & { docs: Array<[DocumentKind, string, number]> };

/** 6 documents, 3,000 blocks: sizes as uneven as a real dossier's. */
const AGENDA: ItemSpec[] = [
  {
    id: 'khai-mac',
    day: '2024-07-10',
    sitting: 'sang',
    time: '08:00',
    title: 'Khai mạc kỳ họp',
    presenter: 'Chủ tịch HĐND tỉnh',
    kind: 'khai_mac',
    docs: [],
  },
  {
    id: 'kinh-te-xa-hoi',
    day: '2024-07-10',
    sitting: 'sang',
    time: '08:30',
    title: 'Báo cáo tình hình kinh tế - xã hội 6 tháng đầu năm 2024',
    presenter: 'Chủ tịch UBND tỉnh',
    kind: 'bao_cao',
    docs: [['bao_cao', 'Báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm', 700]],
  },
  {
    id: 'ngan-sach',
    day: '2024-07-10',
    sitting: 'chieu',
    time: '14:00',
    title: 'Điều chỉnh dự toán ngân sách địa phương năm 2024',
    presenter: 'Giám đốc Sở Tài chính',
    kind: 'to_trinh',
    docs: [
      ['to_trinh', 'Tờ trình về việc điều chỉnh dự toán ngân sách địa phương năm 2024', 350],
      ['du_thao_nghi_quyet', 'Dự thảo Nghị quyết điều chỉnh dự toán ngân sách địa phương năm 2024', 450],
    ],
  },
  {
    id: 'quy-hoach',
    day: '2024-07-11',
    sitting: 'sang',
    time: '08:00',
    title: 'Đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025',
    presenter: 'Giám đốc Sở Nội vụ',
    kind: 'thao_luan',
    docs: [
      ['de_an', 'Đề án sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023–2025', 1100],
      ['du_thao_nghi_quyet', 'Dự thảo Nghị quyết thông qua Đề án sắp xếp đơn vị hành chính', 250],
      ['bao_cao_tham_tra', 'Báo cáo thẩm tra của Ban Pháp chế HĐND tỉnh', 150],
    ],
  },
  {
    id: 'be-mac',
    day: '2024-07-11',
    sitting: 'chieu',
    time: '16:00',
    title: 'Bế mạc kỳ họp',
    presenter: 'Chủ tịch HĐND tỉnh',
    kind: 'be_mac',
    docs: [],
  },
];

const NOW = '2024-07-01T08:00:00.000Z';

/**
 * Writes the large session into `dataDir` (migrated database, no comments, no key yet). `roster`:
 * another roster (the national case's 500 deputies); the documents are the same 3,000 blocks.
 */
export function generateSession(
  dataDir: string,
  seed = 2024,
  roster: (random: Random) => RosterEntry[] = (random) => generateRoster(random, DELEGATES),
): GeneratedSession {
  const random = new Random(seed);
  const corpus = loadCorpus();
  const delegates = roster(random);
  const documents: GeneratedDocument[] = AGENDA.flatMap((item) =>
    item.docs.map(([kind, title, count], position) => {
      const id = `${item.id}-${kind.replace(/_/gu, '-')}-${position + 1}`;
      return { id, itemId: item.id, kind, title, blocks: generateBlocks(corpus, random, id, kind, count) };
    }),
  );
  const db = openDatabase(join(dataDir, DATABASE_FILE));
  try {
    writeSession(db, documents, delegates);
  } finally {
    db.close();
  }
  return { sessionId: SESSION_ID, documents, roster: delegates };
}

function writeSession(db: Db, documents: GeneratedDocument[], roster: RosterEntry[]): void {
  db.transaction(() => {
    insertSession(
      db,
      {
        id: SESSION_ID,
        council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
        councilShort: 'HĐND tỉnh Quảng Ninh',
        term: 'khóa XIV',
        name: 'Kỳ họp thường lệ giữa năm 2024 (dữ liệu sinh cho đo hiệu năng)',
        place: 'Trung tâm Hội nghị tỉnh, thành phố Hạ Long',
        startDate: '2024-07-10',
        endDate: '2024-07-11',
        commentDeadline: '2024-07-09T17:00:00+07:00',
        isSample: false,
        rosterIllustrative: true,
      },
      NOW,
    );
    roster.forEach((r, position) => insertRosterEntry(db, SESSION_ID, position, r));
    AGENDA.forEach(({ docs: _docs, ...item }, order) =>
      insertAgendaItem(db, { ...item, sessionId: SESSION_ID, order: order + 1 }),
    );
    const positions = new Map<string, number>();
    for (const doc of documents) {
      const position = positions.get(doc.itemId) ?? 0;
      positions.set(doc.itemId, position + 1);
      insertDocument(
        db,
        {
          id: doc.id,
          itemId: doc.itemId,
          position,
          kind: doc.kind,
          issuer: 'Ủy ban nhân dân tỉnh Quảng Ninh',
          numberSymbol: `${100 + position}/TTr-UBND`,
          date: '2024-06-25',
          title: doc.title,
          illustrative: true,
          sourceName: null,
          sourceSha256: null,
          blocks: doc.blocks,
        },
        NOW,
      );
    }
  })();
}
