/**
 * For comparison: the naive FTS5 search the issue warns about, every match ranked by bm25
 * (`ORDER BY rank LIMIT 50`), with the same all-words expression the search service builds.
 */
import { openDatabase, type Db } from '../../../main/core/db/database';
import { buildFtsQueries } from '../../../main/core/services/search';
import { DATABASE_FILE } from '../../../main/core/context';
import { join } from 'node:path';
import { COMMON_QUERIES, generateQueries } from '../gen/queries';
import type { BenchContext, Figure, Measurement } from '../measurement';
import { batchFigure, runBatch, slowest } from './query-batch';

export const NAIVE_SQL = 'SELECT rowid FROM blocks_fts WHERE blocks_fts MATCH ? ORDER BY rank LIMIT 50';

async function naiveOn(db: Db, label: string, rounds: number): Promise<Figure[]> {
  const statement = db.prepare(NAIVE_SQL);
  const run = (q: string): unknown => {
    const fts = buildFtsQueries(q);
    return fts ? statement.all(fts.allWords) : [];
  };
  const queries = generateQueries();
  const all = await runBatch(queries, rounds, run);
  const common = await runBatch(COMMON_QUERIES, rounds, run);
  return [
    batchFigure(`naive FTS5 ORDER BY rank, ${label}, 200 queries`, all, { note: `slowest: ${slowest(queries, all)}` }),
    batchFigure(`naive FTS5 ORDER BY rank, ${label}, common words`, common, {
      note: `slowest: ${slowest(COMMON_QUERIES, common)}`,
    }),
  ];
}

export const naiveFts: Measurement = {
  id: 'naive-fts',
  title: 'Naive ranked FTS5, for comparison',
  async run(bench: BenchContext): Promise<Figure[]> {
    const { largeDir } = await bench.fixtures.session();
    const archive = await bench.fixtures.archive();
    const figures: Figure[] = [];
    for (const [dir, label, rounds] of [
      [largeDir, 'large session', bench.runs],
      [archive.dir, 'archive', 2],
    ] as const) {
      const db = openDatabase(join(dir, DATABASE_FILE), { readonly: true });
      try {
        figures.push(...(await naiveOn(db, label, rounds)));
      } finally {
        db.close();
      }
    }
    return figures;
  },
};
