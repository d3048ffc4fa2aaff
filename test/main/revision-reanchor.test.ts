/**
 * Accepted changes pending when the secretariat imports a new version of the document from Word:
 * each is found again at that moment, like the comments (its offsets now refer to the new version),
 * and one whose passage was reworded is reported stale and kept as stored: never dropped, never
 * applied to words nobody accepted. Real SQLite file, real import path (.txt through the worker).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { VersionImportResult } from '../../shared/domain/imports';
import type { RevisionView } from '../../shared/domain/revisions';
import type { DocumentView } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, ITEM, openInstallation } from '../support/exchange';

const upload = (name: string, text: string) => ({ name, dataBase64: Buffer.from(text).toString('base64') });
const V1 = [
  'Điều 1. Phạm vi điều chỉnh',
  'Đoạn một nói về Sở Nội vụ và Ban Tổ chức Tỉnh ủy trong giai đoạn hợp nhất.',
  'Đoạn hai: hợp nhất trong năm 2020 theo lộ trình đã được phê duyệt.',
  'Đoạn ba về kinh phí hoạt động hằng năm của cơ quan sau hợp nhất.',
].join('\n');
const V2 = [
  'Điều 1. Phạm vi điều chỉnh',
  'Mở đầu mới. Đoạn một nói về Sở Nội vụ và Ban Tổ chức Tỉnh ủy trong giai đoạn hợp nhất.',
  'Đoạn hai: hợp nhất trong năm 2021 theo lộ trình đã được phê duyệt.',
  'Đoạn ba về kinh phí hoạt động hằng năm của cơ quan sau hợp nhất.',
].join('\n');
const HEADER = { kind: 'du_thao_nghi_quyet', issuer: null, numberSymbol: null, date: null, title: 'Dự thảo thử' };

let ctx: CoreContext;
afterEach(() => ctx?.close());

interface Row {
  id: string;
  document_version: number;
  start_block_id: string;
  start_offset: number;
  end_offset: number;
  status: string;
  original: string;
  wording: string;
}
const rows = (documentId: string) =>
  new Map(
    (ctx.db.prepare('SELECT * FROM revision_changes WHERE document_id = ?').all(documentId) as Row[]).map((r) => [r.id, r]),
  );

describe('pending changes when a new version arrives from Word', () => {
  it('follows moved passages at import, flags a reworded one as stale, and drops none', async () => {
    ctx = openInstallation();
    const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
      itemId: ITEM,
      file: upload('v1.txt', V1),
      header: HEADER,
    });
    await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const blocks = (await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId })).blocks;
    const accept = async (index: number, quote: string, proposedText: string): Promise<string> => {
      const block = blocks[index];
      const start = block.text.indexOf(quote);
      const c = await call<Comment>(ctx, CHANNELS.commentsCreate, {
        itemId: ITEM,
        documentId,
        anchor: { blockId: block.id, start, end: start + quote.length, quote },
        stance: 'khong_tan_thanh',
        text: 'Đề nghị sửa.',
        proposedText,
      });
      const r = await call<{ changeId: string }>(ctx, CHANNELS.answersSet, {
        commentIds: [c.id],
        kind: 'tiep_thu',
        text: 'Tiếp thu.',
        acceptWording: true,
      });
      return r.changeId;
    };
    const moved = await accept(1, 'Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy Quảng Ninh');
    const reworded = await accept(2, 'trong năm 2020', 'trong năm 2025');
    const untouched = await accept(3, 'kinh phí hoạt động', 'kinh phí thường xuyên');
    const before = rows(documentId);

    const result = await call<VersionImportResult>(ctx, CHANNELS.documentsImportVersion, {
      documentId,
      file: upload('v2.txt', V2),
      header: HEADER,
    });
    expect(result.version).toBe(2);
    expect(result.pendingChanges).toEqual({
      followed: 2,
      moved: 1,
      stale: [{ changeId: reworded, reason: 'text_changed', original: 'trong năm 2020', wording: 'trong năm 2025' }],
    });

    // Written back at the import: the followed changes now refer to version 2 at their new place.
    const after = rows(documentId);
    const text1 = V2.split('\n')[1];
    expect(after.get(moved)).toMatchObject({
      status: 'pending',
      document_version: 2,
      start_block_id: blocks[1].id,
      start_offset: text1.indexOf('Ban Tổ chức Tỉnh ủy'),
      end_offset: text1.indexOf('Ban Tổ chức Tỉnh ủy') + 'Ban Tổ chức Tỉnh ủy'.length,
    });
    expect(after.get(untouched)).toEqual({ ...before.get(untouched), document_version: 2 });
    // The stale one is kept exactly as accepted, still pending.
    expect(after.get(reworded)).toEqual(before.get(reworded));
    expect([...after.values()].every((r) => r.status === 'pending')).toBe(true);

    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId });
    expect(view.changes.map((c) => c.id).sort()).toEqual([moved, reworded, untouched].sort());
    expect(view.stale).toEqual([{ changeId: reworded, reason: 'text_changed' }]);
    const refused = await dispatch(ctx, CHANNELS.revisionsMake, { documentId });
    expect(!refused.ok && refused.error.message).toMatch(/không còn khớp/u);

    // Once the stale one is withdrawn, the revision applies the other two where they now stand.
    await call(ctx, CHANNELS.revisionsResolve, { documentId, changeIds: [reworded], resolution: { kind: 'withdraw' } });
    await call(ctx, CHANNELS.revisionsMake, { documentId });
    const doc = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId });
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Điều 1. Phạm vi điều chỉnh',
      text1.replace('Ban Tổ chức Tỉnh ủy', 'Ban Tổ chức Tỉnh ủy Quảng Ninh'),
      V2.split('\n')[2],
      V2.split('\n')[3].replace('kinh phí hoạt động', 'kinh phí thường xuyên'),
    ]);
  });

  it('says nothing about changes when none is pending', async () => {
    ctx = openInstallation();
    const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
      itemId: ITEM,
      file: upload('v1.txt', V1),
      header: HEADER,
    });
    const result = await call<VersionImportResult>(ctx, CHANNELS.documentsImportVersion, {
      documentId,
      file: upload('v2.txt', V2),
      header: HEADER,
    });
    expect(result.pendingChanges).toBeUndefined();
  });
});
