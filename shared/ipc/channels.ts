/**
 * Channel names (`domain:verb`) and the method each one has on `window.api`. This file is free of
 * zod so the preload can import it cheaply; the schemas live in contract.ts.
 */
export const CHANNELS = {
  appInfo: 'app:info',
  agendaGet: 'agenda:get',
  documentGet: 'document:get',
  searchQuery: 'search:query',
  settingsGet: 'settings:get',
  settingsSet: 'settings:set',
  identityGet: 'identity:get',
  identitySet: 'identity:set',
  commentsList: 'comments:list',
  commentsCreate: 'comments:create',
  commentsUpdate: 'comments:update',
  commentsDelete: 'comments:delete',
  commentsHistory: 'comments:history',
  notesList: 'notes:list',
  notesSave: 'notes:save',
  notesDelete: 'notes:delete',
  draftsGet: 'drafts:get',
  draftsList: 'drafts:list',
  draftsSave: 'drafts:save',
  draftsClear: 'drafts:clear',
  packagesExportComments: 'packages:exportComments',
  packagesExportDossier: 'packages:exportDossier',
  packagesImportComments: 'packages:importComments',
  packagesImportDossier: 'packages:importDossier',
  compileGet: 'compile:get',
  answersSet: 'answers:set',
  answersList: 'answers:list',
  backupsList: 'backups:list',
  backupsCreate: 'backups:create',
  backupsRestore: 'backups:restore',
  sessionCreate: 'session:create',
  sessionUpdate: 'session:update',
  agendaAddItem: 'agenda:addItem',
  agendaUpdateItem: 'agenda:updateItem',
  agendaRemoveItem: 'agenda:removeItem',
  agendaReorder: 'agenda:reorder',
  rosterImportCsv: 'roster:importCsv',
  rosterSave: 'roster:save',
  documentsPreviewImport: 'documents:previewImport',
  documentsImport: 'documents:import',
  documentsPreviewVersion: 'documents:previewVersion',
  documentsImportVersion: 'documents:importVersion',
  documentsRemove: 'documents:remove',
  pdfStart: 'pdf:start',
  pdfStatus: 'pdf:status',
  pdfCancel: 'pdf:cancel',
  pdfOpen: 'pdf:open',
  sessionList: 'session:list',
  sessionOpen: 'session:open',
  officeGet: 'office:get',
  officeSetup: 'office:setup',
  keysList: 'keys:list',
  keysDecide: 'keys:decide',
  officeExportKey: 'office:exportKey',
  officeImportKey: 'office:importKey',
  receiptsList: 'receipts:list',
  rosterExportNotSent: 'roster:exportNotSent',
  commentsCreateOnBehalf: 'comments:createOnBehalf',
} as const;

export type ApiMethod = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ApiMethod];

export const CHANNEL_LIST: readonly Channel[] = Object.values(CHANNELS);

export function isChannel(value: string): value is Channel {
  return (CHANNEL_LIST as readonly string[]).includes(value);
}
