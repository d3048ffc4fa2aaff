/**
 * The secretariat's compiled view in the query cache (`compile:get`), one query per filter: its
 * data is the first window's answer (totals, delegates, the size of every row) and the rows loaded
 * so far, which grow as the list scrolls (main answers a window at a time). Any change of comments,
 * answers, the agenda, the roster or the dossier invalidates every compilation; the filter, the
 * selection and the answer being written are the compile store's.
 */
import { CHANNELS } from '../../../shared/ipc/channels';
import { keepPreviousData, queryOptions, useQuery, type QueryFunctionContext } from '@tanstack/react-query';
import type { CompiledComment, CompiledDocument, CompiledPassage, CompiledView } from '../../../shared/domain/compile';
import type { InputOf } from '../../../shared/ipc/contract';
import { api } from './client';
import { keyOf, queryClient, ServerError } from './queries';

/** What the compiled list is asked for: a filter, without the window. */
export type CompileRequest = Omit<InputOf<'compile:get'>, 'offset' | 'limit'>;

/** One row of the compiled list: a document's heading or a passage card. */
export type CompiledRow =
  | { kind: 'document'; doc: CompiledDocument }
  | {
      kind: 'passage';
      passage: CompiledPassage;
      documentId: string | null;
      /** The agenda item's title when the passage holds the item's own general comments (no document). */
      itemTitle: string | null;
    };

/** A compilation as cached: the first window's answer and the rows loaded so far, by row number. */
export interface Compiled {
  view: CompiledView;
  rows: ReadonlyMap<number, CompiledRow>;
}

/** Rows asked of main per window (at most; main cuts a window at its byte budget). */
const WINDOW_ROWS = 40;
/**
 * Rows of the first window: a passage card holds up to a dozen comments and is taller than the
 * screen, so a few rows fill it; 40 rows were ~0.4 MB of comments at 100,000 (issue 18), parsed
 * before the first one was shown. The list asks for the next windows as it scrolls.
 */
const FIRST_WINDOW_ROWS = 8;
/** A filter's compilation not shown for this long is dropped (the sizes of 100,000 rows weigh). */
const COMPILE_GC_MS = 5 * 60_000;

/** The window's rows by row number (a document heading from an earlier window is not repeated). */
export function rowsOf(view: CompiledView): Map<number, CompiledRow> {
  const rows = new Map<number, CompiledRow>();
  const offset = view.window?.offset ?? 0;
  for (const doc of view.documents) {
    if (doc.row !== undefined && doc.row >= offset) rows.set(doc.row, { kind: 'document', doc });
    for (const passage of doc.passages) {
      if (passage.row !== undefined)
        rows.set(passage.row, {
          kind: 'passage',
          passage,
          documentId: doc.documentId,
          itemTitle: doc.documentId === null ? doc.itemTitle : null,
        });
    }
  }
  return rows;
}

/** A comment among the rows loaded so far. */
export function findComment(rows: ReadonlyMap<number, CompiledRow>, commentId: string): CompiledComment | undefined {
  for (const row of rows.values()) {
    if (row.kind !== 'passage') continue;
    const found = row.passage.comments.find((c) => c.comment.id === commentId);
    if (found) return found;
  }
  return undefined;
}

/** The comment ids among rows. */
export function commentIds(rows: ReadonlyMap<number, CompiledRow>): Set<string> {
  const ids = new Set<string>();
  for (const row of rows.values()) if (row.kind === 'passage') for (const c of row.passage.comments) ids.add(c.comment.id);
  return ids;
}

async function compileWindow(request: CompileRequest, offset: number): Promise<CompiledView> {
  const reply = await api.compileGet({ ...request, offset, limit: offset === 0 ? FIRST_WINDOW_ROWS : WINDOW_ROWS });
  if (!reply.ok) throw new ServerError(reply.error.code, reply.error.message);
  return reply.value;
}

export const compiledQuery = (request: CompileRequest) =>
  queryOptions({
    queryKey: keyOf('compileGet', request),
    queryFn: async (_context: QueryFunctionContext): Promise<Compiled> => {
      const view = await compileWindow(request, 0);
      return { view, rows: rowsOf(view) };
    },
    gcTime: COMPILE_GC_MS,
  });

export interface CompiledState {
  /** The compilation for the filter, or the previous filter's while the new one is on its way. */
  compiled: Compiled | null;
  status: 'loading' | 'ready' | 'error';
  error: string | null;
}

export function useCompiled(request: CompileRequest): CompiledState {
  const { data, status, error, isFetching } = useQuery({ ...compiledQuery(request), placeholderData: keepPreviousData });
  return {
    compiled: data ?? null,
    status: status === 'error' ? 'error' : status === 'pending' || isFetching ? 'loading' : 'ready',
    error: error?.message ?? null,
  };
}

/** The compilation the cache holds for a filter (null before its first answer). */
export const cachedCompiled = (request: CompileRequest): Compiled | null =>
  queryClient.getQueryData(compiledQuery(request).queryKey) ?? null;

/** The compilation for a filter: cached, or asked of main (throws main's refusal). */
export function fetchCompiled(request: CompileRequest): Promise<Compiled> {
  return queryClient.fetchQuery(compiledQuery(request));
}

/** Starts compiling early (start-up on the compiled view), answered from the cache when the screen opens. */
export function prefetchCompiled(request: CompileRequest): Promise<void> {
  return queryClient.prefetchQuery(compiledQuery(request));
}

/** After this window's own write (answers, a comment entered on someone's behalf): compiled afresh before going on. */
export function refreshCompiled(): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: [CHANNELS.compileGet] });
}

/** Windows being fetched for a compilation (by its first window's answer), so a scroll asks for each once. */
const pending = new WeakMap<CompiledView, Set<number>>();

/**
 * Loads the windows that hold rows first..last into a filter's compilation, if not loaded yet. A
 * window that arrives after the compilation was read again (an event) is dropped: its rows may
 * belong to the old one. Returns main's refusal, if any.
 */
export async function loadCompiledRows(request: CompileRequest, first: number, last: number): Promise<string | null> {
  const key = compiledQuery(request).queryKey;
  const start = queryClient.getQueryData(key);
  if (!start) return null;
  const total = start.view.window?.totalRows ?? 0;
  for (let i = Math.max(0, first); i <= Math.min(last, total - 1); i++) {
    const now = queryClient.getQueryData(key);
    if (now?.view !== start.view) return null;
    if (now.rows.has(i)) continue;
    const asked = pending.get(start.view) ?? new Set<number>();
    pending.set(start.view, asked);
    if (asked.has(i)) return null;
    asked.add(i);
    let window: CompiledView;
    try {
      window = await compileWindow(request, i);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    } finally {
      asked.delete(i);
    }
    const current = queryClient.getQueryData(key);
    if (current?.view !== start.view) return null;
    const rows = new Map(current.rows);
    for (const [n, row] of rowsOf(window)) rows.set(n, row);
    queryClient.setQueryData(key, { view: current.view, rows });
    if ((window.window?.rows ?? 0) === 0) return null;
  }
  return null;
}
