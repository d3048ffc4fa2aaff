/**
 * Seeds an empty database with the bundled sample dossier (resources/sample-dossier): the
 * Quảng Ninh HĐND khóa XIII year-end session of 6–7/12/2019. One transaction: all or nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { parsePlainText, recogniseStructure } from '../../../shared/text/structure';
import type { Db } from '../db/database';
import { countSessions, insertAgendaItem, insertDocument, insertSession } from '../db/repos/dossier';
import { insertRosterEntry } from '../db/repos/roster';
import { toNumberedBlocks } from './blocks';

const text = z.string().min(1).max(2000);
const slug = z
  .string()
  .regex(/^[a-z0-9-]+$/u)
  .max(64);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);

const documentSchema = z.object({
  id: slug,
  kind: z.enum(['to_trinh', 'de_an', 'du_thao_nghi_quyet', 'bao_cao_tham_tra', 'bao_cao', 'khac']),
  issuer: text.nullable().optional(),
  numberSymbol: text.nullable().optional(),
  date: date.nullable().optional(),
  title: text,
  illustrative: z.boolean(),
  file: z.string().regex(/^docs\/[a-z0-9-]+\.(txt|md)$/u),
});

const rosterEntry = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/u)
    .max(64),
  name: text,
  delegation: text,
  constituency: text.optional(),
  position: text.optional(),
});

export const sampleDossierSchema = z.object({
  formatVersion: z.literal(1),
  session: z.object({
    id: slug,
    council: text,
    councilShort: text,
    term: text,
    name: text,
    place: text,
    startDate: date,
    endDate: date,
    commentDeadline: z.string().nullable().optional(),
    isSample: z.boolean(),
  }),
  items: z.array(
    z.object({
      id: slug,
      day: date,
      sitting: z.enum(['sang', 'chieu']),
      order: z.number().int().positive(),
      time: z
        .string()
        .regex(/^\d{2}:\d{2}$/u)
        .nullable()
        .optional(),
      title: text,
      presenter: text,
      kind: z.enum(['khai_mac', 'to_trinh', 'bao_cao', 'thao_luan', 'chat_van', 'bieu_quyet', 'be_mac', 'khac']),
      documents: z.array(documentSchema),
    }),
  ),
  roster: z.array(rosterEntry).optional(),
  rosterIllustrative: z.boolean().optional(),
});

export type SampleDossier = z.infer<typeof sampleDossierSchema>;

export function sampleDossierDir(resourcesDir: string): string {
  return join(resourcesDir, 'sample-dossier');
}

export function loadSampleDossier(resourcesDir: string): SampleDossier {
  const dir = sampleDossierDir(resourcesDir);
  return sampleDossierSchema.parse(JSON.parse(readFileSync(join(dir, 'dossier.json'), 'utf8')));
}

/** Seeds the sample dossier when the database holds no session yet. Returns whether it seeded. */
export function seedSampleDossierIfEmpty(db: Db, resourcesDir: string, now: string = new Date().toISOString()): boolean {
  if (countSessions(db) > 0) return false;
  const dossier = loadSampleDossier(resourcesDir);
  const dir = sampleDossierDir(resourcesDir);
  // Read and parse every file before the transaction opens: no I/O while it holds the write lock.
  const documents = dossier.items.flatMap((item) =>
    item.documents.map((doc, position) => {
      const source = readFileSync(join(dir, doc.file), 'utf8');
      const blocks = toNumberedBlocks(
        recogniseStructure(parsePlainText(source)),
        (p) => `${doc.id}-${String(p).padStart(4, '0')}`,
      );
      return { itemId: item.id, position, doc, blocks };
    }),
  );
  db.transaction(() => {
    const s = dossier.session;
    insertSession(
      db,
      { ...s, commentDeadline: s.commentDeadline ?? null, rosterIllustrative: dossier.rosterIllustrative ?? false },
      now,
    );
    (dossier.roster ?? []).forEach((r, position) =>
      insertRosterEntry(db, s.id, position, {
        id: r.id,
        name: r.name,
        delegation: r.delegation,
        constituency: r.constituency ?? null,
        title: r.position ?? null,
      }),
    );
    for (const item of dossier.items) {
      insertAgendaItem(db, {
        id: item.id,
        sessionId: s.id,
        day: item.day,
        sitting: item.sitting,
        order: item.order,
        time: item.time ?? null,
        title: item.title,
        presenter: item.presenter,
        kind: item.kind,
      });
    }
    for (const { itemId, position, doc, blocks } of documents) {
      insertDocument(
        db,
        {
          id: doc.id,
          itemId,
          position,
          kind: doc.kind,
          issuer: doc.issuer ?? null,
          numberSymbol: doc.numberSymbol ?? null,
          date: doc.date ?? null,
          title: doc.title,
          illustrative: doc.illustrative,
          sourceName: doc.file,
          sourceSha256: null,
          blocks,
        },
        now,
      );
    }
  })();
  return true;
}
