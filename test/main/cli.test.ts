import { describe, expect, it } from 'vitest';
import { runCli } from '../../main/cli/cli';
import { dispatch } from '../../main/core/dispatch';
import { openCore } from '../../main/core/context';
import { CHANNELS } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../support/temp';

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('terminal entry', () => {
  it('lists its commands', async () => {
    const { code, out } = await cli('help');
    expect(code).toBe(0);
    for (const name of ['help', 'agenda', 'search', 'comments']) expect(out).toContain(name);
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
    expect(viaHandler.ok && JSON.parse(out)).toEqual(viaHandler.ok && viaHandler.value);
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
    await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const created = await dispatch(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: 'de-an-hop-nhat-to-chuc-noi-vu',
      anchor: null,
      stance: 'khong_tan_thanh',
      text: 'Cần đánh giá kỹ hơn.',
    });
    const id = created.ok ? (created.value as { id: string }).id : '';
    await dispatch(ctx, CHANNELS.commentsDelete, { id, expectedRevision: 1 });
    ctx.close();
    const { code, out } = await cli('comments', '--data-dir', dataDir);
    expect(code).toBe(0);
    expect(out).toContain(`${id} · bản sửa 2 · đã xóa · Không tán thành`);
    const json = await cli('comments', '--json', '--data-dir', dataDir);
    expect(JSON.parse(json.out)).toMatchObject([{ id, revision: 2, deleted: true, stance: 'khong_tan_thanh' }]);
  });
});
