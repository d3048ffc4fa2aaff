/**
 * The renderer's one query cache for server data (TanStack Query): each query is keyed by its
 * channel and input, fetched through the api client, and kept until an event from main
 * (stores/serverEvents.ts) says it changed: never stale by time, never refetched on focus.
 */
import { QueryClient, queryOptions, type QueryKey } from '@tanstack/react-query';
import { CHANNELS, type ApiMethod } from '../../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../../shared/ipc/contract';
import type { ErrorCode } from '../../../shared/ipc/envelope';
import { api as defaultApi, type AppApi } from './client';

/** A refusal from main, thrown out of a query so the cache records it as the query's error. */
export class ServerError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false },
    },
  });
}

export const queryClient = createQueryClient();

type Channel<M extends ApiMethod> = (typeof CHANNELS)[M];

/** The cache key of a call: its channel, then its input (null when none). */
export const keyOf = <M extends ApiMethod>(method: M, input?: InputOf<Channel<M>>): QueryKey => [CHANNELS[method], input ?? null];

/** A query over one channel of the contract, for `useQuery`, `fetchQuery` or a `QueryObserver`. */
export function channelQuery<M extends ApiMethod>(method: M, input?: InputOf<Channel<M>>, api: AppApi = defaultApi) {
  // queryOptions tags the key with the answer's type: getQueryData/setQueryData on it are typed.
  return queryOptions({
    queryKey: keyOf(method, input),
    queryFn: async (): Promise<OutputOf<Channel<M>>> => {
      const call = api[method] as (input?: InputOf<Channel<M>>) => ReturnType<AppApi[M]>;
      const result = await call(input);
      if (!result.ok) throw new ServerError(result.error.code, result.error.message);
      return result.value as OutputOf<Channel<M>>;
    },
  });
}
