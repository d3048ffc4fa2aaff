import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import type { Comment } from '../../shared/domain/comments';
import type { DocumentImportPreview, VersionImportResult, VersionPreview } from '../../shared/domain/imports';
import type { DocumentView, SearchResult } from '../../shared/domain/types';
import { parseUpload } from '../../main/core/services/document-import';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, ITEM, openInstallation } from '../support/exchange';
import { REPO_ROOT } from '../support/temp';

const ND30 = join(REPO_ROOT, 'test', 'fixtures', 'real-docx', 'nd-30-2020-nd-cp-cong-tac-van-thu.docx');
const upload = (name: string, data: Buffer | string) => ({ name, dataBase64: Buffer.from(data).toString('base64') });

describe('importing Word files into an agenda item', () => {
  it('previews the real Nghị định 30/2020, saves it, and it can be read and searched', async () => {
    const ctx = openInstallation();
    const file = upload('30_2020_ND_CP.docx', readFileSync(ND30));
    const preview = await call<DocumentImportPreview>(ctx, CHANNELS.documentsPreviewImport, { file });
    expect(preview.header).toMatchObject({ issuer: 'CHÍNH PHỦ', numberSymbol: '30/2020/NĐ-CP', date: '2020-03-05' });
    expect(preview.stats.articles).toBe(38);
    expect(preview.blocks.filter((b) => b.label?.startsWith('Chương ')).length).toBe(7);
    const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
      itemId: ITEM,
      file,
      header: { ...preview.header, kind: 'khac', title: 'Nghị định về công tác văn thư' },
    });
    const doc = await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId });
    expect(doc.document).toMatchObject({
      title: 'Nghị định về công tác văn thư',
      numberSymbol: '30/2020/NĐ-CP',
      illustrative: false,
    });
    expect(doc.toc.some((t) => t.label === 'Điều 38')).toBe(true);
    const source = ctx.db.prepare('SELECT source_name, source_sha256 FROM documents WHERE id = ?').get(documentId) as {
      source_name: string;
      source_sha256: string;
    };
    expect(source).toEqual({ source_name: '30_2020_ND_CP.docx', source_sha256: preview.sha256 });
    const found = await call<SearchResult>(ctx, CHANNELS.searchQuery, { query: 'van ban dien tu' });
    expect(found.hits.some((h) => h.documentId === documentId)).toBe(true);
    ctx.close();
  });

  it('rejects bad files with the file named, writing nothing', async () => {
    const ctx = openInstallation();
    const snapshot = () => [
      ctx.db.prepare('SELECT count(*) AS n FROM documents').get(),
      ctx.db.prepare('SELECT count(*) AS n FROM blocks').get(),
    ];
    const before = snapshot();
    const header = { kind: 'khac', issuer: null, numberSymbol: null, date: null, title: 'x' };
    for (const file of [
      upload('rac.docx', 'không phải tệp Word'),
      upload('rong.docx', ''),
      upload('chuong-trinh.exe', 'MZ'),
      upload('cat-cut.docx', readFileSync(ND30).subarray(0, 20_000)),
    ]) {
      const result = await dispatch(ctx, CHANNELS.documentsImport, { itemId: ITEM, file, header });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message).toContain(file.name);
    }
    expect(snapshot()).toEqual(before);
    ctx.close();
  });
});

describe('parsing an upload', () => {
  it('parses a file once for its preview and its save, again when the bytes or the name differ', async () => {
    const data = readFileSync(ND30);
    const first = await parseUpload({ name: 'nd30.docx', data });
    expect(await parseUpload({ name: 'nd30.docx', data: Buffer.from(data) })).toBe(first);
    expect(await parseUpload({ name: 'nd30-ban-sao.docx', data })).not.toBe(first);
    const cut = data.subarray(0, Math.floor(data.length / 2));
    const refused = parseUpload({ name: 'nd30.docx', data: cut });
    await expect(refused).rejects.toThrow(/nd30\.docx/u);
    // A refused file is not remembered: it is read (and refused) again.
    const again = parseUpload({ name: 'nd30.docx', data: cut });
    expect(again).not.toBe(refused);
    await expect(again).rejects.toThrow(/nd30\.docx/u);
  });
});

describe('a new version of a document', () => {
  const V1 = [
    'Điều 1. Phạm vi điều chỉnh',
    'Đoạn không đổi nói về Sở Nội vụ và Ban Tổ chức Tỉnh ủy.',
    'Đoạn sẽ được sửa: hợp nhất trong năm 2020 theo lộ trình đã duyệt.',
    'Đoạn sẽ được chuyển xuống cuối văn bản về kinh phí hoạt động.',
    'Đoạn sẽ bị xóa về một thủ tục không còn cần thiết nữa.',
    'Điều 2. Hiệu lực thi hành',
  ].join('\n');
  const V2 = [
    'Điều 1. Phạm vi điều chỉnh',
    'Đoạn không đổi nói về Sở Nội vụ và Ban Tổ chức Tỉnh ủy.',
    'Đoạn sẽ được sửa: hợp nhất trong năm 2021 theo lộ trình đã duyệt.',
    'Điều 2. Hiệu lực thi hành',
    'Đoạn sẽ được chuyển xuống cuối văn bản về kinh phí hoạt động.',
  ].join('\n');

  it('shows what changed and re-anchors comments on unchanged, edited, moved and deleted passages', async () => {
    const ctx = openInstallation();
    const header = { kind: 'du_thao_nghi_quyet', issuer: null, numberSymbol: null, date: null, title: 'Dự thảo thử' };
    const { documentId } = await call<{ documentId: string }>(ctx, CHANNELS.documentsImport, {
      itemId: ITEM,
      file: upload('v1.txt', V1),
      header,
    });
    await call(ctx, CHANNELS.identitySet, { rosterId: 'db01-nguyen-thi-thanh-huong' });
    const blocks = (await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId })).blocks;
    const comment = async (blockIndex: number, quote: string) => {
      const block = blocks[blockIndex];
      const start = block.text.indexOf(quote);
      return call<Comment>(ctx, CHANNELS.commentsCreate, {
        itemId: ITEM,
        documentId,
        anchor: { blockId: block.id, start, end: start + quote.length, quote },
        stance: 'y_kien_khac',
        text: `Về: ${quote}`,
      });
    };
    const unchanged = await comment(1, 'Sở Nội vụ');
    const edited = await comment(2, 'trong năm 2020 theo');
    const moved = await comment(3, 'kinh phí hoạt động');
    const deleted = await comment(4, 'thủ tục không còn cần thiết');

    const preview = await call<VersionPreview>(ctx, CHANNELS.documentsPreviewVersion, { documentId, file: upload('v2.txt', V2) });
    expect(preview.summary).toEqual({ same: 3, changed: 1, added: 1, removed: 2 });
    const change = preview.changes.find((c) => c.op === 'changed');
    expect(change && change.op === 'changed' && change.words.filter((w) => w.added).map((w) => w.value)).toEqual(['2021']);

    const result = await call<VersionImportResult>(ctx, CHANNELS.documentsImportVersion, {
      documentId,
      file: upload('v2.txt', V2),
      header,
    });
    expect(result).toMatchObject({ version: 2, kept: 1, edited: 1, moved: 1 });
    expect(result.orphaned.map((c) => c.id)).toEqual([deleted.id]);

    const after = new Map((await call<Comment[]>(ctx, CHANNELS.commentsList, { documentId })).map((c) => [c.id, c]));
    expect(after.size).toBe(4);
    const v2 = (await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId })).blocks;
    const textAt = (c: Comment) => v2.find((b) => b.id === c.anchor!.blockId)!.text.slice(c.anchor!.start, c.anchor!.end);
    expect(after.get(unchanged.id)!.anchor!.blockId).toBe(unchanged.anchor!.blockId);
    expect(textAt(after.get(unchanged.id)!)).toBe('Sở Nội vụ');
    expect(after.get(edited.id)!.anchor!.blockId).toBe(edited.anchor!.blockId);
    expect(textAt(after.get(edited.id)!)).toBe('trong năm 2021 theo');
    expect(textAt(after.get(moved.id)!)).toBe('kinh phí hoạt động');
    expect(after.get(moved.id)!.anchor!.lineFirst).toBeGreaterThan(moved.anchor!.lineFirst);
    // The orphaned comment is kept as it was, with its quote.
    expect(after.get(deleted.id)!.anchor!.quote).toBe('thủ tục không còn cần thiết');
    expect((await dispatch(ctx, CHANNELS.documentsRemove, { documentId })).ok).toBe(false);
    ctx.close();
  });
});
