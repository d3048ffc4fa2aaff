/**
 * The two exchange formats, version 1 (docs/package-formats.md). A package file is gzip'd JSON:
 * an envelope whose `content` is a JSON string, so its SHA-256 and Ed25519 signature cover exact
 * bytes and can be checked by hand (`gunzip -c f | jq -r .content | sha256sum`).
 */
import { z } from 'zod';
import { ANSWER_KINDS, STANCES } from '../domain/comments';
import { COUNCIL_LEVELS } from '../domain/council';
import { PACKAGE_LIMITS } from '../ipc/limits';
import '../ipc/zod-vi';
import type { MessageKey } from '../messages/types';
import { schemaText } from '../messages/zod-issues';
import { hasControlCharacters } from '../text/control-chars';

export const COMMENT_PACKAGE_FORMAT = 'gop-y-hdnd/comments';
export const DOSSIER_PACKAGE_FORMAT = 'gop-y-hdnd/dossier';
export const PACKAGE_VERSION = 1;
export { COMMENT_PACKAGE_EXT, DOSSIER_PACKAGE_EXT, PACKAGE_LIMITS } from '../ipc/limits';

const id = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9_-]+$/u);
const shortText = z.string().max(2_000);
const text = z.string().max(PACKAGE_LIMITS.text);
const isoTime = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/u);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const base64Key = z.string().regex(/^[A-Za-z0-9+/]{43}=$/u);

export const envelopeSchema = z
  .object({
    format: z.enum([COMMENT_PACKAGE_FORMAT, DOSSIER_PACKAGE_FORMAT]),
    version: z.number().int(),
    /** Hex SHA-256 of `content` (UTF-8). */
    sha256: z.string().regex(/^[0-9a-f]{64}$/u),
    /** Sender's Ed25519 public key, raw 32 bytes, base64. */
    publicKey: base64Key,
    /** Ed25519 signature of `content` (UTF-8), base64. */
    signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/u),
    content: z.string(),
  })
  .strict();
export type PackageEnvelope = z.infer<typeof envelopeSchema>;

/** The `schema.package.*_twice` messages ("comment id "{id}" appears twice"). */
type TwiceKey = Extract<MessageKey, `schema.package.${string}_twice`>;

/** Reports the first id that appears twice: one clear sentence instead of a constraint failure later. */
function noDuplicates(ctx: z.RefinementCtx, twice: TwiceKey, ids: readonly string[], path: PropertyKey[] = []): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      ctx.addIssue({ code: 'custom', message: schemaText(twice, { id }), path });
      return;
    }
    seen.add(id);
  }
}

/** A person's name or delegation: no control characters (shared/text/control-chars.ts). */
const personText = shortText.min(1).refine((v) => !hasControlCharacters(v), schemaText('schema.package.control_chars'));

const authorSchema = z.object({ id, name: personText, delegation: personText }).strict();

const commentId = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u);

export const packagedCommentSchema = z
  .object({
    id: commentId,
    itemId: id,
    documentId: id.nullable(),
    anchor: z
      .object({
        blockId: id,
        start: z.number().int().min(0),
        end: z.number().int().min(1),
        quote: text.min(1),
        path: shortText.nullable(),
        lineFirst: z.number().int().min(1),
        lineLast: z.number().int().min(1),
      })
      .strict()
      .refine((a) => a.start < a.end, { message: schemaText('schema.package.quote_reversed'), path: ['end'] })
      .refine((a) => a.lineFirst <= a.lineLast, { message: schemaText('schema.package.lines_reversed'), path: ['lineLast'] })
      .nullable(),
    stance: z.enum(STANCES),
    text: text.min(1),
    proposedText: text.nullable(),
    revision: z.number().int().min(1),
    createdAt: isoTime,
    updatedAt: isoTime,
    deleted: z.boolean(),
  })
  .strict();
export type PackagedComment = z.infer<typeof packagedCommentSchema>;

export const commentPackageSchema = z
  .object({
    sessionId: id,
    dossierVersion: z.number().int().min(1),
    exportedAt: isoTime,
    author: authorSchema,
    comments: z
      .array(packagedCommentSchema)
      .max(PACKAGE_LIMITS.comments)
      .superRefine((comments, ctx) =>
        noDuplicates(
          ctx,
          'schema.package.comment_twice',
          comments.map((c) => c.id),
        ),
      ),
  })
  .strict();
export type CommentPackage = z.infer<typeof commentPackageSchema>;

const blockSchema = z
  .object({
    id,
    kind: z.enum(['heading', 'paragraph', 'list_item', 'table_row']),
    level: z.number().int().min(0).max(20),
    label: shortText.nullable(),
    path: shortText.nullable(),
    text: z.string().max(PACKAGE_LIMITS.blockText),
    cells: z.array(z.string().max(PACKAGE_LIMITS.blockText)).max(100).nullable(),
  })
  .strict();

export const dossierPackageSchema = z
  .object({
    dossierVersion: z.number().int().min(1),
    exportedAt: isoTime,
    session: z
      .object({
        id,
        council: shortText.min(1),
        councilShort: shortText.min(1),
        /** Since migration 006; a package without it takes the level its council's name says. */
        level: z.enum(COUNCIL_LEVELS).optional(),
        term: shortText.min(1),
        name: shortText.min(1),
        place: shortText.min(1),
        startDate: isoDate,
        endDate: isoDate,
        commentDeadline: isoTime.nullable(),
        isSample: z.boolean(),
        rosterIllustrative: z.boolean(),
      })
      .strict(),
    items: z
      .array(
        z
          .object({
            id,
            day: isoDate,
            sitting: z.enum(['sang', 'chieu']),
            order: z.number().int().min(1),
            time: z
              .string()
              .regex(/^\d{2}:\d{2}$/u)
              .nullable(),
            title: shortText.min(1),
            presenter: shortText,
            kind: z.enum(['khai_mac', 'to_trinh', 'bao_cao', 'thao_luan', 'chat_van', 'bieu_quyet', 'be_mac', 'khac']),
            documents: z
              .array(
                z
                  .object({
                    id,
                    kind: z.enum(['to_trinh', 'de_an', 'du_thao_nghi_quyet', 'bao_cao_tham_tra', 'bao_cao', 'khac']),
                    issuer: shortText.nullable(),
                    numberSymbol: shortText.nullable(),
                    date: isoDate.nullable(),
                    place: shortText.nullable().optional(),
                    title: shortText.min(1),
                    illustrative: z.boolean(),
                    blocks: z.array(blockSchema).max(PACKAGE_LIMITS.blocksPerDocument),
                  })
                  .strict(),
              )
              .max(PACKAGE_LIMITS.documents),
          })
          .strict(),
      )
      .max(500),
    roster: z
      .array(
        z
          .object({
            id,
            name: personText,
            delegation: personText,
            constituency: shortText.nullable(),
            title: shortText.nullable(),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.roster),
    /** The issuing office and which of its secretariat machines issued this version (optional: older dossiers have none). */
    office: z.object({ name: shortText.nullable(), machine: shortText.nullable() }).strict().optional(),
    /** Receipts: per delegate, the latest comment package received, when, with how many comments (optional). */
    receipts: z
      .array(z.object({ authorId: id, exportedAt: isoTime, receivedAt: isoTime, comments: z.number().int().min(0) }).strict())
      .max(PACKAGE_LIMITS.roster * 10)
      .optional(),
    /** The secretariat's decisions on delegates' new keys, so every secretariat machine agrees (optional). */
    keyDecisions: z
      .array(
        z
          .object({
            authorId: id,
            oldKey: base64Key,
            newKey: base64Key,
            decision: z.enum(['approved', 'refused']),
            reason: shortText.min(1),
            decidedAt: isoTime,
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.roster * 10)
      .optional(),
    /** The secretariat's answers to delegates' comments (optional: dossiers exported before answers have none). */
    answers: z
      .array(
        z
          .object({
            commentId,
            kind: z.enum(ANSWER_KINDS),
            text: text.min(1),
            answeredAt: isoTime,
            /** The revision of the comment that was answered; null when not known. */
            commentRevision: z.number().int().min(1).nullable(),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.comments)
      .optional(),
    /**
     * The accepted changes that made revised versions (dự thảo chỉnh lý): per change, the comments it
     * came from and whether each one's wording was taken as proposed or edited (optional: older
     * dossiers have none).
     */
    revisedWordings: z
      .array(
        z
          .object({
            changeId: commentId,
            documentId: id,
            revisedVersion: z.number().int().min(1),
            original: z.string().max(PACKAGE_LIMITS.blockText),
            wording: z.string().max(PACKAGE_LIMITS.blockText),
            comments: z
              .array(z.object({ commentId, taken: z.enum(['proposed', 'edited']) }).strict())
              .min(1)
              .max(PACKAGE_LIMITS.comments),
          })
          .strict(),
      )
      .max(PACKAGE_LIMITS.comments)
      .optional(),
  })
  .strict()
  .superRefine((pkg, ctx) => {
    const documents = pkg.items.flatMap((i) => i.documents);
    noDuplicates(
      ctx,
      'schema.package.item_twice',
      pkg.items.map((i) => i.id),
      ['items'],
    );
    noDuplicates(
      ctx,
      'schema.package.document_twice',
      documents.map((d) => d.id),
      ['items'],
    );
    noDuplicates(
      ctx,
      'schema.package.block_twice',
      documents.flatMap((d) => d.blocks.map((b) => b.id)),
      ['items'],
    );
    noDuplicates(
      ctx,
      'schema.package.delegate_twice',
      pkg.roster.map((r) => r.id),
      ['roster'],
    );
    noDuplicates(
      ctx,
      'schema.package.answer_twice',
      (pkg.answers ?? []).map((a) => a.commentId),
      ['answers'],
    );
    noDuplicates(
      ctx,
      'schema.package.change_twice',
      (pkg.revisedWordings ?? []).map((w) => w.changeId),
      ['revisedWordings'],
    );
  });
export type DossierPackage = z.infer<typeof dossierPackageSchema>;
