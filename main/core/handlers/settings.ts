import type { Locale, Settings } from '../../../shared/domain/types';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { Db } from '../db/database';
import { readSetting, writeSetting } from '../db/repos/settings';
import type { Handler } from './types';

const DEFAULTS: Settings = { locale: 'vi', fontScale: 1 };

function readSettings(db: Db): Settings {
  const locale = readSetting(db, 'locale');
  const fontScale = Number(readSetting(db, 'fontScale'));
  return {
    locale: locale === 'en' || locale === 'vi' ? (locale as Locale) : DEFAULTS.locale,
    fontScale: Number.isFinite(fontScale) && fontScale > 0 ? fontScale : DEFAULTS.fontScale,
  };
}

export const settingsHandlers: {
  [CHANNELS.settingsGet]: Handler<typeof CHANNELS.settingsGet>;
  [CHANNELS.settingsSet]: Handler<typeof CHANNELS.settingsSet>;
} = {
  [CHANNELS.settingsGet]: (ctx) => readSettings(ctx.db),
  [CHANNELS.settingsSet]: (ctx, patch) => {
    ctx.db.transaction(() => {
      if (patch.locale) writeSetting(ctx.db, 'locale', patch.locale);
      if (patch.fontScale !== undefined) writeSetting(ctx.db, 'fontScale', String(patch.fontScale));
    })();
    return readSettings(ctx.db);
  },
};
