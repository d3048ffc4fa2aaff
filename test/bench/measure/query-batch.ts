/**
 * Runs a batch of queries several rounds and summarises it the way the table reports search:
 * median = p50 over the queries, p95 = p95 over the queries, each the median over the rounds.
 */
import { performance } from 'node:perf_hooks';
import { median, percentile } from '../stats';
import type { Figure, Target } from '../measurement';

export interface BatchResult {
  /** Per round: every query's milliseconds, in query order. */
  rounds: number[][];
}

export async function runBatch(
  queries: readonly string[],
  rounds: number,
  fn: (q: string) => unknown,
  warmup = true,
): Promise<BatchResult> {
  if (warmup) for (const q of queries) await fn(q);
  const out: number[][] = [];
  for (let r = 0; r < rounds; r++) {
    const times: number[] = [];
    for (const q of queries) {
      const start = performance.now();
      await fn(q);
      times.push(performance.now() - start);
    }
    out.push(times);
  }
  return { rounds: out };
}

export function batchFigure(name: string, batch: BatchResult, extra: { target?: Target; note?: string } = {}): Figure {
  const p50s = batch.rounds.map((t) => percentile(t, 50));
  const p95s = batch.rounds.map((t) => percentile(t, 95));
  return { name, unit: 'ms', median: median(p50s), p95: median(p95s), samples: p95s, ...extra };
}

/** The slowest queries of a batch (by their median over rounds), to name in a note. */
export function slowest(queries: readonly string[], batch: BatchResult, n = 3): string {
  const perQuery = queries.map((q, i) => ({ q, ms: median(batch.rounds.map((t) => t[i])) }));
  perQuery.sort((a, b) => b.ms - a.ms);
  return perQuery
    .slice(0, n)
    .map((x) => `"${x.q}" ${x.ms.toFixed(1)} ms`)
    .join(', ');
}
