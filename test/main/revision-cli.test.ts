/** The revised-draft commands of the terminal, on a real data folder: answer, revisions, make-revision. */
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli';
import { openCore } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import { CHANNELS } from '../../shared/ipc/channels';
import { RESOURCES_DIR, tempDir } from '../support/temp';

const DOC = 'de-an-hop-nhat-to-chuc-noi-vu';

/** Two comments quoting overlapping words of the same passage, with proposed wordings. */
async function twoComments(dataDir: string): Promise<{ ids: string[]; blockId: string; text: string; quote: string }> {
  const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
  await dispatch(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
  const block = ctx.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND text LIKE '%Sở Nội vụ%' ORDER BY position LIMIT 1")
    .get(DOC) as { id: string; text: string };
  const ids: string[] = [];
  for (const [quote, proposedText] of [
    ['Sở Nội vụ', 'Sở Nội vụ tỉnh'],
    ['Nội vụ', 'Nội vụ và Lao động'],
  ]) {
    const start = block.text.indexOf(quote);
    const created = await dispatch(ctx, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: DOC,
      anchor: { blockId: block.id, start, end: start + quote.length, quote },
      stance: 'khong_tan_thanh',
      text: 'Đề nghị sửa.',
      proposedText,
    });
    ids.push((created.ok && (created.value as Comment).id) || '');
  }
  ctx.close();
  return { ids, blockId: block.id, text: block.text, quote: 'Sở Nội vụ' };
}

describe('terminal entry: revised draft', () => {
  it('answers with a wording, lists the conflict, refuses the revision, then makes it', async () => {
    const dataDir = tempDir();
    const { ids, blockId, text } = await twoComments(dataDir);
    const first = await cli(
      'answer',
      ids[0],
      '--kind',
      'tiep_thu',
      '--text',
      'Tiếp thu.',
      '--accept-wording',
      '--data-dir',
      dataDir,
    );
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Lời văn đã đưa vào dự thảo chỉnh lý/u);
    const second = await cli(
      'answer',
      ids[1],
      '--kind',
      'tiep_thu',
      '--text',
      'Tiếp thu một phần.',
      '--accept-wording',
      '--wording',
      'Nội vụ (sau hợp nhất)',
      '--data-dir',
      dataDir,
    );
    expect(second.code).toBe(0);

    const listed = await cli('revisions', '--document', DOC, '--data-dir', dataDir);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('2 thay đổi chờ áp dụng, 1 chỗ xung đột');
    expect(listed.out).toContain('chỉnh lý:  Nội vụ (sau hợp nhất)');
    expect(listed.out).toContain('Nguyễn Thị Thanh Hương');
    const json = JSON.parse((await cli('revisions', '--document', DOC, '--json', '--data-dir', dataDir)).out);
    expect(json).toMatchObject({ documentId: DOC, ready: false, conflicts: [{ changeIds: expect.any(Array) }] });

    const refused = await cli('make-revision', '--document', DOC, '--data-dir', dataDir);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/xung đột/u);

    // Answering the second comment without its wording leaves only the first change.
    expect((await cli('answer', ids[1], '--kind', 'giai_trinh', '--text', 'Giữ tên cơ quan.', '--data-dir', dataDir)).code).toBe(
      0,
    );
    const made = await cli('make-revision', '--document', DOC, '--data-dir', dataDir);
    expect(made.code).toBe(0);
    expect(made.out).toMatch(/Đã làm dự thảo chỉnh lý: phiên bản \d+, 1 thay đổi/u);
    const ctx = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const after = ctx.db.prepare('SELECT text FROM blocks WHERE id = ?').get(blockId) as { text: string };
    ctx.close();
    expect(after.text).toBe(text.replace('Sở Nội vụ', 'Sở Nội vụ tỉnh'));
  });

  it('refuses bad usage and a wording on a group with clear messages', async () => {
    const dataDir = tempDir();
    expect((await cli('answer', '--kind', 'tiep_thu', '--text', 'x', '--data-dir', dataDir)).code).toBe(2);
    expect((await cli('answer', 'id', '--kind', 'dong_y', '--text', 'x', '--data-dir', dataDir)).code).toBe(2);
    expect((await cli('revisions', '--data-dir', dataDir)).err).toContain('revisions --document');
    const { ids } = await twoComments(dataDir);
    const wordingAlone = await cli(
      'answer',
      ids[0],
      '--kind',
      'tiep_thu',
      '--text',
      'x',
      '--wording',
      'y',
      '--data-dir',
      dataDir,
    );
    expect(wordingAlone.code).toBe(1);
    expect(wordingAlone.err).toMatch(/tiếp thu lời văn/u);
    const notTiepThu = await cli(
      'answer',
      ids[0],
      '--kind',
      'ghi_nhan',
      '--text',
      'x',
      '--accept-wording',
      '--data-dir',
      dataDir,
    );
    expect(notTiepThu.err).toMatch(/Tiếp thu/u);
  });
});
