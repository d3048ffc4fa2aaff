import type { Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import type { CoreContext } from '../context';

export type Handler<C extends Channel> = (ctx: CoreContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;

/** Handlers for a subset of channels; the registry checks that together they cover all. */
export type HandlerMap<K extends Channel> = { [C in K]: Handler<C> };
