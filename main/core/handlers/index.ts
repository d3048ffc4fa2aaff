/**
 * The handler registry: one plain function per channel, typed by the shared contract. Adapters
 * (Electron IPC, loopback HTTP, terminal) only ever call `dispatch`.
 */
import type { Channel } from '../../../shared/ipc/channels';
import { agendaHandlers } from './agenda';
import { appHandlers } from './app';
import { backupHandlers } from './backups';
import { commentHandlers } from './comments';
import { documentHandlers } from './documents';
import { editorHandlers } from './editor';
import { identityHandlers } from './identity';
import { noteHandlers } from './notes';
import { officeHandlers } from './office';
import { keyHandlers } from './keys';
import { packageHandlers } from './packages';
import { pdfHandlers } from './pdf';
import { reportSettingsHandlers } from './report-settings';
import { revisionHandlers } from './revisions';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { versionMarkHandlers } from './version-marks';
import type { HandlerMap } from './types';

export type { Handler } from './types';

export const handlers: HandlerMap<Channel> = {
  ...appHandlers,
  ...agendaHandlers,
  ...searchHandlers,
  ...settingsHandlers,
  ...identityHandlers,
  ...commentHandlers,
  ...noteHandlers,
  ...packageHandlers,
  ...backupHandlers,
  ...editorHandlers,
  ...documentHandlers,
  ...pdfHandlers,
  ...officeHandlers,
  ...reportSettingsHandlers,
  ...keyHandlers,
  ...revisionHandlers,
  ...versionMarkHandlers,
};
