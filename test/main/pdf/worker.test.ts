import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runPdfWorker } from '../../../main/core/pdf/run-worker';
import { FONTS_DIR, sheetInput } from './fixtures';
import { generatedReport } from './generated';
import { bodyText } from './poppler';

describe('the PDF worker thread', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gopy-pdf-worker-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a sheet from the TypeScript sources and reports progress', async () => {
    const file = join(dir, 'phieu.pdf');
    const progress: Array<[number, number]> = [];
    const input = sheetInput();
    const result = await runPdfWorker(
      { kind: 'sheet', input, outFile: file, fontsDir: FONTS_DIR },
      { onProgress: (d, t) => progress.push([d, t]) },
    );
    expect(result.pages).toBe(2);
    expect(progress[progress.length - 1]).toEqual([input.entries.length, input.entries.length]);
    expect(bodyText(file)).toContain(input.entries[0].text);
  }, 30_000);

  it('cancels a long report: rejects with AbortError and leaves no file', async () => {
    const controller = new AbortController();
    const file = join(dir, 'bao-cao.pdf');
    const run = runPdfWorker(
      { kind: 'report', input: generatedReport(5000), outFile: file, fontsDir: FONTS_DIR },
      { signal: controller.signal, onProgress: () => controller.abort() },
    );
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    await new Promise((r) => setTimeout(r, 100));
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000);

  it('passes errors on in Vietnamese', async () => {
    const run = runPdfWorker({ kind: 'sheet', input: sheetInput(), outFile: join(dir, 'x.pdf'), fontsDir: join(dir, 'none') });
    await expect(run).rejects.toThrow(/Không tìm thấy phông chữ/u);
  }, 30_000);
});
