/** Seals and opens package files: gzip'd JSON envelope, SHA-256 of the content, Ed25519 signature. */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { envelopeSchema, PACKAGE_LIMITS, PACKAGE_VERSION, type PackageEnvelope } from '../../../shared/packages/format';
import { verifySignature, type Signer } from '../crypto/keys';
import { AppError } from '../errors';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;
/** Marks where the plain words end and the technical detail begins (the window folds it away). */
export const TECHNICAL = 'Chi tiết kỹ thuật:';

export function sealPackage(format: PackageEnvelope['format'], content: unknown, signer: Signer): Buffer {
  const contentJson = JSON.stringify(content);
  const bytes = Buffer.from(contentJson, 'utf8');
  const envelope: PackageEnvelope = {
    format,
    version: PACKAGE_VERSION,
    sha256: sha256(bytes),
    publicKey: signer.publicKey,
    signature: signer.sign(bytes),
    content: contentJson,
  };
  return gzipSync(Buffer.from(JSON.stringify(envelope), 'utf8'));
}

export interface OpenedPackage<T> {
  envelope: PackageEnvelope;
  content: T;
  /** SHA-256 of the content: the package's identity. */
  sha256: string;
}

/** Opens and verifies a package file; every failure names the file and says why, in Vietnamese. */
export function openPackage<T>(
  data: Buffer,
  fileName: string,
  format: PackageEnvelope['format'],
  schema: z.ZodType<T>,
  kindLabel: string,
): OpenedPackage<T> {
  const reject = (why: string): never => {
    throw new AppError('invalid_input', `Tệp "${fileName}" bị từ chối: ${why}`);
  };
  if (data.length > PACKAGE_LIMITS.fileBytes) {
    throw new AppError('too_large', `Tệp "${fileName}" bị từ chối: lớn hơn giới hạn ${mb(PACKAGE_LIMITS.fileBytes)}.`);
  }
  let json: string;
  try {
    json = gunzipSync(data, { maxOutputLength: PACKAGE_LIMITS.jsonBytes }).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError(
        'too_large',
        `Tệp "${fileName}" bị từ chối: nội dung giải nén vượt quá ${mb(PACKAGE_LIMITS.jsonBytes)}.`,
      );
    }
    return reject(
      `tệp bị cắt cụt hoặc hỏng khi chép, hoặc không phải ${kindLabel}; hãy chép lại tệp từ nguồn hoặc đề nghị người gửi gửi lại. ${TECHNICAL} không giải nén được (gzip).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return reject('nội dung bị hỏng (không đọc được JSON).');
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return reject(`không đúng cấu trúc ${kindLabel}.`);
  const e = envelope.data;
  if (e.format !== format) return reject(`đây không phải ${kindLabel}.`);
  if (e.version !== 1) return reject(`phiên bản định dạng ${e.version} chưa được hỗ trợ; hãy cập nhật ứng dụng.`);
  const bytes = Buffer.from(e.content, 'utf8');
  const digest = sha256(bytes);
  if (digest !== e.sha256)
    return reject(
      `tệp đã bị thay đổi sau khi được ký; hãy đề nghị người gửi gửi lại tệp. ${TECHNICAL} mã băm SHA-256 không khớp.`,
    );
  if (!verifySignature(e.publicKey, bytes, e.signature))
    return reject(
      `chữ ký số không hợp lệ: tệp có thể đã bị sửa hoặc giả mạo; hãy đề nghị người gửi gửi lại tệp. ${TECHNICAL} chữ ký Ed25519 không khớp với nội dung.`,
    );
  let content: unknown;
  try {
    content = JSON.parse(e.content);
  } catch {
    return reject('nội dung bị hỏng (không đọc được JSON).');
  }
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return reject(`dữ liệu không hợp lệ (${issue.path.map(String).join('.') || 'gốc'}: ${issue.message}).`);
  }
  return { envelope: e, content: parsed.data, sha256: digest };
}
