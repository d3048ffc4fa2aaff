import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../main/core/errors';
import { ZipArchive } from '../../../main/core/import/zip';
import { makeZip } from './docx-fixtures';

function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('expected an error');
}

/** One deflated entry written the ZIP64 way: saturated 32-bit fields, the real values in extra fields and records. */
function zip64(name: string, content: Buffer): Buffer {
  const data = deflateRawSync(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(45, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc32(content) >>> 0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const extra = Buffer.alloc(4 + 24);
  extra.writeUInt16LE(1, 0);
  extra.writeUInt16LE(24, 2);
  extra.writeBigUInt64LE(BigInt(content.length), 4);
  extra.writeBigUInt64LE(BigInt(data.length), 12);
  extra.writeBigUInt64LE(0n, 20);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(45, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(content) >>> 0, 16);
  central.writeUInt32LE(0xffffffff, 20);
  central.writeUInt32LE(0xffffffff, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt16LE(extra.length, 30);
  central.writeUInt32LE(0xffffffff, 42);
  const cdOffset = local.length + nameBytes.length + data.length;
  const cd = Buffer.concat([central, nameBytes, extra]);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeBigUInt64LE(1n, 24);
  end64.writeBigUInt64LE(1n, 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(cdOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(cdOffset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([local, nameBytes, data, cd, end64, locator, end]);
}

describe('ZipArchive', () => {
  it('reads stored and deflated entries, names case-insensitively', () => {
    for (const deflate of [false, true]) {
      const zip = ZipArchive.open(makeZip({ 'word/document.xml': '<x>Việt</x>' }, { deflate }), 'a.docx', 10);
      expect(zip.has('/Word/Document.xml')).toBe(true);
      expect(zip.read('word/document.xml', 1000)?.toString('utf8')).toBe('<x>Việt</x>');
      expect(zip.read('word/styles.xml', 1000)).toBeNull();
    }
  });

  it('reads ZIP64 archives', () => {
    const zip = ZipArchive.open(zip64('word/document.xml', Buffer.from('<x>64</x>')), 'z.docx', 10);
    expect(zip.read('word/document.xml', 1000)?.toString()).toBe('<x>64</x>');
  });

  it('refuses a declared size over the bound before inflating', () => {
    const zip = ZipArchive.open(makeZip({ 'word/document.xml': 'x'.repeat(5000) }, { deflate: true }), 'to.docx', 10);
    const e = thrown(() => zip.read('word/document.xml', 1000));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“to.docx”');
  });

  it('refuses too many entries', () => {
    const entries = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`f${i}.xml`, 'x']));
    expect(thrown(() => ZipArchive.open(makeZip(entries), 'nhieu.docx', 10)).code).toBe('too_large');
  });

  it('refuses an encrypted entry, a wrong CRC and an unknown compression method', () => {
    const zip = makeZip({ 'word/document.xml': '<x/>' });
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

    const encrypted = Buffer.from(zip);
    encrypted.writeUInt16LE(0x801, central + 8);
    expect(thrown(() => ZipArchive.open(encrypted, 'kh.docx', 10).read('word/document.xml', 100)).message).toContain('mật khẩu');

    const badCrc = Buffer.from(zip);
    badCrc.writeUInt32LE(12345, central + 16);
    expect(thrown(() => ZipArchive.open(badCrc, 'crc.docx', 10).read('word/document.xml', 100)).message).toContain('CRC');

    const method = Buffer.from(zip);
    method.writeUInt16LE(14, central + 10);
    expect(thrown(() => ZipArchive.open(method, 'lzma.docx', 10).read('word/document.xml', 100)).message).toContain(
      'phương thức nén 14',
    );
  });

  it('refuses duplicate entry names', () => {
    const zip = makeZip({ 'word/document.xml': '<a/>', 'WORD/document.xml': '<b/>' });
    expect(thrown(() => ZipArchive.open(zip, 'trung.docx', 10)).message).toContain('bị lặp');
  });
});
