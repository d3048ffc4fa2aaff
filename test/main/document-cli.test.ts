/**
 * The terminal on import: `import-docx` takes .docx, .doc and PDF in one go and names a missing path
 * in Vietnamese; `document ID` prints what was recognised — header fields, contents, blocks.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { REPO_ROOT, tempDir } from '../support/temp';
import { msg } from '../../shared/messages/types';
import { messageTexts } from '../support/messages';

const PHU_LUC_3 = join(REPO_ROOT, 'test', 'fixtures', 'real-doc', 'nd-30-2020-phu-luc-3.doc');
const ND30_DOCX = join(REPO_ROOT, 'test', 'fixtures', 'real-docx', 'nd-30-2020-nd-cp-cong-tac-van-thu.docx');
const ITEM = 'hop-nhat-to-chuc-noi-vu';

describe('import-docx and document from the terminal', () => {
  it('imports a .docx and a .doc in one go, refuses a missing path by name, and prints the document', async () => {
    const dataDir = tempDir();
    const missing = join(tempDir(), 'khong-co.pdf');
    const imported = await cli('import-docx', ND30_DOCX, PHU_LUC_3, missing, '--item', ITEM, '--data-dir', dataDir, '--json');
    expect(imported.code).toBe(1);
    expect(imported.out).toContain('khong-co.pdf: BỊ TỪ CHỐI — Không tìm thấy tệp hoặc thư mục "khong-co.pdf"');
    expect(imported.out + imported.err).not.toContain('ENOENT');
    const results = JSON.parse(imported.out.slice(imported.out.indexOf('['))) as Array<{ fileName: string; documentId: string }>;
    expect(results.map((r) => r.fileName)).toEqual(['nd-30-2020-nd-cp-cong-tac-van-thu.docx', 'nd-30-2020-phu-luc-3.doc']);

    const json = await cli('document', results[0].documentId, '--json', '--data-dir', dataDir);
    expect(json.code).toBe(0);
    const doc = JSON.parse(json.out) as {
      header: Record<string, string | null>;
      toc: Array<{ label: string | null }>;
      blocks: Array<{ kind: string; label: string | null; path: string | null; lineStart: number }>;
    };
    expect(doc.header).toEqual({
      issuer: 'CHÍNH PHỦ',
      numberSymbol: '30/2020/NĐ-CP',
      place: 'Hà Nội',
      date: '2020-03-05',
      kind: 'khac',
      title: 'Nghị định về công tác văn thư',
    });
    expect(doc.toc.some((e) => e.label === 'Điều 38')).toBe(true);
    expect(doc.blocks.find((b) => b.label === 'Điều 1')).toMatchObject({ kind: 'heading', path: 'Chương I, Điều 1' });
    expect(doc.blocks.every((b, i) => i === 0 || b.lineStart > doc.blocks[i - 1].lineStart)).toBe(true);

    const text = await cli('document', results[1].documentId, '--data-dir', dataDir);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Phụ lục III: Bảng chữ viết tắt tên loại');
    expect(text.out).toMatch(/Nơi ban hành:\s+—/u);
    expect(text.out).toContain(messageTexts([msg('cli.document.contents')])[0]);
    expect(text.out).toMatch(/hàng bảng · mục I\n\s+STT \| Tên loại văn bản hành chính \| Chữ viết tắt/u);

    const unknown = await cli('document', 'tl-khong-co', '--data-dir', dataDir);
    expect(unknown.code).toBe(1);
  });
});
