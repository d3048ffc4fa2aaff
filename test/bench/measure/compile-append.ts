/**
 * Main's compilation index after an import (issue 18), on the national database: one deputy's
 * package (200 comments) imported by the import workers (their own connection), then the index
 * appended to (compile-index-append.ts) beside a full build of the same index; and a word search
 * that arrives right after a full build, before the background fold of the words has run.
 * Each run first takes the deputy's comments out again (a delete: the index is built in full).
 */
import type { CoreContext } from '../../../main/core/context';
import { importCommentFiles } from '../../../main/core/services/exchange';
import { compileIndex } from '../../../main/core/services/compile-index';
import { dispatch } from '../../../main/core/dispatch';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { PackageFile } from '../gen/packages';
import { figureOf, type Figure } from '../measurement';

const FAST = { stat: 'median' as const, max: 100, label: '< 100 ms' };

const cpuMs = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

/** Takes one deputy's comments (and their answers and package record) out of the database. */
function forget(ctx: CoreContext, authorId: string): void {
  ctx.db.transaction(() => {
    ctx.db.prepare('DELETE FROM answers WHERE comment_id IN (SELECT id FROM comments WHERE author_id = ?)').run(authorId);
    ctx.db
      .prepare('DELETE FROM comment_revisions WHERE comment_id IN (SELECT id FROM comments WHERE author_id = ?)')
      .run(authorId);
    ctx.db.prepare('DELETE FROM comments WHERE author_id = ?').run(authorId);
    ctx.db.prepare('DELETE FROM imported_packages WHERE author_id = ?').run(authorId);
  })();
}

export async function compileAppendFigures(ctx: CoreContext, runs: number, pkg: PackageFile, label: string): Promise<Figure[]> {
  const authorId = ctx.db.prepare('SELECT author_id FROM comments ORDER BY rowid DESC LIMIT 1').pluck().get() as string;
  const build: number[] = [];
  const buildCpu: number[] = [];
  const append: number[] = [];
  const appendCpu: number[] = [];
  const firstWindow: number[] = [];
  const wordsBeforeFold: number[] = [];
  for (let run = 0; run < runs; run++) {
    forget(ctx, authorId);
    let start = performance.now();
    let cpu = process.cpuUsage();
    const built = compileIndex(ctx.db);
    build.push(performance.now() - start);
    buildCpu.push(cpuMs(cpu));
    // Right after the build, before any slice of the background fold: a word search.
    start = performance.now();
    const searched = await dispatch(ctx, CHANNELS.compileGet, { query: 'ngan sach' });
    wordsBeforeFold.push(performance.now() - start);
    if (!searched.ok) throw new Error(`compile:get: ${searched.error.message}`);
    // The view is open when the package comes in: its first window was asked before (untimed).
    await dispatch(ctx, CHANNELS.compileGet, {});
    const results = await importCommentFiles(ctx, [pkg]);
    if (results[0]?.status !== 'imported') throw new Error(`import: ${results[0]?.status} ${results[0]?.message ?? ''}`);
    start = performance.now();
    cpu = process.cpuUsage();
    const appended = compileIndex(ctx.db);
    append.push(performance.now() - start);
    appendCpu.push(cpuMs(cpu));
    if (appended.byId !== built.byId) throw new Error('the index was built again instead of appended to');
    start = performance.now();
    const view = await dispatch(ctx, CHANNELS.compileGet, {});
    firstWindow.push(performance.now() - start);
    if (!view.ok) throw new Error(`compile:get: ${view.error.message}`);
  }
  const cpuNote = (samples: number[]): string => `CPU ${samples.map((s) => s.toFixed(0)).join(', ')} ms`;
  return [
    figureOf(`${label}: compile index, full build (a write other than an import)`, build, { note: cpuNote(buildCpu) }),
    figureOf(`${label}: compile index patch after one import (200 comments appended)`, append, {
      target: FAST,
      note: cpuNote(appendCpu),
    }),
    figureOf(`${label}: compile:get first window after that import (the view open before)`, firstWindow, { target: FAST }),
    figureOf(`${label}: compile:get words "ngan sach" right after a full build (before the fold)`, wordsBeforeFold, {
      target: FAST,
    }),
  ];
}
