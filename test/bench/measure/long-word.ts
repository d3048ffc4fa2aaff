/**
 * One very long word (issue 18): the fixed-line breaker on words of 100,000 / 200,000 / 400,000
 * characters (it used to take 1.4 / 5.8 / 21.7 s, quadratic), and the import of a 5 MB .txt file
 * of one token, with the longest stall of the main thread's event loop while it runs.
 */
import { openCore } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { importDocument } from '../../../main/core/services/document-import';
import type { AgendaView } from '../../../shared/domain/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { Envelope } from '../../../shared/ipc/envelope';
import { breakLines } from '../../../shared/text/lines';
import { freshDir, RESOURCES_DIR } from '../paths';
import { repeat, time } from '../stats';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';

/** A word of `n` characters, half of them Vietnamese letters (the slower path of the counter). */
export function longWord(n: number): string {
  let word = '';
  const unit = 'Nghịquyết';
  while (word.length < n) word += unit;
  return word.slice(0, n);
}

export const longWordMeasurement: Measurement = {
  id: 'long-word',
  title: 'One very long word: line breaking and a 5 MB single-token import',
  async run(bench: BenchContext): Promise<Figure[]> {
    const figures: Figure[] = [];
    for (const n of [100_000, 200_000, 400_000]) {
      const word = longWord(n);
      const samples = await repeat(bench.runs, () => time(() => breakLines(word)).ms, 1);
      figures.push(
        figureOf(`line breaking, one word of ${n.toLocaleString('en')} characters`, samples, {
          note: 'was 1.4 / 5.8 / 21.7 s (quadratic)',
        }),
      );
    }
    const ctx = openCore({ dataDir: freshDir('long-word'), resourcesDir: RESOURCES_DIR });
    try {
      const agenda = (await dispatch(ctx, CHANNELS.agendaGet, undefined)) as Envelope<AgendaView>;
      if (!agenda.ok || agenda.value.items.length === 0) throw new Error('the sample dossier has no agenda item');
      const itemId = agenda.value.items[0].id;
      // 'Nghịquyết' is 9 characters in 13 bytes: just under 5,000,000 bytes, the .txt limit being 5 MiB.
      const data = Buffer.from(longWord(3_460_000) + '\n', 'utf8');
      const total: number[] = [];
      const stalls: number[] = [];
      for (let i = 0; i < Math.min(bench.runs, 3); i++) {
        // A 5 ms ticker: the longest gap between ticks is the longest time the main thread was busy.
        // (monitorEventLoopDelay misses stalls inside a worker's message callback.)
        let last = performance.now();
        let stall = 0;
        const ticker = setInterval(() => {
          const now = performance.now();
          stall = Math.max(stall, now - last);
          last = now;
        }, 5);
        const start = performance.now();
        await importDocument(ctx, {
          itemId,
          file: { name: `mot-tu-${i}.txt`, data },
          header: { kind: 'khac', issuer: null, numberSymbol: null, date: null, title: 'Một từ rất dài' },
        });
        total.push(performance.now() - start);
        clearInterval(ticker);
        stalls.push(stall);
      }
      figures.push(figureOf('import of a 5 MB .txt of one token (whole import)', total));
      figures.push(
        figureOf('  longest main-thread stall during that import', stalls, {
          note: 'reading, structure and line numbering run in the import worker; main gives the block ids and writes',
        }),
      );
    } finally {
      ctx.close();
    }
    return figures;
  },
};
