import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeCommentSheet, writeCompiledReport } from '../../../main/core/pdf';
import { FONTS_DIR, sheetInput } from './fixtures';
import { generatedReport } from './generated';
import { pdfinfo } from './poppler';

describe('writing a PDF to disk', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-out-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('replaces the target only when the PDF is complete', async () => {
    const file = join(dir, 'phieu.pdf');
    writeFileSync(file, 'old');
    await writeCommentSheet(sheetInput(), file, { fontsDir: FONTS_DIR });
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(readdirSync(dir)).toEqual(['phieu.pdf']);
    expect(pdfinfo(file).Pages).toBe('2');
  });

  it('on cancel leaves the old file as it was and no temporary file', async () => {
    const file = join(dir, 'bao-cao.pdf');
    writeFileSync(file, 'old');
    const controller = new AbortController();
    let calls = 0;
    const run = writeCompiledReport(generatedReport(3000), file, {
      fontsDir: FONTS_DIR,
      signal: controller.signal,
      onProgress: () => {
        if (++calls === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(readdirSync(dir)).toEqual(['bao-cao.pdf']);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('refuses to start without its fonts, leaving nothing behind', async () => {
    const file = join(dir, 'phieu.pdf');
    await expect(writeCommentSheet(sheetInput(), file, { fontsDir: join(dir, 'no-fonts') })).rejects.toThrow(
      /Không tìm thấy phông chữ Tinos-/u,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fails cleanly when the folder does not exist', async () => {
    await expect(writeCommentSheet(sheetInput(), join(dir, 'missing', 'phieu.pdf'), { fontsDir: FONTS_DIR })).rejects.toThrow(
      /ENOENT/u,
    );
    expect(readdirSync(dir)).toEqual([]);
  });
});
