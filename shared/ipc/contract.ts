/**
 * The one IPC contract: for each channel, the zod schema of its argument and the type of its
 * result. Main validates every payload against these schemas before any handler runs; the
 * renderer's `window.api` is typed from the same table.
 */
import { z } from 'zod';
import type { AgendaView, AppInfo, DocumentView, SearchResult, Settings } from '../domain/types';
import { CHANNELS, type ApiMethod, type Channel } from './channels';
import type { Envelope } from './envelope';

/** Upper bounds on what any request may carry. */
export const LIMITS = {
  id: 100,
  query: 200,
  searchResults: 100,
} as const;

const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/u);
const none = z.object({}).strict().optional();

interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: the result type, carried only for the type system. */
  output?: O;
}
const spec =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });

export const contract = {
  [CHANNELS.appInfo]: spec<AppInfo>()(none),
  [CHANNELS.agendaGet]: spec<AgendaView>()(none),
  [CHANNELS.documentGet]: spec<DocumentView>()(z.object({ documentId: id }).strict()),
  [CHANNELS.searchQuery]: spec<SearchResult>()(
    z
      .object({
        query: z.string().max(LIMITS.query),
        limit: z.number().int().min(1).max(LIMITS.searchResults).optional(),
      })
      .strict(),
  ),
  [CHANNELS.settingsGet]: spec<Settings>()(none),
  [CHANNELS.settingsSet]: spec<Settings>()(
    z
      .object({
        locale: z.enum(['vi', 'en']).optional(),
        fontScale: z.number().min(0.75).max(2).optional(),
      })
      .strict(),
  ),
} satisfies Record<Channel, ChannelSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = NonNullable<Contract[C]['output']>;

/** The object the preload (Electron) or the HTTP client (browser) hands to the renderer. */
export type Api = {
  [M in ApiMethod]: (input?: InputOf<(typeof CHANNELS)[M]>) => Promise<Envelope<OutputOf<(typeof CHANNELS)[M]>>>;
};
