/** Seals and opens package files: gzip'd JSON envelope, SHA-256 of the content, Ed25519 signature. */
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { envelopeSchema, PACKAGE_LIMITS, PACKAGE_VERSION, type PackageEnvelope } from '../../../shared/packages/format';
import { verifySignature, type Signer } from '../crypto/keys';
import { AppError } from '../errors';
import { msg, type MessageRef } from '../../../shared/messages/types';
import { issueMessageRef, valueAt } from '../../../shared/messages/zod-issues';

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const mb = (bytes: number): string => String(Math.round(bytes / 1024 / 1024));

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
  kindKey: 'package.kind.comments' | 'package.kind.dossier',
): OpenedPackage<T> {
  const reject = (why: MessageRef): never => {
    throw new AppError('invalid_input', 'package.rejected', { file: fileName, why });
  };
  const kind = msg(kindKey);
  if (data.length > PACKAGE_LIMITS.fileBytes) {
    throw new AppError('too_large', 'package.too_large', { file: fileName, limit: mb(PACKAGE_LIMITS.fileBytes) });
  }
  let json: string;
  try {
    json = gunzipSync(data, { maxOutputLength: PACKAGE_LIMITS.jsonBytes }).toString('utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new AppError('too_large', 'package.unzipped_too_large', { file: fileName, limit: mb(PACKAGE_LIMITS.jsonBytes) });
    }
    return reject(msg('package.why.not_gzip', { kind }));
  }
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return reject(msg('package.why.bad_json'));
  }
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) return reject(msg('package.why.bad_structure', { kind }));
  const e = envelope.data;
  if (e.format !== format) return reject(msg('package.why.wrong_kind', { kind }));
  if (e.version !== 1) return reject(msg('package.why.version', { version: String(e.version) }));
  const bytes = Buffer.from(e.content, 'utf8');
  const digest = sha256(bytes);
  if (digest !== e.sha256) return reject(msg('package.why.tampered'));
  if (!verifySignature(e.publicKey, bytes, e.signature)) return reject(msg('package.why.bad_signature'));
  let content: unknown;
  try {
    content = JSON.parse(e.content);
  } catch {
    return reject(msg('package.why.bad_json'));
  }
  const parsed = schema.safeParse(content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue.path.map(String).join('.');
    return reject(
      msg('package.why.invalid_data', {
        path: path || msg('package.why.root'),
        issue: issueMessageRef(issue, valueAt(content, issue.path)),
      }),
    );
  }
  return { envelope: e, content: parsed.data, sha256: digest };
}
