/**
 * The one IPC contract: for each channel, the zod schema of its argument and the type of its
 * result. Main validates every payload against these schemas before any handler runs; the
 * renderer's `window.api` is typed from the same table. Messages for users are Vietnamese.
 */
import { z } from 'zod';
import type { BackupInfo, RestoreResult } from '../domain/backups';
import type { CompiledView } from '../domain/compile';
import { COUNCIL_LEVELS } from '../domain/council';
import { EXPORT_FORMATS, type PdfJobStatus } from '../domain/exports';
import type { ReportSettingsView } from '../domain/report-settings';
import type { DocumentImportPreview, VersionImportResult, VersionPreview } from '../domain/imports';
import type { DelegateKeyView, KeyDecisionOutcome, OfficeView, Receipt } from '../domain/office';
import { NOT_SENT_FORMATS, type MyKeyDecision, type NotSentResult, type OtherIdentityComments } from '../domain/office';
import type { MakeRevisionResult, RevisionExportResult, RevisionView } from '../domain/revisions';
import type { VersionMarks } from '../domain/revisions';
import type { DossierImportResult, PackageFileResult, SavedFile } from '../domain/packages';
import { PACKAGE_LIMITS } from '../packages/format';
import { hasControlCharacters } from '../text/control-chars';
import {
  ANSWER_KINDS,
  STANCES,
  type Answer,
  type Comment,
  type CommentRevision,
  type Draft,
  type Note,
} from '../domain/comments';
import type {
  AgendaView,
  AppInfo,
  DocumentPage,
  Identity,
  IdentityView,
  SearchResult,
  SessionInfo,
  Settings,
} from '../domain/types';
import { CHANNELS, type ApiMethod, type Channel } from './channels';
import type { Envelope } from './envelope';
import type { SavedComment } from './events';
import { schemaText } from '../messages/zod-issues';
import { LIMITS, LIST_WINDOWS } from './limits';
import {
  answerWordingFields,
  revisionsChangeInput,
  revisionsListInput,
  revisionsExportInput,
  revisionsMakeInput,
  revisionsResolveInput,
} from './revision-schemas';

export { LIMITS } from './limits';

const nfc = (s: string): string => s.normalize('NFC');

const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/u);
const none = z.object({}).strict().optional();
const name = z
  .string()
  .trim()
  .min(1, 'Không được để trống.')
  .max(LIMITS.name, schemaText('schema.too_long', { max: LIMITS.name }))
  .refine((v) => !hasControlCharacters(v), 'Không được chứa ký tự điều khiển (như NUL hay xuống dòng).')
  .transform(nfc);
const revision = z.number().int().min(1);
const stance = z.enum(STANCES, { message: 'Quan điểm phải là Tán thành, Không tán thành hoặc Ý kiến khác.' });
const commentText = z
  .string()
  .trim()
  .min(1, 'Nội dung góp ý không được để trống.')
  .max(LIMITS.commentText, schemaText('schema.comment_long', { max: LIMITS.commentText }))
  .transform(nfc);
const proposedText = z
  .string()
  .max(LIMITS.proposedText, schemaText('schema.proposed_long', { max: LIMITS.proposedText }))
  .transform((s) => (s.trim() ? nfc(s.trim()) : null))
  .nullable();
const anchor = z
  .object({
    blockId: id,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    quote: z
      .string()
      .min(1)
      .max(LIMITS.quote, schemaText('schema.quote_long', { max: LIMITS.quote })),
  })
  .strict();
const noteText = z
  .string()
  .trim()
  .min(1, 'Ghi chú không được để trống.')
  .max(LIMITS.noteText, schemaText('schema.note_long', { max: LIMITS.noteText }))
  .transform(nfc);
const draftKey = z
  .string()
  .max(LIMITS.draftKey)
  .regex(/^[a-z]+(:[A-Za-z0-9_-]+)+$/u);

const packageFile = z
  .object({
    name: z.string().min(1).max(LIMITS.fileName).transform(nfc),
    dataBase64: z
      .string()
      .max(
        Math.ceil((PACKAGE_LIMITS.fileBytes * 4) / 3) + 4,
        schemaText('schema.file_over_limit', { mb: PACKAGE_LIMITS.fileBytes / 1024 / 1024 }),
      )
      .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'Dữ liệu tệp không đúng mã base64.'),
  })
  .strict();

const fingerprintText = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/u, 'Dấu khóa phải có dạng XXXX-XXXX-XXXX-XXXX.');

const passphrase = z.string().min(1, 'Hãy nhập cụm mật khẩu.').max(1_000, 'Cụm mật khẩu quá dài.');

const isoDate = z
  .string()
  .min(1, 'Hãy chọn ngày.')
  .regex(/^\d{4}-\d{2}-\d{2}$/u, 'Ngày phải có dạng YYYY-MM-DD.');
const sessionFields = z
  .object({
    council: name,
    councilShort: name,
    level: z.enum(COUNCIL_LEVELS).optional(),
    term: name,
    name,
    place: name,
    startDate: isoDate,
    endDate: isoDate,
    commentDeadline: z.iso.datetime({ offset: true, message: 'Hạn góp ý không hợp lệ.' }).nullable(),
  })
  .strict();
type SettingLengthKey =
  | 'schema.report_number_long'
  | 'schema.signer_capacity_long'
  | 'schema.signer_title_long'
  | 'schema.signer_name_long'
  | 'schema.archive_long';
/** A field left out keeps its value; an empty one (or null) goes back to the session's default. */
const settingText = (max: number, key: SettingLengthKey) =>
  z
    .string()
    .trim()
    .max(max, schemaText(key, { max }))
    .transform((v) => (v === '' ? null : nfc(v)))
    .nullable()
    .optional();
const reportSettingsFields = z
  .object({
    number: settingText(40, 'schema.report_number_long'),
    date: isoDate
      .nullable()
      .optional()
      .or(z.literal('').transform(() => null)),
    signerCapacity: settingText(120, 'schema.signer_capacity_long'),
    signerTitle: settingText(120, 'schema.signer_title_long'),
    signerName: settingText(LIMITS.name, 'schema.signer_name_long'),
    recipients: z
      .array(z.string().trim().max(300, 'Mỗi nơi nhận không quá 300 ký tự.').transform(nfc))
      .max(40, 'Nhiều nhất 40 nơi nhận.')
      .transform((list) => {
        const kept = list
          .map((r) =>
            r
              .replace(/^[-–•]\s*/u, '')
              .replace(/[;.]+$/u, '')
              .trim(),
          )
          .filter((r) => r !== '');
        return kept.length > 0 ? kept : null;
      })
      .nullable()
      .optional(),
    archive: settingText(120, 'schema.archive_long'),
  })
  .strict();
const itemFields = {
  day: isoDate,
  sitting: z.enum(['sang', 'chieu']),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/u, 'Giờ phải có dạng HH:MM.')
    .nullable(),
  title: z.string().trim().min(1, 'Tên nội dung không được để trống.').max(1_000).transform(nfc),
  presenter: z.string().trim().max(LIMITS.name).transform(nfc),
  kind: z.enum(['khai_mac', 'to_trinh', 'bao_cao', 'thao_luan', 'chat_van', 'bieu_quyet', 'be_mac', 'khac']),
};
const rosterEntry = z
  .object({ id: id.optional(), name, delegation: name, constituency: name.nullable(), title: name.nullable() })
  .strict();

const documentHeader = z
  .object({
    kind: z.enum(['to_trinh', 'de_an', 'du_thao_nghi_quyet', 'bao_cao_tham_tra', 'bao_cao', 'khac']),
    issuer: name.nullable(),
    numberSymbol: name.nullable(),
    date: isoDate.nullable(),
    /** Place of issue; optional so callers that predate it still validate. */
    place: name.nullable().optional(),
    title: z.string().trim().min(1, 'Tên tài liệu không được để trống.').max(1_000).transform(nfc),
  })
  .strict();

interface ChannelSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type for the type system only. */
  output?: (value: O) => void;
}
const spec =
  <O>() =>
  <I extends z.ZodType>(input: I): ChannelSpec<I, O> => ({ input });

export const contract = {
  [CHANNELS.appInfo]: spec<AppInfo>()(none),
  [CHANNELS.agendaGet]: spec<AgendaView>()(none),
  [CHANNELS.documentGet]: spec<DocumentPage>()(
    z
      .object({
        documentId: id,
        /** The window (DocumentPage): from block `from`, character `fromChar` of its text; at most `limit` blocks. */
        from: z.number().int().min(0).optional(),
        fromChar: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(LIST_WINDOWS.documentMaxBlocks).optional(),
      })
      .strict(),
  ),
  [CHANNELS.searchQuery]: spec<SearchResult>()(
    z
      .object({
        query: z.string().max(LIMITS.query, schemaText('schema.query_long', { max: LIMITS.query })),
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
  [CHANNELS.identityGet]: spec<IdentityView>()(none),
  [CHANNELS.identitySet]: spec<Identity>()(
    z
      .object({
        rosterId: id.optional(),
        name: name.optional(),
        delegation: name.optional(),
        role: z.enum(['dai_bieu', 'thu_ky']).optional(),
      })
      .strict()
      .refine((v) => !(v.rosterId && (v.name || v.delegation)), 'Chọn tên trong danh sách hoặc nhập tên, không cả hai.')
      .refine((v) => !v.name === !v.delegation, 'Cần nhập cả họ tên và tổ đại biểu.'),
  ),
  [CHANNELS.commentsList]: spec<Comment[]>()(
    z
      .object({
        documentId: id.optional(),
        itemId: id.optional(),
        mine: z.boolean().optional(),
        includeDeleted: z.boolean().optional(),
        /** Pages of a whole session's list (not a delegate's own): page on with offset + length until a page comes back empty. */
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(LIST_WINDOWS.commentsMaxPage).optional(),
      })
      .strict()
      .optional(),
  ),
  [CHANNELS.commentsCreate]: spec<SavedComment>()(
    z
      .object({
        itemId: id,
        documentId: id.nullable(),
        anchor: anchor.nullable(),
        stance,
        text: commentText,
        proposedText: proposedText.optional(),
        draftKey: draftKey.optional(),
      })
      .strict(),
  ),
  [CHANNELS.commentsUpdate]: spec<SavedComment>()(
    z
      .object({
        id,
        expectedRevision: revision,
        stance: stance.optional(),
        text: commentText.optional(),
        proposedText: proposedText.optional(),
        draftKey: draftKey.optional(),
      })
      .strict(),
  ),
  [CHANNELS.commentsDelete]: spec<SavedComment>()(z.object({ id, expectedRevision: revision }).strict()),
  [CHANNELS.commentsHistory]: spec<CommentRevision[]>()(z.object({ id }).strict()),
  [CHANNELS.notesList]: spec<Note[]>()(z.object({ documentId: id }).strict()),
  [CHANNELS.notesSave]: spec<Note>()(z.object({ id: id.optional(), documentId: id, anchor, text: noteText }).strict()),
  [CHANNELS.notesDelete]: spec<{ deleted: boolean }>()(z.object({ id }).strict()),
  [CHANNELS.draftsGet]: spec<Draft | null>()(z.object({ key: draftKey }).strict()),
  [CHANNELS.draftsList]: spec<Draft[]>()(none),
  [CHANNELS.draftsSave]: spec<Draft>()(
    z.object({ key: draftKey, payload: z.string().max(LIMITS.draftPayload, 'Bản nháp quá dài.').transform(nfc) }).strict(),
  ),
  [CHANNELS.draftsClear]: spec<{ cleared: boolean }>()(z.object({ key: draftKey }).strict()),
  [CHANNELS.packagesExportComments]: spec<SavedFile>()(none),
  [CHANNELS.packagesExportDossier]: spec<SavedFile>()(none),
  [CHANNELS.packagesImportComments]: spec<PackageFileResult[]>()(
    z
      .object({
        files: z
          .array(packageFile)
          .min(1)
          .max(LIMITS.filesPerImport, schemaText('schema.files_many', { max: LIMITS.filesPerImport })),
      })
      .strict(),
  ),
  [CHANNELS.packagesImportDossier]: spec<DossierImportResult>()(
    z
      .object({
        file: packageFile,
        /** The fingerprint the user confirmed for a dossier from an office key not yet trusted here. */
        trustFingerprint: fingerprintText.optional(),
      })
      .strict(),
  ),
  [CHANNELS.compileGet]: spec<CompiledView>()(
    z
      .object({
        documentId: id.optional(),
        stance: stance.optional(),
        delegation: z.string().max(LIMITS.name).optional(),
        answered: z.enum(['answered', 'unanswered', 'revised']).optional(),
        query: z
          .string()
          .trim()
          .max(LIMITS.query, schemaText('schema.search_long', { max: LIMITS.query }))
          .transform(nfc)
          .optional(),
        delegateId: id.optional(),
        conflicts: z.boolean().optional(),
        /** The window: rows from `offset`, at most `limit` of them (fewer when they would pass the byte budget). */
        offset: z.number().int().min(0).optional(),
        limit: z.number().int().min(1).max(LIST_WINDOWS.compileMaxRows).optional(),
      })
      .strict()
      .optional(),
  ),
  [CHANNELS.answersSet]: spec<{ answered: number; changeId?: string }>()(
    z
      .object({
        commentIds: z.array(z.string().uuid()).min(1).max(LIMITS.answerGroup),
        kind: z.enum(ANSWER_KINDS, { message: 'Hình thức trả lời phải là Tiếp thu, Giải trình hoặc Ghi nhận.' }),
        text: z
          .string()
          .trim()
          .min(1, 'Nội dung trả lời không được để trống.')
          .max(LIMITS.answerText, schemaText('schema.answer_long', { max: LIMITS.answerText }))
          .transform(nfc),
        ...answerWordingFields,
      })
      .strict(),
  ),
  [CHANNELS.answersList]: spec<Answer[]>()(none),
  [CHANNELS.backupsList]: spec<BackupInfo[]>()(none),
  [CHANNELS.backupsCreate]: spec<BackupInfo>()(none),
  [CHANNELS.backupsRestore]: spec<RestoreResult>()(
    z
      .object({
        name: z
          .string()
          .max(LIMITS.fileName)
          .regex(/^gop-y-hdnd-[0-9-]+-[a-z-]+\.sqlite$/u, 'Tên bản sao lưu không hợp lệ.'),
      })
      .strict(),
  ),
  [CHANNELS.sessionCreate]: spec<SessionInfo>()(sessionFields),
  [CHANNELS.sessionUpdate]: spec<SessionInfo>()(sessionFields),
  [CHANNELS.agendaAddItem]: spec<{ id: string }>()(z.object(itemFields).strict()),
  [CHANNELS.agendaUpdateItem]: spec<{ id: string }>()(z.object({ id, ...itemFields }).strict()),
  [CHANNELS.agendaRemoveItem]: spec<{ removed: boolean }>()(z.object({ id }).strict()),
  [CHANNELS.agendaReorder]: spec<{ reordered: number }>()(
    z
      .object({
        items: z
          .array(z.object({ id, day: isoDate, sitting: z.enum(['sang', 'chieu']) }).strict())
          .min(1)
          .max(500),
      })
      .strict(),
  ),
  [CHANNELS.rosterImportCsv]: spec<{ imported: number }>()(z.object({ file: packageFile }).strict()),
  [CHANNELS.rosterSave]: spec<{ saved: number }>()(z.object({ entries: z.array(rosterEntry).max(2_000) }).strict()),
  [CHANNELS.documentsPreviewImport]: spec<DocumentImportPreview>()(z.object({ file: packageFile }).strict()),
  [CHANNELS.documentsImport]: spec<{ documentId: string }>()(
    z.object({ itemId: id, file: packageFile, header: documentHeader }).strict(),
  ),
  [CHANNELS.documentsPreviewVersion]: spec<VersionPreview>()(z.object({ documentId: id, file: packageFile }).strict()),
  [CHANNELS.documentsImportVersion]: spec<VersionImportResult>()(
    z.object({ documentId: id, file: packageFile, header: documentHeader }).strict(),
  ),
  [CHANNELS.documentsRemove]: spec<{ removed: boolean }>()(z.object({ documentId: id }).strict()),
  [CHANNELS.pdfStart]: spec<PdfJobStatus>()(
    z
      .object({
        kind: z.enum(['sheet', 'report']),
        /** PDF unless asked for Word (.docx). */
        format: z.enum(EXPORT_FORMATS).optional(),
        itemId: id.optional(),
        documentId: id.optional(),
      })
      .strict(),
  ),
  [CHANNELS.pdfStatus]: spec<PdfJobStatus>()(z.object({ jobId: z.string().uuid() }).strict()),
  [CHANNELS.pdfCancel]: spec<PdfJobStatus>()(z.object({ jobId: z.string().uuid() }).strict()),
  [CHANNELS.pdfOpen]: spec<{ opened: boolean }>()(z.object({ jobId: z.string().uuid() }).strict()),
  [CHANNELS.reportSettingsGet]: spec<ReportSettingsView>()(none),
  [CHANNELS.reportSettingsSave]: spec<ReportSettingsView>()(reportSettingsFields),
  [CHANNELS.sessionList]: spec<SessionInfo[]>()(none),
  [CHANNELS.sessionOpen]: spec<SessionInfo>()(z.object({ id }).strict()),
  [CHANNELS.officeGet]: spec<OfficeView>()(none),
  [CHANNELS.officeExportKey]: spec<SavedFile & { fingerprint: string }>()(z.object({ passphrase }).strict()),
  [CHANNELS.officeImportKey]: spec<OfficeView>()(
    z.object({ file: packageFile, passphrase, machineName: name.nullable().optional() }).strict(),
  ),
  [CHANNELS.receiptsList]: spec<Receipt[]>()(none),
  [CHANNELS.commentsCreateOnBehalf]: spec<Comment>()(
    z
      .object({
        itemId: id,
        documentId: id.nullable(),
        anchor: anchor.nullable(),
        stance,
        text: commentText,
        proposedText: proposedText.optional(),
        onBehalf: z
          .object({
            rosterId: id.optional(),
            delegation: name.optional(),
            source: z
              .string()
              .trim()
              .min(1, 'Hãy ghi nguồn (ví dụ: phiếu giấy ngày 04/12, biên bản thảo luận Tổ).')
              .max(LIMITS.name)
              .transform(nfc),
          })
          .strict()
          .refine((v) => !v.rosterId !== !v.delegation, 'Chọn một đại biểu hoặc một Tổ đại biểu.'),
      })
      .strict(),
  ),
  [CHANNELS.rosterExportNotSent]: spec<NotSentResult>()(
    z
      .object({ format: z.enum(NOT_SENT_FORMATS).optional() })
      .strict()
      .optional(),
  ),
  [CHANNELS.keysList]: spec<DelegateKeyView[]>()(none),
  [CHANNELS.keysDecide]: spec<KeyDecisionOutcome>()(
    z
      .object({
        authorId: id,
        decision: z.enum(['approved', 'refused']),
        reason: z
          .string()
          .trim()
          .min(1, 'Hãy ghi lý do (ví dụ: đã so dấu khóa với phiếu góp ý có chữ ký).')
          .max(LIMITS.name)
          .transform(nfc),
        fingerprint: fingerprintText.optional(),
      })
      .strict(),
  ),
  [CHANNELS.officeSetup]: spec<OfficeView>()(
    z.object({ officeName: name, clerkName: name, machineName: name.nullable().optional() }).strict(),
  ),
  [CHANNELS.revisionsList]: spec<RevisionView>()(revisionsListInput),
  [CHANNELS.revisionsChange]: spec<{ changeId: string }>()(revisionsChangeInput),
  [CHANNELS.revisionsResolve]: spec<{ changeId: string | null }>()(revisionsResolveInput),
  [CHANNELS.revisionsMake]: spec<MakeRevisionResult>()(revisionsMakeInput),
  [CHANNELS.revisionsExport]: spec<RevisionExportResult>()(revisionsExportInput),
  [CHANNELS.keysMine]: spec<MyKeyDecision[]>()(none),
  [CHANNELS.identityOthers]: spec<OtherIdentityComments[]>()(none),
  [CHANNELS.documentsVersionMarks]: spec<VersionMarks>()(z.object({ documentId: id }).strict()),
} satisfies Record<Channel, ChannelSpec<z.ZodType, never>>;

export type Contract = typeof contract;
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>;
export type OutputOf<C extends Channel> = Parameters<NonNullable<Contract[C]['output']>>[0];

/** The object the preload (Electron) or the HTTP client (browser) hands to the renderer. */
export type Api = {
  [M in ApiMethod]: (input?: InputOf<(typeof CHANNELS)[M]>) => Promise<Envelope<OutputOf<(typeof CHANNELS)[M]>>>;
};
