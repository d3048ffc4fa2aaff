/**
 * Which role each channel needs: `any` (a delegate's installation may call it) or the secretariat
 * of the session it touches, with the action named in the refusal. The compiler requires an entry
 * for every channel, so a new channel cannot forget to say; dispatch enforces the table through the
 * core's one guard (main/core/roles/guard.ts), never trusting the renderer. Kept beside the contract
 * (not inside it) so new channels elsewhere do not collide here.
 */
import { CHANNELS, type Channel } from './channels';
import type { ParsedInputOf } from './contract';

/** Items and documents an input names: each must belong to a session this installation issues. */
export interface RoleScope {
  itemIds?: readonly string[];
  documentIds?: readonly string[];
}

export type RoleNeed = { role: 'any' } | { role: 'secretariat'; action: string; scope?: RoleScope };

export type RoleRule<C extends Channel> =
  | { role: 'any' }
  | { role: 'secretariat'; action: string; scope?: (input: ParsedInputOf<C>) => RoleScope }
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
  [CHANNELS.packagesExportDossier]: { role: 'secretariat', action: 'xuất hồ sơ kỳ họp' },
  [CHANNELS.packagesImportComments]: { role: 'secretariat', action: 'nhận gói góp ý của đại biểu' },
  [CHANNELS.packagesImportDossier]: any,
  [CHANNELS.compileGet]: { role: 'secretariat', action: 'xem tổng hợp góp ý' },
  [CHANNELS.answersSet]: { role: 'secretariat', action: 'trả lời góp ý' },
  [CHANNELS.answersList]: any,
  [CHANNELS.backupsList]: any,
  [CHANNELS.backupsCreate]: any,
  [CHANNELS.backupsRestore]: any,
  // Creating a session makes this installation's office its secretariat: allowed anywhere.
  [CHANNELS.sessionCreate]: any,
  [CHANNELS.sessionUpdate]: { role: 'secretariat', action: 'sửa thông tin kỳ họp' },
  [CHANNELS.agendaAddItem]: { role: 'secretariat', action: 'thêm nội dung vào chương trình' },
  [CHANNELS.agendaUpdateItem]: {
    role: 'secretariat',
    action: 'sửa nội dung chương trình',
    scope: (input) => ({ itemIds: [input.id] }),
  },
  [CHANNELS.agendaRemoveItem]: {
    role: 'secretariat',
    action: 'xóa nội dung chương trình',
    scope: (input) => ({ itemIds: [input.id] }),
  },
  [CHANNELS.agendaReorder]: {
    role: 'secretariat',
    action: 'sắp xếp chương trình',
    scope: (input) => ({ itemIds: input.items.map((i) => i.id) }),
  },
  [CHANNELS.rosterImportCsv]: { role: 'secretariat', action: 'nhập danh sách đại biểu' },
  [CHANNELS.rosterSave]: { role: 'secretariat', action: 'sửa danh sách đại biểu' },
  [CHANNELS.documentsPreviewImport]: { role: 'secretariat', action: 'thêm tài liệu vào hồ sơ' },
  [CHANNELS.documentsImport]: {
    role: 'secretariat',
    action: 'thêm tài liệu vào hồ sơ',
    scope: (input) => ({ itemIds: [input.itemId] }),
  },
  [CHANNELS.documentsPreviewVersion]: {
    role: 'secretariat',
    action: 'thay tài liệu bằng phiên bản mới',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.documentsImportVersion]: {
    role: 'secretariat',
    action: 'thay tài liệu bằng phiên bản mới',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.documentsRemove]: {
    role: 'secretariat',
    action: 'xóa tài liệu khỏi hồ sơ',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  // The delegate's own sheet is anyone's; the compiled report is the secretariat's.
  [CHANNELS.pdfStart]: {
    role: 'byInput',
    need: (input) =>
      input.kind === 'report'
        ? {
            role: 'secretariat',
            action: 'xuất báo cáo tổng hợp',
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
  [CHANNELS.reportSettingsGet]: { role: 'secretariat', action: 'xem thông tin báo cáo tổng hợp' },
  [CHANNELS.reportSettingsSave]: { role: 'secretariat', action: 'sửa thông tin báo cáo tổng hợp' },
  // The office key is this installation's own: exporting it needs its passphrase, not a session.
  [CHANNELS.officeExportKey]: any,
  [CHANNELS.officeImportKey]: any,
  [CHANNELS.receiptsList]: any,
  [CHANNELS.commentsCreateOnBehalf]: {
    role: 'secretariat',
    action: 'nhập góp ý thay đại biểu',
    scope: (input) => ({ itemIds: [input.itemId] }),
  },
  [CHANNELS.rosterExportNotSent]: { role: 'secretariat', action: 'xuất danh sách đại biểu chưa gửi góp ý' },
  [CHANNELS.keysList]: { role: 'secretariat', action: 'xem khóa của đại biểu' },
  [CHANNELS.keysDecide]: { role: 'secretariat', action: 'chấp nhận hoặc từ chối khóa mới của đại biểu' },
  [CHANNELS.revisionsList]: {
    role: 'secretariat',
    action: 'xem dự thảo chỉnh lý',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsChange]: {
    role: 'secretariat',
    action: 'sửa dự thảo chỉnh lý',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsResolve]: {
    role: 'secretariat',
    action: 'xử lý xung đột trong dự thảo chỉnh lý',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsMake]: {
    role: 'secretariat',
    action: 'làm dự thảo chỉnh lý',
    scope: (input) => ({ documentIds: [input.documentId] }),
  },
  [CHANNELS.revisionsExport]: {
    role: 'secretariat',
    action: 'xuất dự thảo chỉnh lý hoặc bảng so sánh',
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
