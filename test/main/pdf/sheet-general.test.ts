/**
 * The delegate's sheet names a general comment as the report does: by the kind of document the
 * heading above names ("Ý kiến chung về dự thảo Nghị quyết"), or as one on the agenda item itself
 * ("Ý kiến chung về nội dung"), never "Ý kiến chung về văn bản"; the PDF and the .docx alike, both
 * read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeModelDocx } from '../../../main/core/docx';
import { writeCommentSheet } from '../../../main/core/pdf';
import { buildSheetModel } from '../../../main/core/report/sheet-model';
import type { CommentSheetInput } from '../../../shared/domain/reports';
import { FONTS_DIR, sheetInput } from './fixtures';
import { bodyText, squash } from './poppler';

const ITEM_TITLE = 'Thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ';
const ITEM_TEXT = 'Đề nghị tổ chức hội nghị lấy ý kiến cán bộ hai cơ quan trước khi trình kỳ họp.';

function input(): CommentSheetInput {
  const base = sheetInput();
  return {
    ...base,
    entries: [
      ...base.entries,
      {
        documentTitle: ITEM_TITLE,
        documentKind: 'khac',
        itemOnly: true,
        path: null,
        lineFirst: null,
        lineLast: null,
        quote: null,
        stance: 'y_kien_khac',
        text: ITEM_TEXT,
        proposedText: null,
      },
    ],
  };
}

/** document.xml's text, one paragraph a line. */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return squash(xml.replace(/<\/w:p>/gu, '\n').replace(/<[^>]+>/gu, ''));
}

describe('general comments on the delegate’s sheet', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gopy-sheet-general-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('are named by document kind or agenda item in the PDF and the .docx', async () => {
    const pdf = join(dir, 'phieu.pdf');
    const docx = join(dir, 'phieu.docx');
    await writeCommentSheet(input(), pdf, { fontsDir: FONTS_DIR });
    await writeModelDocx(buildSheetModel(input()), docx);
    for (const text of [bodyText(pdf), docxText(docx)]) {
      expect(text).toContain('Ý kiến 4. Ý kiến chung về dự thảo Nghị quyết');
      expect(text).toContain(`3. ${ITEM_TITLE}`);
      expect(text).toContain('Ý kiến 6. Ý kiến chung về nội dung');
      expect(text).toContain(squash(ITEM_TEXT));
      expect(text).not.toContain('Ý kiến chung về văn bản');
    }
  });
});
