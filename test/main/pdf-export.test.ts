import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { waitForPdf } from '../../main/core/services/pdf-jobs';
import type { Comment } from '../../shared/domain/comments';
import type { CompiledView } from '../../shared/domain/compile';
import type { PdfJobStatus } from '../../shared/domain/exports';
import { CHANNELS } from '../../shared/ipc/channels';
import { bodyText } from './pdf/poppler';
import { asUpload, call, delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';

/** In drawing order (-raw), so the cells of the report's table come out whole. */
const text = (pdf: string): string => bodyText(pdf, true);

describe('PDF exports through the handlers', () => {
  it('prints my comment sheet with my comments, quotes and proposed wordings', async () => {
    const ctx = await delegateWithComments('db01-nguyen-thi-thanh-huong', [
      'Đề nghị làm rõ lộ trình.',
      'Cần bổ sung đánh giá tác động về biên chế.',
    ]);
    const started = await call<PdfJobStatus>(ctx, CHANNELS.pdfStart, { kind: 'sheet' });
    expect(started.state).toBe('running');
    const done = await waitForPdf(ctx, started.jobId);
    expect(done).toMatchObject({ state: 'done', total: 2 });
    expect(done.fileName).toMatch(/^phieu-gop-y_qn-hdnd-xiii-2019-cuoi-nam_nguyen-thi-thanh-huong_\d{4}-\d{2}-\d{2}\.pdf$/u);
    const extracted = text(done.path);
    for (const s of [
      'PHIẾU GÓP Ý',
      'Nguyễn Thị Thanh Hương',
      'Đề nghị làm rõ lộ trình.',
      'Cần bổ sung đánh giá tác động về biên chế.',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]) {
      expect(extracted).toContain(s);
    }
    expect(await call(ctx, CHANNELS.pdfOpen, { jobId: started.jobId })).toEqual({ opened: false });
    ctx.close();
  });

  it('prints the compiled report with every comment and answer, and never overwrites', async () => {
    const a = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Tán thành chủ trương.']);
    const b = await delegateWithComments('db02-tran-quoc-hung', ['Đề nghị cân nhắc thời điểm.']);
    const s = openInstallation();
    await call(s, CHANNELS.packagesImportComments, {
      files: [asUpload(await exportCommentsFile(a)), asUpload(await exportCommentsFile(b))],
    });
    const view = await call<CompiledView>(s, CHANNELS.compileGet);
    const ids = view.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id)));
    await call(s, CHANNELS.answersSet, { commentIds: ids, kind: 'giai_trinh', text: 'Ban soạn thảo giải trình trong tờ trình.' });
    // B revises the comment after the answer: the report says so beside that answer.
    const [bComment] = await call<Comment[]>(b, CHANNELS.commentsList, { mine: true });
    await call(b, CHANNELS.commentsUpdate, { id: bComment.id, expectedRevision: 1, text: 'Đề nghị cân nhắc lại thời điểm.' });
    await call(s, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(b))] });
    const first = await waitForPdf(s, (await call<PdfJobStatus>(s, CHANNELS.pdfStart, { kind: 'report' })).jobId);
    const second = await waitForPdf(s, (await call<PdfJobStatus>(s, CHANNELS.pdfStart, { kind: 'report' })).jobId);
    expect(second.path).not.toBe(first.path);
    expect(readdirSync(dirname(first.path)).filter((f) => f.endsWith('.pdf'))).toHaveLength(2);
    const extracted = text(first.path);
    for (const s2 of [
      'BÁO CÁO',
      'Tán thành chủ trương.',
      'Đề nghị cân nhắc lại thời điểm.',
      'Ban soạn thảo giải trình trong tờ trình.',
      'Nơi nhận:',
      'TM. THƯỜNG TRỰC HĐND',
    ]) {
      expect(extracted).toContain(s2);
    }
    expect(extracted.replace(/\s+/gu, ' ')).toContain('(Đại biểu đã sửa góp ý sau khi được trả lời.)');
    expect(extracted.match(/sau khi được\s+trả lời/gu)).toHaveLength(1);
    for (const c of [a, b, s]) c.close();
  });

  it('cancels a running export and leaves no file; refuses an empty sheet', async () => {
    const ctx = await delegateWithComments(
      'db01-nguyen-thi-thanh-huong',
      Array.from({ length: 60 }, (_, i) => `Góp ý số ${i + 1}.`),
    );
    const started = await call<PdfJobStatus>(ctx, CHANNELS.pdfStart, { kind: 'sheet' });
    await call(ctx, CHANNELS.pdfCancel, { jobId: started.jobId });
    const ended = await waitForPdf(ctx, started.jobId);
    expect(['cancelled', 'done']).toContain(ended.state);
    if (ended.state === 'cancelled') expect(existsSync(ended.path)).toBe(false);
    expect(readdirSync(dirname(started.path)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const empty = openInstallation();
    await call(empty, CHANNELS.identitySet, { rosterId: 'db03-dinh-thi-thuy-hang' });
    expect(await dispatch(empty, CHANNELS.pdfStart, { kind: 'sheet' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    ctx.close();
    empty.close();
  });
});
