/**
 * Recognises what a file really is from its first bytes, so a wrong file gets a message that says
 * what it is ("là tệp PDF", "được bảo vệ bằng mật khẩu") rather than a parser's stack trace.
 */

export type Container = 'zip' | 'ole' | 'ole-encrypted' | 'pdf' | 'rtf' | 'unknown';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

function startsWith(buffer: Uint8Array, magic: readonly number[]): boolean {
  if (buffer.length < magic.length) return false;
  return magic.every((b, i) => buffer[i] === b);
}

/**
 * An encrypted Office file is an OLE compound file holding the streams "EncryptionInfo" and
 * "EncryptedPackage"; directory entry names are UTF-16LE, so the name's bytes appear as such.
 */
function hasEncryptionInfo(buffer: Uint8Array): boolean {
  const needle = Buffer.from('EncryptionInfo', 'utf16le');
  return Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength).includes(needle);
}

export function sniffContainer(buffer: Uint8Array): Container {
  if (startsWith(buffer, ZIP) || startsWith(buffer, ZIP_EMPTY)) return 'zip';
  if (startsWith(buffer, OLE)) return hasEncryptionInfo(buffer) ? 'ole-encrypted' : 'ole';
  if (startsWith(buffer, PDF)) return 'pdf';
  if (startsWith(buffer, RTF)) return 'rtf';
  return 'unknown';
}

/** The lower-case extension with its dot (".docx"), or "" when the name has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/u).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}
