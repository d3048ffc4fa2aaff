import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../main/core/context';
import { currentSession, readAgenda, readDocument } from '../../main/core/db/repos/dossier';
import { search } from '../../main/core/services/search';
import { seedSampleDossierIfEmpty } from '../../main/core/services/sample-dossier';
import { RESOURCES_DIR, tempDir } from '../support/temp';

/** The seed's facts (../shared/seed/README.md), word for word. */
const SEED_FACTS = [
  'thí điểm hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ thành Cơ quan Tổ chức - Nội vụ cấp tỉnh',
  'Nghị quyết số 18-NQ/TW',
  'Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII',
  '14/14 huyện, thị xã, thành phố',
  'hợp nhất ban tổ chức cấp ủy với phòng nội vụ cấp huyện thành cơ quan tổ chức - nội vụ cấp huyện',
  'hợp nhất ủy ban kiểm tra cấp ủy với thanh tra huyện thành cơ quan kiểm tra - thanh tra cấp huyện',
  'giảm từ 56 đầu mối xuống còn 28 đầu mối',
  'giảm 4 cấp trưởng và 27 cấp phó',
  'kinh phí chi cho các hoạt động được tiết kiệm',
  'thủ tục hành chính đã được đơn giản hóa',
  'tránh được sự trùng lặp, chồng chéo',
];

function openSample() {
  return openCore({ dataDir: tempDir(), resourcesDir: RESOURCES_DIR });
}

describe('bundled sample dossier', () => {
  it('opens on HĐND tỉnh Quảng Ninh khóa XIII, 6–7/12/2019, marked as a sample', () => {
    const ctx = openSample();
    const session = currentSession(ctx.db)!;
    expect(session).toMatchObject({
      council: 'Hội đồng nhân dân tỉnh Quảng Ninh',
      term: 'khóa XIII',
      startDate: '2019-12-06',
      endDate: '2019-12-07',
      isSample: true,
    });
    const agenda = readAgenda(ctx.db, session);
    const sittings = new Set(agenda.items.map((i) => `${i.day} ${i.sitting}`));
    expect([...sittings]).toEqual(['2019-12-06 sang', '2019-12-06 chieu', '2019-12-07 sang', '2019-12-07 chieu']);
    expect(agenda.items.map((i) => i.order)).toEqual(agenda.items.map((_, n) => n + 1));
    ctx.close();
  });

  it('holds the pilot-merger item with a Tờ trình, an Đề án, a Dự thảo Nghị quyết and a Báo cáo thẩm tra', () => {
    const ctx = openSample();
    const agenda = readAgenda(ctx.db, currentSession(ctx.db)!);
    const merger = agenda.items.find((i) => i.title.includes('hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ'))!;
    expect(merger.documents.map((d) => d.kind)).toEqual(['to_trinh', 'de_an', 'du_thao_nghi_quyet', 'bao_cao_tham_tra']);
    for (const d of merger.documents) expect(d.illustrative, d.id).toBe(true);
    ctx.close();
  });

  it('carries every fact of the seed word for word, in NFC', () => {
    const ctx = openSample();
    const agenda = readAgenda(ctx.db, currentSession(ctx.db)!);
    const merger = agenda.items.find((i) => i.title.includes('hợp nhất Ban Tổ chức Tỉnh ủy với Sở Nội vụ'))!;
    const text = merger.documents.flatMap((d) => readDocument(ctx.db, d.id)!.blocks.map((b) => b.text)).join('\n');
    expect(text.normalize('NFC')).toBe(text);
    for (const fact of SEED_FACTS) expect(text, fact).toContain(fact);
    ctx.close();
  });

  it('recognises the draft resolution as Điều / khoản / điểm', () => {
    const ctx = openSample();
    const doc = readDocument(ctx.db, 'dtnq-hop-nhat-to-chuc-noi-vu')!;
    const labels = doc.blocks.map((b) => b.label);
    expect(labels).toContain('Điều 1');
    expect(labels).toContain('khoản 1');
    expect(labels).toContain('điểm a');
    const lastLine = doc.blocks.reduce((n, b) => n + b.lineCount, 0);
    expect(doc.document.lineCount).toBe(lastLine);
    ctx.close();
  });

  it('seeds once: reopening keeps the same data and ids', () => {
    const dataDir = tempDir();
    const first = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    const blocksBefore = first.db.prepare('SELECT id, line_start FROM blocks ORDER BY seq').all();
    expect(seedSampleDossierIfEmpty(first.db, RESOURCES_DIR)).toBe(false);
    first.close();
    const second = openCore({ dataDir, resourcesDir: RESOURCES_DIR });
    expect(second.db.prepare('SELECT id, line_start FROM blocks ORDER BY seq').all()).toEqual(blocksBefore);
    expect(second.db.prepare('SELECT count(*) AS n FROM sessions').get()).toEqual({ n: 1 });
    second.close();
  });

  it('finds the Đề án passage on "đổi mới" from "doi moi"', () => {
    const ctx = openSample();
    const hits = search(ctx.db, 'doi moi').hits.filter((h) => h.documentId === 'de-an-hop-nhat-to-chuc-noi-vu');
    const phraseHits = hits.filter((h) => h.highlights.some(([s, e]) => h.snippet.slice(s, e).toLowerCase() === 'đổi mới'));
    expect(phraseHits.length).toBeGreaterThanOrEqual(3);
    // Passages with the phrase come before passages that only hold both words apart.
    expect(hits.slice(0, phraseHits.length)).toEqual(phraseHits);
    ctx.close();
  });

  it('says "Hồ sơ mẫu" data is illustrative in the dossier file itself', () => {
    const dossier = JSON.parse(readFileSync(join(RESOURCES_DIR, 'sample-dossier', 'dossier.json'), 'utf8'));
    expect(dossier.rosterIllustrative).toBe(true);
    expect(new Set(dossier.roster.map((r: { delegation: string }) => r.delegation)).size).toBe(14);
  });
});
