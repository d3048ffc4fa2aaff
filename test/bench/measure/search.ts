/**
 * Search through the real handler (dispatch → zod → search service → FTS5), 200 folded queries,
 * on the large session (target p95 < 2 ms) and on the 300,000-block archive (target p95 < 20 ms).
 */
import { CHANNELS } from '../../../shared/ipc/channels';
import type { SearchResult } from '../../../shared/domain/types';
import { openCore, type CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { copyToFreshDir } from '../gen/copy';
import { COMMON_QUERIES, generateQueries } from '../gen/queries';
import { RESOURCES_DIR } from '../paths';
import type { BenchContext, Figure, Measurement } from '../measurement';
import { batchFigure, runBatch, slowest } from './query-batch';

async function searchOnce(ctx: CoreContext, query: string): Promise<SearchResult> {
  const result = await dispatch(ctx, CHANNELS.searchQuery, { query });
  if (!result.ok) throw new Error(`search:query "${query}": ${result.error.message}`);
  return result.value as SearchResult;
}

async function measureOn(ctx: CoreContext, label: string, rounds: number, maxP95: number): Promise<Figure[]> {
  const queries = generateQueries();
  const empty = (await Promise.all(queries.map((q) => searchOnce(ctx, q)))).filter((r) => r.hits.length === 0).length;
  const all = await runBatch(queries, rounds, (q) => searchOnce(ctx, q));
  const common = await runBatch(COMMON_QUERIES, rounds, (q) => searchOnce(ctx, q));
  return [
    batchFigure(`search:query, ${label}, 200 queries`, all, {
      target: { stat: 'p95', max: maxP95, label: `p95 < ${maxP95} ms` },
      note: `${empty} of 200 queries found nothing; slowest: ${slowest(queries, all)}`,
    }),
    batchFigure(`search:query, ${label}, ${COMMON_QUERIES.length} common-word queries`, common, {
      note: `slowest: ${slowest(COMMON_QUERIES, common)}`,
    }),
  ];
}

export const searchLarge: Measurement = {
  id: 'search-large',
  title: 'Search, large session',
  async run(bench: BenchContext): Promise<Figure[]> {
    const { largeDir } = await bench.fixtures.session();
    const ctx = openCore({ dataDir: copyToFreshDir(largeDir, 'search'), resourcesDir: RESOURCES_DIR });
    try {
      return await measureOn(ctx, 'large session (3,000 blocks)', bench.runs, 2);
    } finally {
      ctx.close();
    }
  },
};

export const searchArchive: Measurement = {
  id: 'search-archive',
  title: 'Search, 300,000-block archive',
  async run(bench: BenchContext): Promise<Figure[]> {
    const archive = await bench.fixtures.archive();
    // Read-only use: the cached archive is opened in place (no copy of 160 MB per run).
    const ctx = openCore({ dataDir: archive.dir, resourcesDir: RESOURCES_DIR });
    try {
      return await measureOn(ctx, `archive (${archive.blocks.toLocaleString('en')} blocks)`, Math.max(2, bench.runs - 2), 20);
    } finally {
      ctx.close();
    }
  },
};
