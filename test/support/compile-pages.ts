/** Pages through every window of compile:get for a filter, as the compiled view scrolls (issue 18). */
import type { CompiledFilter, CompiledView } from '../../shared/domain/compile';
import { LIST_WINDOWS } from '../../shared/ipc/limits';

export type CompileGet = (input: CompiledFilter & { offset?: number; limit?: number }) => Promise<CompiledView>;

/** Every window of `filter`, in order: the first answer, the comment ids and the passages' rows. */
export async function pageThrough(
  get: CompileGet,
  filter: CompiledFilter,
): Promise<{ ids: string[]; first: CompiledView; rows: number[] }> {
  const first = await get(filter);
  const ids: string[] = [];
  const rows: number[] = [];
  for (let view = first; ;) {
    for (const doc of view.documents)
      for (const p of doc.passages) {
        rows.push(p.row!);
        ids.push(...p.comments.map((c) => c.comment.id));
      }
    const next = view.window!.next;
    if (next === null) break;
    view = await get({ ...filter, offset: next, limit: LIST_WINDOWS.compileMaxRows });
  }
  return { ids, first, rows };
}
