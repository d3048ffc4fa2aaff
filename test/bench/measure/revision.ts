/**
 * The revised draft (issue 13) on the 1,100-block Đề án of the generated session: making the
 * revised version with 500 accepted changes (one transaction, rolled back after each run so every
 * run starts from the same state), and the comparison table of those 500 changes as a PDF.
 */
import { join } from 'node:path';
import { openDatabase } from '../../../main/core/db/database';
import { DATABASE_FILE } from '../../../main/core/context';
import { readDocument } from '../../../main/core/db/repos/dossier';
import { insertRevisionChange } from '../../../main/core/db/repos/revisions';
import { fontsDirIn, writeModelPdf } from '../../../main/core/pdf';
import { buildComparisonModel } from '../../../main/core/report/comparison-model';
import { makeRevision } from '../../../main/core/services/make-revision';
import { revisionExportInput } from '../../../main/core/services/revision-export-input';
import { generateSession } from '../gen/session';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { freshDir, RESOURCES_DIR } from '../paths';
import { repeat } from '../stats';

const CHANGES = 500;

export const revisionMeasurement: Measurement = {
  id: 'revision',
  title: 'Revised draft: 500 accepted changes on the 1,100-block document',
  async run(bench: BenchContext): Promise<Figure[]> {
    const dir = freshDir('revision');
    const session = generateSession(dir);
    const target = [...session.documents].sort((a, b) => b.blocks.length - a.blocks.length)[0];
    const db = openDatabase(join(dir, DATABASE_FILE));
    try {
      const blocks = readDocument(db, target.id)!.blocks.filter((b) => b.kind !== 'table_row' && /\s\S+\s/u.test(b.text));
      const now = '2024-07-20T08:00:00.000Z';
      db.transaction(() => {
        for (let i = 0; i < CHANGES; i++) {
          const b = blocks[i % blocks.length];
          // The i-th change of a block takes its own word, so changes never overlap.
          const words = [...b.text.matchAll(/\S+/gu)];
          const w = words[Math.floor(i / blocks.length) * 2 + 1] ?? words[0];
          insertRevisionChange(
            db,
            {
              id: `0190f3c2-0000-7000-8000-${String(i).padStart(12, '0')}`,
              sessionId: session.sessionId,
              documentId: target.id,
              documentVersion: 1,
              startBlockId: b.id,
              start: w.index!,
              endBlockId: b.id,
              end: w.index! + w[0].length,
              original: w[0],
              wording: `${w[0]} (đã chỉnh lý)`,
              origin: 'direct',
              reason: 'Chỉnh lý theo ý kiến đại biểu.',
              commentIds: [],
            },
            now,
          );
        }
      })();
      const rollback = new Error('rollback');
      const make = await repeat(
        bench.runs,
        () => {
          let ms = 0;
          try {
            db.transaction(() => {
              const start = performance.now();
              const r = makeRevision(db, target.id);
              ms = performance.now() - start;
              if (r.applied !== CHANGES) throw new Error(`applied ${r.applied} of ${CHANGES}`);
              throw rollback;
            })();
          } catch (e) {
            if (e !== rollback) throw e;
          }
          return ms;
        },
        1,
      );
      const out = freshDir('revision-pdf');
      const input = revisionExportInput(db, target.id);
      const pdf = await repeat(Math.min(bench.runs, 5), async () => {
        const start = performance.now();
        const model = buildComparisonModel({
          issuerLines: ['HỘI ĐỒNG NHÂN DÂN', 'TỈNH THỬ'],
          title: target.title,
          changes: input.changes,
        });
        await writeModelPdf(model, join(out, 'bang-so-sanh.pdf'), { fontsDir: fontsDirIn(RESOURCES_DIR) });
        return performance.now() - start;
      });
      return [
        figureOf(`make-revision, ${CHANGES} changes, ${target.blocks.length} blocks`, make, {
          target: { stat: 'median', max: 1000, label: '< 1 s' },
        }),
        figureOf(`comparison table of ${input.changes.length} changes as PDF`, pdf, {
          target: { stat: 'median', max: 2000, label: '< 2 s' },
        }),
      ];
    } finally {
      db.close();
    }
  },
};
