/** Every bad input is refused with an AppError whose Vietnamese message names the file and the problem. */
import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../main/core/import/docx';
import { readPlainText } from '../../../main/core/import/plain-text';
import { readImportFile } from '../../../main/core/import/read-file';
import { readWordBinary, WordBinaryError } from '../../../main/core/import/word-binary';
import type { MessageRef } from '../../../shared/messages/types';
import { AppError } from '../../../main/core/errors';
import { formatMessage } from '../../../shared/messages/format';
import { handMadeDocx, makeZip, packDocx, para, wp } from './docx-fixtures';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** An OLE compound file header with an "EncryptionInfo" stream name, as Word writes a password-protected file. */
function encryptedOfficeFile(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  return Buffer.concat([header, Buffer.alloc(504), Buffer.from('EncryptionInfo', 'utf16le'), Buffer.alloc(64)]);
}

describe('rejected inputs', () => {
  it('random bytes', async () => {
    const e = await rejection(readDocx(randomBytes(4096), 'ngau-nhien.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“ngau-nhien.docx”');
    expect(e.message).toContain('không phải tệp Word .docx');
  });

  it('a zip without word/document.xml', async () => {
    const e = await rejection(readDocx(makeZip({ 'readme.txt': 'xin chào' }), 'khong-phai-word.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“khong-phai-word.docx”');
    expect(e.message).toContain('word/document.xml');
  });

  it('an OpenDocument file renamed .docx', async () => {
    const odt = makeZip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' });
    expect((await rejection(readDocx(odt, 'van-ban.docx'))).message).toContain('OpenDocument');
  });

  it('a truncated docx', async () => {
    const whole = await packDocx([para('Điều 1. Nội dung.')]);
    const e = await rejection(readDocx(whole.subarray(0, Math.floor(whole.length / 2)), 'bi-cat.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toMatch(/^Tệp “bi-cat\.docx” bị hỏng/u);
  });

  it('a docx whose compressed data is damaged', async () => {
    const whole = handMadeDocx(wp('Nội dung đủ dài để bị hỏng khi sửa vài byte ở giữa phần nén.'.repeat(20)));
    const damaged = Buffer.from(whole);
    const at = damaged.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length + 10;
    damaged.fill(0xff, at, at + 40);
    const e = await rejection(readDocx(damaged, 'hong.docx'));
    expect(e.message).toMatch(/^Tệp “hong\.docx” bị hỏng/u);
  });

  it('malformed XML in the main document', async () => {
    const broken = makeZip({ 'word/document.xml': '<w:document><w:body><w:p>' });
    const e = await rejection(readDocx(broken, 'xml-hong.docx'));
    expect(e.message).toContain('“xml-hong.docx”');
    expect(e.message).toContain('XML');
  });

  it('a password-protected (encrypted OLE) file', async () => {
    const e = await rejection(readDocx(encryptedOfficeFile(), 'mat-khau.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“mat-khau.docx”');
    expect(e.message).toContain('mật khẩu');
  });

  it('an old Word 97–2003 file', async () => {
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect((await rejection(readDocx(doc, 'cu.docx'))).message).toContain('Word 97–2003');
  });

  it('a PDF renamed .docx', async () => {
    expect((await rejection(readDocx(Buffer.from('%PDF-1.7\n...'), 'in.docx'))).message).toContain('PDF');
  });

  it('an empty document, and an empty file', async () => {
    const empty = await packDocx([para(''), para('   ')]);
    const e = await rejection(readDocx(empty, 'trong.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“trong.docx”');
    expect(e.message).toContain('không có nội dung');
    expect((await rejection(readDocx(Buffer.alloc(0), 'rong.docx'))).message).toContain('rỗng');
  });

  it('a file over the size bound', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024 + 1);
    big.write('PK\u0003\u0004');
    const e = await rejection(readDocx(big, 'qua-lon.docx'));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“qua-lon.docx”');
    expect(e.message).toContain('20 MB');
  });

  it('a zip bomb: a small file whose document inflates past the bound', async () => {
    const body = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${' '.repeat(30 * 1024 * 1024)}</w:body></w:document>`;
    const bomb = makeZip({ 'word/document.xml': body }, { deflate: true });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const e = await rejection(readDocx(bomb, 'bom.docx'));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“bom.docx”');
  });

  it('a zip bomb that lies about its size is stopped while inflating', async () => {
    const zip = makeZip({ 'word/document.xml': 'x' }, { deflate: true });
    // Replace the data with 40 MB of deflated zeros, keeping the declared sizes of one byte.
    const bomb = deflateRawSync(Buffer.alloc(40 * 1024 * 1024));
    const nameEnd = zip.indexOf(Buffer.from('word/document.xml')) + 'word/document.xml'.length;
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    const head = Buffer.from(zip.subarray(0, nameEnd));
    head.writeUInt32LE(bomb.length, 18);
    const tail = Buffer.from(zip.subarray(central));
    tail.writeUInt32LE(bomb.length, 20);
    tail.writeUInt32LE(tail.readUInt32LE(tail.length - 6) + bomb.length - (central - nameEnd), tail.length - 6);
    const e = await rejection(
      readDocx(Buffer.concat([head, bomb, tail]), 'noi-doi.docx', { limits: { maxDocumentXmlBytes: 1024 } }),
    );
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“noi-doi.docx”');
  });

  it('XML nested absurdly deep', async () => {
    const depth = 100_000;
    const body = '<w:sdt><w:sdtContent>'.repeat(depth) + wp('x') + '</w:sdtContent></w:sdt>'.repeat(depth);
    const e = await rejection(readDocx(handMadeDocx(body), 'long-nhau.docx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“long-nhau.docx”');
  });

  it('too many paragraphs', async () => {
    const docx = handMadeDocx(Array.from({ length: 50 }, (_, i) => wp(`Đoạn ${i + 1}.`)).join(''));
    const e = await rejection(readDocx(docx, 'nhieu-doan.docx', { limits: { maxParagraphs: 10 } }));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“nhieu-doan.docx”');
  });

  it('a wrong extension', async () => {
    const docx = await packDocx([para('Nội dung.')]);
    const e = await rejection(readImportFile(docx, 'bang-tinh.xlsx'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“bang-tinh.xlsx”');
    expect(e.message).toContain('.docx, .doc, .pdf, .txt, .md');
    expect((await rejection(readDocx(docx, 'van-ban.doc'))).message).toContain('“van-ban.doc”');
  });

  it('a .txt with invalid UTF-8', async () => {
    const tcvn3 = Buffer.from([0x48, 0xb5, 0x20, 0x4e, 0xe9, 0x69, 0xff, 0xfe]);
    const e = await rejection(readPlainText(tcvn3, 'ma-cu.txt'));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“ma-cu.txt”');
    expect(e.message).toContain('UTF-8');
  });

  it('a .txt over the size bound, empty, or binary', async () => {
    expect((await rejection(readPlainText(Buffer.alloc(5 * 1024 * 1024 + 1, 0x61), 'dai.txt'))).code).toBe('too_large');
    expect((await rejection(readPlainText(Buffer.from('\n  \n'), 'trang.txt'))).message).toContain('không có nội dung');
    const binary = await rejection(readPlainText(Buffer.from('a\u0000b'), 'nhi-phan.txt'));
    expect(binary.message).toContain('nhị phân');
    // The reason travels as a key inside the refusal's key, so the English door words both.
    expect(formatMessage('en', binary.key, binary.params)).toBe(
      'File “nhi-phan.txt” cannot be read: the file holds binary data, not plain text.',
    );
  });

  it('a damaged archive names its reason and part in either language', async () => {
    const zip = makeZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    // One byte of the main part's stored content flipped: its CRC no longer matches.
    const damaged = Buffer.from(zip);
    const at = damaged.indexOf(Buffer.from('<w:document/>'));
    expect(at).toBeGreaterThan(0);
    damaged[at + 3] ^= 0x01;
    const e = await rejection(readDocx(damaged, 'hong.docx'));
    expect(e.code).toBe('invalid_input');
    expect(formatMessage('vi', e.key, e.params)).toBe(e.message);
    expect(e.message).toContain('mã kiểm tra CRC sai ở phần word/document.xml');
    expect(formatMessage('en', e.key, e.params)).toContain('the CRC checksum is wrong in part word/document.xml');
  });

  it('a .doc whose container cannot be read says why as a catalogue message, in either language', () => {
    let error: unknown;
    try {
      readWordBinary(Buffer.from('not an OLE container at all'), 1_000);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(WordBinaryError);
    const detail = (error as WordBinaryError).detail as MessageRef;
    expect(detail.key).toBe('import.detail.ole_unreadable');
    expect((error as Error).message).toMatch(/^tệp OLE không đọc được: /u);
    expect(formatMessage('en', detail.key, detail.params)).toMatch(/^the OLE file cannot be read: /u);
  });
});
