/**
 * Which role each channel needs: `any` (a delegate's installation may call it) or the secretariat
 * of the session it touches, with the action named in the refusal. The compiler requires an entry
 * for every channel, so a new channel cannot forget to say; dispatch enforces the table through the
 * core's one guard (main/core/roles/guard.ts), never trusting the renderer. Kept beside the contract
 * (not inside it) so new channels elsewhere do not collide here.
 */
import { CHANNELS, type Channel } from './channels';
import type { ParsedInputOf } from './contract';
import type { MessageKey } from '../messages/types';

/** Items and documents an input names: each must belong to a session this installation issues. */
export interface RoleScope {
  itemIds?: readonly string[];
  documentIds?: readonly string[];
}

/** The action a refusal names ("Không thể {action} trên máy này"), a catalogue key `role.action.*`. */
export type RoleAction = Extract<MessageKey, `role.action.${string}`>;

export type RoleNeed = { role: 'any' } | { role: 'secretariat'; action: RoleAction; scope?: RoleScope };

export type RoleRule<C extends Channel> =
  | { role: 'any' }
  | { role: 'secretariat'; action: RoleAction; scope?: (input: ParsedInputOf<C>) => RoleScope }
  | { role: 'byInput'; need: (input: ParsedInputOf<C>) => RoleNeed };

const any = { role: 'any' } as const;

export const CHANNEL_ROLES: { readonly [C in Channel]: RoleRule<C> } = {
  [CHANNELS.appInfo]: any,
  [CHANNELS.agendaGet]: any,
  [CHANNELS.documentGet]: any,
  [CHANNELS.searchQuery]: any,
  [CHANNELS.settingsGet]: any,
  [CHANNELS.settingsSet]: any,
  [CHANNELS.identityGet]: any,
  [CHANNELS.identitySet]: any,
  [CHANNELS.commentsList]: any,
  [CHANNELS.commentsCreate]: any,
  [CHANNELS.commentsUpdate]: any,
  [CHANNELS.commentsDelete]: any,
  [CHANNELS.commentsHistory]: any,
  [CHANNELS.notesList]: any,
  [CHANNELS.notesSave]: any,
  [CHANNELS.notesDelete]: any,
  [CHANNELS.draftsGet]: any,
  [CHANNELS.draftsList]: any,
  [CHANNELS.draftsSave]: any,
  [CHANNELS.draftsClear]: any,
  [CHANNELS.packagesExportComments]: any,
  [CHANNELS.packagesExportDossier]: { role: 'secretariat', action: 'role.action.export_dossier' },
  [CHANNELS.packagesImportComments]: { role: 'secretariat', action: 'role.action.import_comments' },
  [CHANNELS.packagesImportDossier]: any,
  [CHANNELS.compileGet]: { role: 'secretariat', action: 'role.action.view_compiled' },
  [CHANNELS.answersSet]: { role: 'secretariat', action: 'role.action.answer' },
  [CHANNELS.answersList]: any,
  [CHANNELS.backupsList]: any,
  [CHANNELS.backupsCreate]: any,
  [CHANNELS.backupsRestore]: any,
  // Creating a session makes this installation's office its secretariat: allowed anywhere.
  [CHANNELS.sessionCreate]: any,
  [CHANNELS.sessionUpdate]: { role: 'secretariat', action: 'role.action.edit_session' },
  [CHANNELS.agendaAddItem]: { role: 'secretariat', action: 'role.action.add_item' },
  [CHANNELS.agendaUpdateItem]: {
    role: 'secretariat',
    action: 'role.action.edit_item',
    scope: (input) => ({ itemIds: [input.id] }),
  },
  [CHANNELS.agendaRemoveItem]: {
    role: 'secretariat',
    action: 'role.action.delete_item',
    scope: (input) => ({ itemIds: [input.id] }),
  },
  [CHANNELS.agendaReorder]: {
    role: 'secretariat',
    action: 'role.action.reorder_agenda',
    scope: (input) => ({ itemIds: input.items.map((i) => i.id) }),
  },
  [CHANNELS.rosterImportCsv]: { role: 'secretariat', action: 'role.action.import_roster' },
  [CHANNELS.rosterSave]: { role: 'secretariat', action: 'role.action.edit_roster' },
  [CHANNELS.documentsPreviewImport]: { role: 'secretariat', action: 'role.action.add_document' },
  [CHANNELS.documentsImport]: {
    role: 'secretariat',
    action: 'role.action.add_document',
    scope: (input) => ({ itemIds: [input.itemId] }),
  },
  [CHANNELS.documentsPreviewVersion]: {
    role: 'secretariat',
    action: 'role.action.replace_document',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.documentsImportVersion]: {
    role: 'secretariat',
    action: 'role.action.replace_document',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.documentsRemove]: {
    role: 'secretariat',
    action: 'role.action.delete_document',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  // The delegate's own sheet is anyone's; the compiled report is the secretariat's.
  [CHANNELS.pdfStart]: {
    role: 'byInput',
    need: (input) =>
      input.kind === 'report'
        ? {
            role: 'secretariat',
            action: 'role.action.export_report',
            scope: input.documentId ? { documentIds: [input.documentId] } : {},
          }
        : any,
  },
  [CHANNELS.pdfStatus]: any,
  [CHANNELS.pdfCancel]: any,
  [CHANNELS.pdfOpen]: any,
  [CHANNELS.sessionList]: any,
  [CHANNELS.sessionOpen]: any,
  // The office profile is this installation's own, whatever the session on screen.
  [CHANNELS.officeGet]: any,
  [CHANNELS.officeSetup]: any,
  [CHANNELS.reportSettingsGet]: { role: 'secretariat', action: 'role.action.view_report_settings' },
  [CHANNELS.reportSettingsSave]: { role: 'secretariat', action: 'role.action.edit_report_settings' },
  // The office key is this installation's own: exporting it needs its passphrase, not a session.
  [CHANNELS.officeExportKey]: any,
  [CHANNELS.officeImportKey]: any,
  [CHANNELS.receiptsList]: any,
  [CHANNELS.commentsCreateOnBehalf]: {
    role: 'secretariat',
    action: 'role.action.comment_on_behalf',
    scope: (input) => ({ itemIds: [input.itemId] }),
  },
  [CHANNELS.rosterExportNotSent]: { role: 'secretariat', action: 'role.action.export_not_sent' },
  [CHANNELS.keysList]: { role: 'secretariat', action: 'role.action.view_keys' },
  [CHANNELS.keysDecide]: { role: 'secretariat', action: 'role.action.decide_key' },
  [CHANNELS.revisionsList]: {
    role: 'secretariat',
    action: 'role.action.view_revisions',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsChange]: {
    role: 'secretariat',
    action: 'role.action.edit_revisions',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsResolve]: {
    role: 'secretariat',
    action: 'role.action.resolve_conflicts',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsMake]: {
    role: 'secretariat',
    action: 'role.action.make_revision',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsExport]: {
    role: 'secretariat',
    action: 'role.action.export_revision',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  // A delegate's own: the office's decisions on their keys, and comments under another identity here.
  [CHANNELS.keysMine]: any,
  [CHANNELS.identityOthers]: any,
  [CHANNELS.documentsVersionMarks]: any,
};

/** What a call needs, from the channel's rule and its (validated) input. */
export function roleNeed<C extends Channel>(channel: C, input: ParsedInputOf<C>): RoleNeed {
  const rule = CHANNEL_ROLES[channel] as RoleRule<C>;
  if (rule.role === 'any') return rule;
  if (rule.role === 'byInput') return rule.need(input);
  return { role: 'secretariat', action: rule.action, scope: rule.scope?.(input) };
}
