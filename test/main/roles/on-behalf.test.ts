/** Comments the secretariat enters for a delegate or a Tổ: "nhập thay", with their source, counted apart, never in a package. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../../support/cli';
import { openCore } from '../../../main/core/context';
import type { Comment } from '../../../shared/domain/comments';
import type { CompiledView } from '../../../shared/domain/compile';
import { CHANNELS } from '../../../shared/ipc/channels';
import { call, ITEM } from '../../support/exchange';
import { RESOURCES_DIR, tempDir } from '../../support/temp';

describe('nhập thay', () => {
  it('a paper sheet and a Tổ’s minutes go in under their names, marked with their source and counted apart', async () => {
    const dir = tempDir();
    const typed = await cli(
      'comment',
      '--document',
      'de-an-hop-nhat-to-chuc-noi-vu',
      '--stance',
      'y_kien_khac',
      '--text',
      'Đề nghị làm rõ lộ trình (phiếu giấy).',
      '--on-behalf',
      'db02-tran-quoc-hung',
      '--source',
      'Phiếu góp ý giấy ngày 04/12/2019',
      '--data-dir',
      dir,
    );
    expect(typed.code, typed.err).toBe(0);
    const half = await cli(
      'comment',
      '--document',
      'de-an-hop-nhat-to-chuc-noi-vu',
      '--stance',
      'tan_thanh',
      '--text',
      'x',
      '--on-behalf',
      'db02-tran-quoc-hung',
      '--data-dir',
      dir,
    );
    expect(half.code).toBe(2);

    const ctx = openCore({ dataDir: dir, resourcesDir: RESOURCES_DIR });
    const roster = (await call<{ roster: Array<{ delegation: string }> }>(ctx, CHANNELS.identityGet)).roster;
    await call(ctx, CHANNELS.commentsCreateOnBehalf, {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tổ thống nhất với chủ trương.',
      onBehalf: { delegation: roster[0].delegation, source: 'Biên bản thảo luận Tổ ngày 05/12/2019' },
    });
    const all = await call<Comment[]>(ctx, CHANNELS.commentsList);
    expect(all.map((c) => [c.author.name, c.onBehalf])).toEqual(
      expect.arrayContaining([
        ['Trần Quốc Hưng', { of: 'delegate', source: 'Phiếu góp ý giấy ngày 04/12/2019' }],
        [roster[0].delegation, { of: 'delegation', source: 'Biên bản thảo luận Tổ ngày 05/12/2019' }],
      ]),
    );
    const view = await call<CompiledView>(ctx, CHANNELS.compileGet);
    expect(view.totals).toMatchObject({ comments: 2, onBehalf: 2 });
    // Never signed as the delegate: the office's own package (no identity here) carries none of them.
    const exported = await call(ctx, CHANNELS.identitySet, { name: 'Lê Thu Hà', delegation: 'Văn phòng' }).then(() =>
      call<{ path: string }>(ctx, CHANNELS.packagesExportComments),
    );
    const { gunzipSync } = await import('node:zlib');
    const { readFileSync } = await import('node:fs');
    const content = JSON.parse(JSON.parse(gunzipSync(readFileSync(exported.path)).toString('utf8')).content);
    expect(content.comments).toEqual([]);
    // The terminal's summary says the same: the Tổ's own entry (not in the roster) is no delegate who sent.
    const rosterSize = roster.length;
    ctx.close();
    const summary = await cli('compiled', '--data-dir', dir);
    expect(summary.code, summary.err).toBe(0);
    expect(summary.out).toContain(`Tổng số 1/${rosterSize} đại biểu đã gửi 2 ý kiến`);

    // The report counts them apart and marks each one in the Phụ lục.
    const pdf = join(tempDir(), 'bao-cao.pdf');
    const report = await cli('export-report', '--out', pdf, '--data-dir', dir);
    expect(report.code, report.err).toBe(0);
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).normalize('NFC').replace(/\s+/gu, ' ');
    // The Tổ's own entry is not a delegate who sent: one delegate, one Tổ, two comments in all.
    expect(text).toMatch(/Tổng số 1\/\d+ đại biểu Hội đồng nhân dân tỉnh đã gửi 1 ý kiến góp ý/u);
    expect(text).toContain('(trong đó 1 ý kiến do Văn phòng nhập thay đại biểu)');
    expect(text).toContain('1 Tổ đại biểu có 1 ý kiến góp ý chung của Tổ (do Văn phòng nhập thay); tổng cộng 2 ý kiến');
    expect(text.match(/\(Văn phòng nhập thay đại biểu\)/gu)).toHaveLength(1);
    expect(text.match(/\(Văn phòng nhập thay Tổ đại biểu\)/gu)).toHaveLength(1);
  });
});
