/**
 * The language the user chose in the UI (the stored locale setting, through dispatch like any door
 * call), for what a door says outside the page: the desktop's dialog after a file opened from the
 * OS, the web door's plain answers. Before the database opens, doors use env-lang.ts.
 */
import { CHANNELS } from '../../shared/ipc/channels';
import type { OutputOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import type { Lang } from '../../shared/messages/types';
import type { CoreContext } from './context';
import { dispatch } from './dispatch';
import { envLang } from './env-lang';

export async function uiLang(ctx: CoreContext): Promise<Lang> {
  const settings = (await dispatch(ctx, CHANNELS.settingsGet, undefined)) as Envelope<OutputOf<typeof CHANNELS.settingsGet>>;
  return settings.ok ? settings.value.locale : envLang();
}
