import { CHANNELS } from '../../../shared/ipc/channels';
import { getReportSettings, saveReportSettings } from '../services/report-settings';
import type { HandlerMap } from './types';

export const reportSettingsHandlers: HandlerMap<typeof CHANNELS.reportSettingsGet | typeof CHANNELS.reportSettingsSave> = {
  [CHANNELS.reportSettingsGet]: (ctx) => getReportSettings(ctx.db),
  [CHANNELS.reportSettingsSave]: (ctx, changes) => saveReportSettings(ctx.db, changes),
};
