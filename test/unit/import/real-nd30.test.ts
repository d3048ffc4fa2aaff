/**
 * The Government's own Word file of Nghị định 30/2020/NĐ-CP (../shared/fixtures/real-docx), read
 * from where it lies: header block and closing block as tables, 7 Chương with capital title lines,
 * 5 Mục restarting per chương, 38 Điều, khoản "1." and điểm "a)"/"đ)" typed as text.
 */
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocumentBlocks } from '../../../main/core/import/blocks';
import { readDocx } from '../../../main/core/import/docx';
import type { ParsedDocument } from '../../../main/core/import/types';
import type { Block } from '../../../shared/domain/types';
import { ND30_PATH } from './docx-fixtures';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'];

describe('Nghị định 30/2020/NĐ-CP, the real Word file', () => {
  let bytes: Buffer;
  let parsed: ParsedDocument;
  let blocks: Block[];

  beforeAll(async () => {
    bytes = readFileSync(ND30_PATH);
    parsed = await readDocx(bytes, 'nd-30-2020-nd-cp-cong-tac-van-thu.docx');
    blocks = buildDocumentBlocks(parsed, (i) => `nd30-${i}`);
  });

  it('recognises the header block table', () => {
    expect(parsed.header).toEqual({
      issuer: 'CHÍNH PHỦ',
      parentIssuer: null,
      kind: 'khac',
      docType: 'NGHỊ ĐỊNH',
      numberSymbol: '30/2020/NĐ-CP',
      date: '2020-03-05',
      place: 'Hà Nội',
      summary: 'Về công tác văn thư',
      title: 'Nghị định về công tác văn thư',
    });
    expect(parsed.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(parsed.sha256.startsWith('3e93e2a6cfd9df10')).toBe(true);
  });

  it('starts the body after the header, type line and summary', () => {
    expect(parsed.paragraphs[0]).toMatchObject({ text: 'Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;' });
    const text = parsed.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/CỘNG HÒA XÃ HỘI|Độc lập - Tự do|Số: 30\/2020|Hà Nội, ngày 05/u);
  });

  it('finds the 7 Chương with their capital titles joined', () => {
    const chapters = blocks.filter((b) => b.label?.startsWith('Chương'));
    expect(chapters.map((b) => b.label)).toEqual(ROMAN.map((r) => `Chương ${r}`));
    expect(chapters[0].text).toBe('Chương I. QUY ĐỊNH CHUNG');
    expect(chapters[6].text).toBe('Chương VII. ĐIỀU KHOẢN THI HÀNH');
    for (const c of chapters) expect(c.text).toMatch(/^Chương [IVX]+\. [\p{Lu} ,]+$/u);
  });

  it('finds the 5 Mục, restarting per chương', () => {
    const sections = blocks.filter((b) => b.label?.startsWith('Mục'));
    expect(sections.map((b) => b.path)).toEqual([
      'Chương II, Mục 1',
      'Chương II, Mục 2',
      'Chương III, Mục 1',
      'Chương III, Mục 2',
      'Chương III, Mục 3',
    ]);
    expect(sections[0].text).toBe('Mục 1. THỂ THỨC, KỸ THUẬT TRÌNH BÀY VĂN BẢN HÀNH CHÍNH');
  });

  it('finds Điều 1 … Điều 38, in order', () => {
    const articles = blocks.filter((b) => b.label?.startsWith('Điều'));
    expect(articles.map((b) => b.label)).toEqual(Array.from({ length: 38 }, (_, i) => `Điều ${i + 1}`));
    expect(articles[0].text).toBe('Điều 1. Phạm vi điều chỉnh');
    expect(articles[37].path).toBe('Chương VII, Điều 38');
  });

  it('finds khoản and điểm, including điểm đ', () => {
    const labels = new Set(blocks.map((b) => b.label));
    for (const l of ['khoản 1', 'khoản 2', 'khoản 17', 'điểm a', 'điểm d', 'điểm đ', 'điểm g']) expect(labels).toContain(l);
    const diemD = blocks.find((b) => b.label === 'điểm đ' && b.path?.startsWith('Chương V, Điều 33'));
    expect(diemD?.path).toBe('Chương V, Điều 33, khoản 1, điểm đ');
    expect(diemD?.text.startsWith('đ) Dấu giáp lai')).toBe(true);
  });

  it('lets no drawing position or decoration leak into the text', () => {
    for (const p of parsed.paragraphs) {
      expect(p.text).not.toMatch(/^[-\d\s.]+$/u);
      expect(p.text).not.toMatch(/_{3,}/u);
    }
  });

  it('leaves the Nơi nhận / signature table out of the body', () => {
    const text = parsed.paragraphs.map((p) => p.text).join('\n');
    expect(text).not.toMatch(/Nơi nhận:|TM\. CHÍNH PHỦ|Nguyễn Xuân Phúc|Lưu: VT|Ban Bí thư Trung ương Đảng/u);
    expect(parsed.paragraphs[parsed.paragraphs.length - 1].text).toMatch(/chịu trách nhiệm thi hành Nghị định này\.\/\.$/u);
  });

  it('gives NFC text with single spaces everywhere', () => {
    for (const p of parsed.paragraphs) {
      expect(p.text).toBe(p.text.normalize('NFC'));
      expect(p.text).not.toMatch(/\s{2,}|^\s|\s$|\t/u);
    }
    for (const b of blocks) expect(b.text).toBe(b.text.normalize('NFC'));
  });

  it('keeps the bold of Điều headings and the italics of the preamble', () => {
    const article = parsed.paragraphs.find((p) => p.text === 'Điều 1. Phạm vi điều chỉnh');
    expect(article?.marks).toEqual([{ start: 0, end: article!.text.length, bold: true }]);
    expect(parsed.paragraphs[0].marks).toEqual([{ start: 0, end: parsed.paragraphs[0].text.length, italic: true }]);
  });
});
