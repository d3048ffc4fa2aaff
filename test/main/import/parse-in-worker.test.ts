/**
 * Parsing in a worker thread, from the TypeScript sources (worker.ts through tsx), and the parsed
 * document going into the database through insertDocument.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../../main/core/context';
import { currentSession, insertDocument, readAgenda, readDocument } from '../../../main/core/db/repos/dossier';
import { AppError } from '../../../main/core/errors';
import { buildDocumentBlocks } from '../../../main/core/import/blocks';
import { defaultWorkerFile, parseInWorker } from '../../../main/core/import/parse-in-worker';
import { readImportPath } from '../../../main/core/import/read-file';
import { search } from '../../../main/core/services/search';
import { RESOURCES_DIR, tempDir } from '../../support/temp';
import { ND30_PATH, packDocx, para } from '../../unit/import/docx-fixtures';

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('parseInWorker', () => {
  it('runs worker.ts from the sources', () => {
    expect(defaultWorkerFile()).toMatch(/main[\\/]core[\\/]import[\\/]worker\.ts$/u);
  });

  it('parses the real Nghị định 30 off the main thread, the same as in-process', async () => {
    const [inWorker, inProcess] = await Promise.all([parseInWorker(ND30_PATH), readImportPath(ND30_PATH)]);
    expect(inWorker).toEqual(inProcess);
    expect(inWorker.header.numberSymbol).toBe('30/2020/NĐ-CP');
    expect(inWorker.fileName).toBe('nd-30-2020-nd-cp-cong-tac-van-thu.docx');
  });

  it('structures and numbers the lines in the worker when asked, the same as in-process', async () => {
    const { blocks, ...parsed } = await parseInWorker(ND30_PATH, { withBlocks: true });
    expect(parsed).toEqual(await readImportPath(ND30_PATH));
    expect(blocks).toEqual(buildDocumentBlocks(parsed, () => ''));
    expect(blocks!.at(-1)!.lineStart).toBeGreaterThan(100);
  });

  it('brings a rejection back as an AppError with its code and message', async () => {
    const dir = tempDir();
    const bad = join(dir, 'hong.docx');
    writeFileSync(bad, Buffer.from('đây không phải là tệp Word'));
    const e = await rejection(parseInWorker(bad));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toContain('“hong.docx”');

    const missing = await rejection(parseInWorker(join(dir, 'khong-co.docx')));
    expect(missing.message).toContain('Không tìm thấy tệp hoặc thư mục "khong-co.docx"');
    expect(missing.message).toContain('Hãy kiểm tra lại đường dẫn.');
  });

  it('refuses a file over the bound from its size on disk', async () => {
    const dir = tempDir();
    const file = join(dir, 'lon.txt');
    writeFileSync(file, 'a'.repeat(2048));
    const e = await rejection(parseInWorker(file, { limits: { maxTextBytes: 1024 } }));
    expect(e.code).toBe('too_large');
    expect(e.message).toContain('“lon.txt”');
  });
});

describe('an imported document in the dossier', () => {
  it('goes into insertDocument and reads back with its blocks, and is found by search', async () => {
    const dir = tempDir();
    const file = join(dir, 'to-trinh.docx');
    writeFileSync(
      file,
      await packDocx([
        para('Số: 99/TTr-UBND\tQuảng Ninh, ngày 01 tháng 12 năm 2019'),
        para('TỜ TRÌNH', { bold: true }),
        para('Về việc đổi mới phương thức quản lý'),
        para('Điều 1. Tán thành chủ trương đổi mới.'),
        para('1. Khoản một.'),
      ]),
    );
    const parsed = await parseInWorker(file);
    const ctx = openCore({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR });
    try {
      const session = currentSession(ctx.db)!;
      const itemId = readAgenda(ctx.db, session).items[0].id;
      const blocks = buildDocumentBlocks(parsed, (i) => `imp-${i}`);
      ctx.db.transaction(() =>
        insertDocument(
          ctx.db,
          {
            id: 'imp',
            itemId,
            position: 99,
            kind: parsed.header.kind ?? 'khac',
            issuer: parsed.header.issuer,
            numberSymbol: parsed.header.numberSymbol,
            date: parsed.header.date,
            title: parsed.header.title ?? parsed.fileName,
            illustrative: false,
            sourceName: parsed.fileName,
            sourceSha256: parsed.sha256,
            blocks,
          },
          '2019-12-01T00:00:00.000Z',
        ),
      )();
      const stored = readDocument(ctx.db, 'imp')!;
      expect(stored.document).toMatchObject({
        kind: 'to_trinh',
        numberSymbol: '99/TTr-UBND',
        date: '2019-12-01',
        title: 'Tờ trình về việc đổi mới phương thức quản lý',
      });
      expect(stored.blocks.map((b) => b.label)).toEqual(['Điều 1', 'khoản 1']);
      expect(search(ctx.db, 'doi moi').hits.some((h) => h.documentId === 'imp')).toBe(true);
    } finally {
      ctx.close();
    }
  });
});
