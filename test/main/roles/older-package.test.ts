/** An older package than the one already imported says so with both dates, not "đã nhập trước đó". */
import { describe, expect, it } from 'vitest';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import { formatMessage } from '../../../shared/messages/format';
import { asUpload, call, delegateWithComments, exportCommentsFile, openInstallation } from '../../support/exchange';
import type { Comment } from '../../../shared/domain/comments';

describe('package order', () => {
  it('an older package never imported is named as older, with both export times', async () => {
    const delegate = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Bản đầu.']);
    const older = await exportCommentsFile(delegate);
    const [mine] = await call<Comment[]>(delegate, CHANNELS.commentsList, { mine: true });
    await new Promise((r) => setTimeout(r, 5));
    await call(delegate, CHANNELS.commentsUpdate, { id: mine.id, expectedRevision: 1, text: 'Bản sửa.' });
    const newer = await exportCommentsFile(delegate);
    const office = openInstallation();
    await call(office, CHANNELS.packagesImportComments, { files: [asUpload(newer)] });
    const [result] = await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, { files: [asUpload(older)] });
    expect(result.status).toBe('unchanged');
    expect(result.message).toMatch(
      /^Gói này cũ hơn gói đã nhập của đại biểu: gói này xuất lúc \d\d:\d\d ngày .+, gói đã nhập xuất lúc/u,
    );
    // The times are messages too: the English reason says "on", not "ngày".
    expect(formatMessage('en', result.reason!.key, result.reason!.params)).toMatch(
      /this one was exported at \d\d:\d\d on \d\d\/\d\d\/\d{4}, the imported one at \d\d:\d\d on /u,
    );
    const [again] = await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, { files: [asUpload(newer)] });
    expect(again).toMatchObject({ status: 'unchanged', message: null });
    for (const c of [delegate, office]) c.close();
  });
});
