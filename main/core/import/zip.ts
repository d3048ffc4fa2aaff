/**
 * A small, bounded reader of zip archives (the container of a .docx). It reads the central
 * directory, then inflates only the parts asked for, each with a hard cap on its uncompressed size
 * (zlib's maxOutputLength), so a zip bomb is stopped while inflating, not after. Checks sizes and
 * CRC-32 of what it inflates. ZIP64 is supported; multi-disk, encrypted and non-deflate entries are not.
 */
import * as zlib from 'node:zlib';
import { importErrors } from './messages';
import { msg, type MessageRef } from '../../../shared/messages/types';

const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export class ZipArchive {
  private constructor(
    private readonly buffer: Buffer,
    private readonly fileName: string,
    /** Keyed by lower-case name without a leading slash: OOXML part names are case-insensitive. */
    private readonly entries: Map<string, ZipEntry>,
  ) {}

  /** Reads the archive's directory. Throws an AppError naming the file when it is not a readable zip. */
  static open(buffer: Buffer, fileName: string, maxEntries: number): ZipArchive {
    const corrupt = (detail: MessageRef) => importErrors.corrupt(fileName, detail);
    const eocd = findEndOfCentralDirectory(buffer);
    if (eocd < 0) throw corrupt(msg('import.detail.zip_no_directory'));
    if (buffer.readUInt16LE(eocd + 4) !== 0 || buffer.readUInt16LE(eocd + 6) !== 0)
      throw corrupt(msg('import.detail.zip_multipart'));
    let count = buffer.readUInt16LE(eocd + 10);
    let size = buffer.readUInt32LE(eocd + 12);
    let offset = buffer.readUInt32LE(eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
      const zip64 = readZip64End(buffer, eocd);
      if (!zip64) throw corrupt(msg('import.detail.zip64_bad'));
      ({ count, size, offset } = zip64);
    }
    if (count > maxEntries) throw importErrors.tooManyEntries(fileName, maxEntries);
    if (offset + size > buffer.length) throw corrupt(msg('import.detail.zip_directory_outside'));

    const entries = new Map<string, ZipEntry>();
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > buffer.length || buffer.readUInt32LE(p) !== SIG_CENTRAL)
        throw corrupt(msg('import.detail.zip_directory_broken'));
      const flags = buffer.readUInt16LE(p + 8);
      const nameLength = buffer.readUInt16LE(p + 28);
      const extraLength = buffer.readUInt16LE(p + 30);
      const commentLength = buffer.readUInt16LE(p + 32);
      const end = p + 46 + nameLength + extraLength + commentLength;
      if (end > buffer.length) throw corrupt(msg('import.detail.zip_directory_broken'));
      const rawName = buffer.subarray(p + 46, p + 46 + nameLength);
      const entry: ZipEntry = {
        name: rawName.toString(flags & FLAG_UTF8 ? 'utf8' : 'latin1'),
        flags,
        method: buffer.readUInt16LE(p + 10),
        crc32: buffer.readUInt32LE(p + 16),
        compressedSize: buffer.readUInt32LE(p + 20),
        uncompressedSize: buffer.readUInt32LE(p + 24),
        localHeaderOffset: buffer.readUInt32LE(p + 42),
      };
      applyZip64Extra(entry, buffer.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength));
      const key = normaliseName(entry.name);
      if (entries.has(key)) throw corrupt(msg('import.detail.zip_entry_repeated', { name: entry.name }));
      entries.set(key, entry);
      p = end;
    }
    return new ZipArchive(buffer, fileName, entries);
  }

  has(name: string): boolean {
    return this.entries.has(normaliseName(name));
  }

  /** Inflates one entry, refusing more than `maxBytes` of output. Returns null when there is no such entry. */
  read(name: string, maxBytes: number): Buffer | null {
    const entry = this.entries.get(normaliseName(name));
    if (!entry) return null;
    const corrupt = (detail: MessageRef) =>
      importErrors.corrupt(this.fileName, msg('import.detail.in_part', { detail, part: entry.name }));
    if (entry.flags & FLAG_ENCRYPTED) throw importErrors.encrypted(this.fileName);
    if (entry.uncompressedSize > maxBytes) throw importErrors.partTooLarge(this.fileName, entry.name, maxBytes);

    const local = entry.localHeaderOffset;
    if (local + 30 > this.buffer.length || this.buffer.readUInt32LE(local) !== SIG_LOCAL)
      throw corrupt(msg('import.detail.zip_local_header'));
    const start = local + 30 + this.buffer.readUInt16LE(local + 26) + this.buffer.readUInt16LE(local + 28);
    const end = start + entry.compressedSize;
    if (end > this.buffer.length) throw corrupt(msg('import.detail.zip_truncated'));
    const compressed = this.buffer.subarray(start, end);

    let data: Buffer;
    if (entry.method === METHOD_STORED) {
      data = compressed;
    } else if (entry.method === METHOD_DEFLATE) {
      try {
        data = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, maxBytes) });
      } catch (error) {
        if (isOutputTooLarge(error)) throw importErrors.partTooLarge(this.fileName, entry.name, maxBytes);
        throw corrupt(msg('import.detail.zip_inflate'));
      }
    } else {
      throw corrupt(msg('import.detail.zip_method', { method: String(entry.method) }));
    }
    if (data.length !== entry.uncompressedSize) throw corrupt(msg('import.detail.zip_size'));
    if (typeof zlib.crc32 === 'function' && zlib.crc32(data) >>> 0 !== entry.crc32 >>> 0)
      throw corrupt(msg('import.detail.zip_crc'));
    return data;
  }
}

function normaliseName(name: string): string {
  return name.replace(/^\/+/u, '').toLowerCase();
}

function findEndOfCentralDirectory(buffer: Buffer): number {
  const lowest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let p = buffer.length - 22; p >= lowest; p--) {
    if (buffer.readUInt32LE(p) === SIG_EOCD) return p;
  }
  return -1;
}

function readZip64End(buffer: Buffer, eocd: number): { count: number; size: number; offset: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || buffer.readUInt32LE(locator) !== SIG_ZIP64_LOCATOR) return null;
  const at = Number(buffer.readBigUInt64LE(locator + 8));
  if (at + 56 > buffer.length || buffer.readUInt32LE(at) !== SIG_ZIP64_EOCD) return null;
  return {
    count: Number(buffer.readBigUInt64LE(at + 32)),
    size: Number(buffer.readBigUInt64LE(at + 40)),
    offset: Number(buffer.readBigUInt64LE(at + 48)),
  };
}

/** ZIP64 extended information (header id 1): 64-bit values for the fields saturated at 0xFFFFFFFF. */
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  for (let p = 0; p + 4 <= extra.length;) {
    const id = extra.readUInt16LE(p);
    const length = extra.readUInt16LE(p + 2);
    if (id === 0x0001) {
      let q = p + 4;
      const take = (): number => {
        if (q + 8 > p + 4 + length) return 0xffffffff;
        const value = Number(extra.readBigUInt64LE(q));
        q += 8;
        return value;
      };
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take();
      return;
    }
    p += 4 + length;
  }
}

function isOutputTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof RangeError || code === 'ERR_BUFFER_TOO_LARGE';
}
