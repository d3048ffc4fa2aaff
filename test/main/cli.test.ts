import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { dispatch } from '../../main/core/dispatch';
import { openCore } from '../../main/core/context';
import { CHANNELS } from '../../shared/ipc/channels';
import type { OutputOf } from '../../shared/ipc/contract';
import { RESOURCES_DIR, tempDir } from '../support/temp';

describe('terminal entry', () => {
  it('lists its commands', async () => {
    const { code, out } = await cli('help');
    expect(code).toBe(0);
    for (const name of ['help', 'agenda', 'search', 'comments', 'export-dossier', 'export-comments', 'import', 'compiled'])
      expect(out).toContain(name);
  });

  it('refuses an unknown flag or a flag without its value instead of taking it as an argument', async () => {
    const dataDir = tempDir();
    const unknown = await cli('agenda', '--itme', 'x', '--data-dir', dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--itme');
    const noValue = await cli('import-docx', 'a.docx', '--data-dir', dataDir, '--item');
    expect(noValue.code).toBe(2);
    expect(noValue.err).toContain('import-docx FILE... --item ID');
  });

  it('prints the agenda with item and document ids', async () => {
    const dataDir = tempDir();
    const { code, out } = await cli('agenda', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain('Hội đồng nhân dân tỉnh Quảng Ninh khóa XIII');
    expect(out).toContain('[hop-nhat-to-chuc-noi-vu]');
    expect(out).toContain('[de-an-hop-nhat-to-chuc-noi-vu]');
  });

  it('gives the same search results as the UI handler', async () => {
    const dataDir = tempDir();
    const { code, out } = await cli('search', 'so', 'noi', 'vu', '--json', '--data-dir', dataDir);
    expect(code).toBe(0);
    const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const viaHandler = await dispatch(ctx, CHANNELS.searchQuery, { query: 'so noi vu' });
    ctx.close();
    if (!viaHandler.ok) throw new Error(`search:query failed: ${viaHandler.error.message}`);
    expect((viaHandler.value as OutputOf<typeof CHANNELS.searchQuery>).hits.length).toBeGreaterThan(0);
    expect(JSON.parse(out)).toEqual(viaHandler.value);
  });

  it('fails clearly on an unknown command or a missing query', async () => {
    expect((await cli('frobnicate')).code).toBe(2);
    const missing = await cli('search', '--data-dir', tempDir());
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('Thiếu từ khóa');
  });
});

describe('terminal entry: comments', () => {
  it('lists my comments with anchors, stance, revision and state, deletions included', async () => {
    const dataDir = tempDir();
    const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    expect((await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' })).ok).toBe(true);
    const created = await dispatch(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: 'de-an-hop-nhat-to-chuc-noi-vu',
      anchor: null,
      stance: 'khong_tan_thanh',
      text: 'Cần đánh giá kỹ hơn.',
    });
    if (!created.ok) throw new Error(`comments:create failed: ${created.error.message}`);
    const id = (created.value as OutputOf<typeof CHANNELS.commentsCreate>).id;
    expect((await dispatch(ctx, CHANNELS.commentsDelete, { id, expectedRevision: 1 })).ok).toBe(true);
    ctx.close();
    const { code, out } = await cli('comments', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain(`${id} · bản sửa 2 · đã xóa · Không tán thành`);
    const json = await cli('comments', '--json', '--data-dir', dataDir);
    expect(JSON.parse(json.out)).toMatchObject([{ id, revision: 2, deleted: true, stance: 'khong_tan_thanh' }]);
  });
});

describe('terminal entry: file exchange', () => {
  it('exports, imports files and folders with one line per file, and prints the compiled view', async () => {
    const { mkdirSync, writeFileSync, existsSync } = await import('node:fs');
    const { join } = await import('node:path');
    const delegateDir = tempDir();
    const ctx = openCore({ dataDir: delegateDir, resourcesDir: RESOURCES_DIR });
    expect((await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' })).ok).toBe(true);
    const created = await dispatch(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tán thành chủ trương thí điểm.',
    });
    expect(created.ok).toBe(true);
    ctx.close();
    const inbox = tempDir();
    const out = join(inbox, 'a.gopy');
    expect((await cli('export-comments', '--out', out, '--data-dir', delegateDir)).code).toBe(0);
    expect(existsSync(out)).toBe(true);
    const refused = await cli('export-comments', '--out', out, '--data-dir', delegateDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('đã tồn tại');
    writeFileSync(join(inbox, 'hong.gopy'), 'không phải gói');
    mkdirSync(join(inbox, 'empty'));

    const secretariat = tempDir();
    const first = await cli('import', inbox, '--data-dir', secretariat);
    expect(first.code).toBe(1);
    expect(first.out.split('\n')).toEqual([
      expect.stringMatching(/^a\.gopy: đã nhập \(.+\) — 1 mới, 0 cập nhật, 0 xóa$/u),
      expect.stringMatching(/^hong\.gopy: BỊ TỪ CHỐI — Tệp "hong\.gopy" bị từ chối: /u),
    ]);
    const second = await cli('import', out, '--data-dir', secretariat);
    expect(second).toMatchObject({ code: 0, out: expect.stringContaining('đã nhập trước đó, không thay đổi') });
    const compiled = await cli('compiled', '--data-dir', secretariat);
    expect(compiled.out).toContain('Tán thành chủ trương thí điểm.');
    expect(compiled.out).toMatch(/Tổng số 1\/\d+ đại biểu đã gửi 1 ý kiến/u);
    const dossier = join(tempDir(), 'ho-so.hoso');
    expect((await cli('export-dossier', '--out', dossier, '--data-dir', secretariat)).code).toBe(0);
    const opened = await cli('import', dossier, '--data-dir', tempDir());
    expect(opened.out).toMatch(/ho-so\.hoso: đã mở hồ sơ phiên bản 2/u);
  });
});
