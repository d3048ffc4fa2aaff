/**
 * The handler registry: one plain function per channel, typed by the shared contract. Adapters
 * (Electron IPC, loopback HTTP, terminal) only ever call `dispatch`.
 */
import type { Channel } from '../../../shared/ipc/channels';
import type { OutputOf, ParsedInputOf } from '../../../shared/ipc/contract';
import type { CoreContext } from '../context';
import { agendaHandlers } from './agenda';
import { appHandlers } from './app';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';

export type Handler<C extends Channel> = (ctx: CoreContext, input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in Channel]: Handler<C> };

export const handlers: Handlers = {
  ...appHandlers,
  ...agendaHandlers,
  ...searchHandlers,
  ...settingsHandlers,
};
