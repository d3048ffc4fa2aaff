/**
 * Bad input around the revised draft, each refused with a clear Vietnamese message and the whole
 * database unchanged (test/support/db-dump.ts): accepting the wording of a comment whose passage a
 * new version from Word removed, a direct change on a passage no longer there, making a revision over
 * two overlapping changes (one direct, one accepted), and a dossier whose revised wordings repeat a change.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { RevisionView } from '../../shared/domain/revisions';
import type { DocumentView } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { dossierPackageSchema } from '../../shared/packages/format';
import { dumpDatabase } from '../support/db-dump';
import { call, ITEM, openInstallation } from '../support/exchange';

const upload = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });
const HEADER = { kind: 'du_thao_nghi_quyet', issuer: null, numberSymbol: null, date: null, title: 'Dự thảo thử' };
const V1 = ['Điều 1. Phạm vi', 'Đoạn sẽ bị xóa về một thủ tục không còn cần thiết nữa.', 'Đoạn còn lại về kinh phí.'].join('\n');
const V2 = ['Điều 1. Phạm vi', 'Đoạn còn lại về kinh phí.'].join('\n');

let ctx: CoreContext;
afterEach(() => ctx?.close());

async function setUp() {
  ctx = openInstallation();
  const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
    itemId: ITEM,
    file: upload('v1.txt', V1),
    header: HEADER,
  });
  await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
  const blocks = (await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId })).blocks;
  const comment = (index: number, quote: string, proposedText: string) => {
    const start = blocks[index].text.indexOf(quote);
    return call<Comment>(ctx, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId,
      anchor: { blockId: blocks[index].id, start, end: start + quote.length, quote },
      stance: 'khong_tan_thanh',
      text: 'Đề nghị sửa.',
      proposedText,
    });
  };
  return { documentId, blocks, comment };
}

describe('refusals around the revised draft', () => {
  it('refuses to take the wording of a comment whose passage a new version from Word removed', async () => {
    const { documentId, comment } = await setUp();
    const gone = await comment(1, 'thủ tục', 'thủ tục hành chính');
    await call(ctx, CHANNELS.documentsImportVersion, { documentId, file: upload('v2.txt', V2), header: HEADER });
    const before = dumpDatabase(ctx.db);
    const r = await dispatch(ctx, CHANNELS.answersSet, {
      commentIds: [gone.id],
      kind: 'tiep_thu',
      text: 'Tiếp thu.',
      acceptWording: true,
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!r.ok && r.error.message).toMatch(/không còn trong phiên bản hiện tại.*Hãy sửa trực tiếp/u);
    // Not even the answer is kept: the whole call changed nothing.
    expect(dumpDatabase(ctx.db)).toEqual(before);
  });

  it('refuses a direct change on a passage no longer in the document', async () => {
    const { documentId, blocks } = await setUp();
    await call(ctx, CHANNELS.documentsImportVersion, { documentId, file: upload('v2.txt', V2), header: HEADER });
    const before = dumpDatabase(ctx.db);
    const r = await dispatch(ctx, CHANNELS.revisionsChange, {
      documentId,
      from: { blockId: blocks[1].id, offset: 0 },
      to: { blockId: blocks[1].id, offset: 4 },
      wording: 'Mục',
      reason: 'Sửa chữ.',
    });
    expect(!r.ok && r.error.message).toMatch(/không còn trong phiên bản hiện tại.*chọn lại/u);
    expect(dumpDatabase(ctx.db)).toEqual(before);
  });

  it('refuses to make a revision over a direct change overlapping an accepted wording', async () => {
    const { documentId, blocks, comment } = await setUp();
    const c = await comment(2, 'về kinh phí', 'về kinh phí thường xuyên');
    await call(ctx, CHANNELS.answersSet, { commentIds: [c.id], kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true });
    const text = blocks[2].text;
    await call(ctx, CHANNELS.revisionsChange, {
      documentId,
      from: { blockId: blocks[2].id, offset: text.indexOf('kinh phí') },
      to: { blockId: blocks[2].id, offset: text.length },
      wording: 'ngân sách.',
      reason: 'Thống nhất thuật ngữ.',
    });
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId });
    expect(view.conflicts).toHaveLength(1);
    const before = dumpDatabase(ctx.db);
    const r = await dispatch(ctx, CHANNELS.revisionsMake, { documentId });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(!r.ok && r.error.message).toMatch(/xung đột.*hãy chọn một thay đổi hoặc viết lời văn hợp nhất/u);
    // Keeping a change that is not in the group is refused too, changing nothing.
    const keep = await dispatch(ctx, CHANNELS.revisionsResolve, {
      documentId,
      changeIds: view.conflicts[0].changeIds.slice(0, 1),
      resolution: { kind: 'keep', changeId: view.conflicts[0].changeIds[0] },
    });
    expect(!keep.ok && keep.error.message).toMatch(/đúng một nhóm xung đột/u);
    expect(dumpDatabase(ctx.db)).toEqual(before);
  });

  it('refuses a dossier whose revised wordings name one change twice', () => {
    const session = {
      id: 'ky-hop',
      council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
      councilShort: 'HĐND tỉnh',
      term: 'khóa XIV',
      name: 'Kỳ họp thứ nhất',
      place: 'Hạ Long',
      startDate: '2025-01-01',
      endDate: '2025-01-02',
      commentDeadline: null,
      isSample: false,
      rosterIllustrative: false,
    };
    const change = {
      changeId: '0190f3c2-0000-7000-8000-000000000001',
      documentId: 'du-thao',
      revisedVersion: 2,
      original: 'a',
      wording: 'b',
      comments: [{ commentId: '0190f3c2-0000-7000-8000-000000000002', taken: 'proposed' }],
    };
    const pkg = { dossierVersion: 2, exportedAt: '2025-01-01T00:00:00.000Z', session, items: [], roster: [] };
    expect(dossierPackageSchema.safeParse({ ...pkg, revisedWordings: [change] }).success).toBe(true);
    const twice = dossierPackageSchema.safeParse({ ...pkg, revisedWordings: [change, change] });
    expect(twice.success).toBe(false);
    expect(twice.error?.issues[0].message).toMatch(/thay đổi của dự thảo chỉnh lý ".*" xuất hiện hai lần/u);
    const unknownTaken = { ...change, comments: [{ ...change.comments[0], taken: 'maybe' }] };
    expect(dossierPackageSchema.safeParse({ ...pkg, revisedWordings: [unknownTaken] }).success).toBe(false);
  });
});
