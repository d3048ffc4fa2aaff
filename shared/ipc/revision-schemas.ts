/**
 * Input schemas of the revised-draft channels (revisions:*, and the wording fields of answers:set),
 * kept beside the contract so that file only names them. Messages are Vietnamese.
 */
import { z } from 'zod';
import { schemaText } from '../messages/zod-issues';
import { LIMITS } from './limits';

const nfc = (s: string): string => s.normalize('NFC');

const id = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/u);

/** A wording may be empty: the passage is then deleted. */
export const wording = z
  .string()
  .max(LIMITS.proposedText, schemaText('schema.wording_long', { max: LIMITS.proposedText }))
  .transform((s) => nfc(s.trim()));

const reason = z
  .string()
  .trim()
  .min(1, 'Hãy ghi lý do sửa đổi.')
  .max(LIMITS.answerText, schemaText('schema.revision_reason_long', { max: LIMITS.answerText }))
  .transform(nfc);

const point = z.object({ blockId: id, offset: z.number().int().min(0) }).strict();

/** The fields answers:set gains: accept the comment's wording, as proposed or as edited. */
export const answerWordingFields = {
  acceptWording: z.boolean().optional(),
  wording: wording.optional(),
};

export const revisionsListInput = z.object({ documentId: id }).strict();

export const revisionsChangeInput = z.object({ documentId: id, from: point, to: point, wording, reason }).strict();

export const revisionsResolveInput = z
  .object({
    documentId: id,
    changeIds: z.array(z.string().uuid()).min(1).max(LIMITS.answerGroup),
    resolution: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('keep'), changeId: z.string().uuid() }).strict(),
      z.object({ kind: z.literal('merge'), wording, reason }).strict(),
      z.object({ kind: z.literal('withdraw') }).strict(),
    ]),
  })
  .strict();

export const revisionsMakeInput = z.object({ documentId: id }).strict();

export const revisionsExportInput = z
  .object({
    documentId: id,
    kind: z.enum(['revised', 'comparison'], { message: 'Hãy chọn dự thảo chỉnh lý hoặc bảng so sánh.' }),
    format: z.enum(['pdf', 'docx'], { message: 'Định dạng phải là pdf hoặc docx.' }).optional(),
    /** The revised draft with its changes marked (default) or clean. */
    marked: z.boolean().optional(),
    /** The revised draft with each paragraph's line numbers (as on screen) in the margin. */
    lineNumbers: z.boolean().optional(),
  })
  .strict();
