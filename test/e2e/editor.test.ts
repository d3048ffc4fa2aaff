/**
 * The secretariat attaches documents in a real browser: imports the real Nghị định 30 .docx into an
 * agenda item (preview, correction, save), reads it and finds it by search; several files at once
 * and a dropped one; a new version of a document with what changed and the comments whose passage
 * is gone. axe-core on each screen. Every test has its own data folder and fails on any request
 * outside 127.0.0.1 or any logged error. (Agenda, roster and session: editor-dossier.test.ts.)
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, startHarness, type Harness } from './harness';
import { callApi, fold, getDocument, screenshot, seriousAxeViolations, waitForFocusedBlock, waitUntil } from './helpers';
import { filePayload, getAgenda, itemCard, openEditor, tempFolder } from './editor-helpers';

const ND30 = join(REPO_ROOT, 'test', 'fixtures', 'real-docx', 'nd-30-2020-nd-cp-cong-tac-van-thu.docx');
/** A sample item with no documents: the import target. */
const TARGET_ITEM = 'bao-cao-co-quan-tu-phap';

let h: Harness;
let files: ReturnType<typeof tempFolder>;

beforeEach(async () => {
  h = await startHarness();
  files = tempFolder();
});

afterEach(async () => {
  files.remove();
  try {
    h.assertClean();
  } finally {
    await h.close();
  }
});

describe('documents from Word files', () => {
  it('imports Nghị định 30: preview with header and Điều 1…38, corrected title, reader, accent-free search', async () => {
    await openEditor(h);
    const { page } = h;
    expect(await seriousAxeViolations(page, 'editor')).toEqual([]);
    await screenshot(page, 'editor');

    await page.locator(`input[name="documents-${TARGET_ITEM}"]`).setInputFiles(ND30);
    const card = page.locator('.ed-import-card.status-ready');
    await card.waitFor({ timeout: 30_000 });
    expect(await page.locator('#ed-import-heading').textContent()).toContain('Nhập tài liệu');
    expect(await card.locator('.ed-import-file').textContent()).toBe('nd-30-2020-nd-cp-cong-tac-van-thu.docx');
    const field = (label: string) => card.getByLabel(label, { exact: true });
    expect(await field('Cơ quan ban hành').inputValue()).toBe('CHÍNH PHỦ');
    expect(await field('Số, ký hiệu').inputValue()).toBe('30/2020/NĐ-CP');
    expect(await field('Ngày ban hành').inputValue()).toBe('2020-03-05');
    expect(
      await card
        .locator('.ed-field', { has: page.getByLabel('Ngày ban hành', { exact: true }) })
        .locator('.ed-hint')
        .textContent(),
    ).toBe('Thứ Năm, 05/03/2020');
    expect(await field('Tên văn bản (trích yếu)').inputValue()).toBe('Nghị định về công tác văn thư');

    // The structure: every Điều in the outline, labels beside the blocks, the rest announced.
    const outline = (await card.locator('.ed-outline-entry').allTextContents()).map((s) => s.normalize('NFC'));
    for (let n = 1; n <= 38; n++) expect(outline.some((s) => s.startsWith(`Điều ${n}.`))).toBe(true);
    expect(outline.some((s) => s.startsWith('Chương I.'))).toBe(true);
    const labels = await card.locator('.ed-plabel').allTextContents();
    expect(labels).toContain('Điều 1');
    expect(labels).toContain('khoản 1');
    expect(labels).toContain('điểm a');
    expect(await card.locator('.ed-pblock').count()).toBe(200);
    expect(await card.locator('.ed-more').textContent()).toMatch(/^… và \d+ đoạn nữa/u);
    expect(await card.locator('.ed-stats').textContent()).toContain('Điều38');
    expect(await seriousAxeViolations(page, 'import preview')).toEqual([]);
    await screenshot(page, 'editor-import-preview');
    await card.locator('.ed-structure').scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-import-structure');

    const title = 'Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư';
    await field('Tên văn bản (trích yếu)').fill(title);
    await card.getByRole('button', { name: /^Lưu/u }).click();
    const saved = page.locator('.ed-import-card.status-saved');
    await saved.waitFor();
    expect(await saved.textContent()).toContain(`Đã lưu “${title}”.`);

    // The agenda (side column) lists it; the reader opens it.
    const link = page.locator(`#agenda a.agenda-doc`, { hasText: title });
    await link.waitFor();
    expect(await link.textContent()).toContain('Số: 30/2020/NĐ-CP');
    await saved.getByRole('link', { name: 'Mở trong trình đọc' }).click();
    await page.locator('#doc-title', { hasText: title }).waitFor();
    const documentId = (await link.getAttribute('data-document-id'))!;
    const stored = await getDocument(h, documentId);
    expect(stored.document).toMatchObject({ issuer: 'CHÍNH PHỦ', numberSymbol: '30/2020/NĐ-CP', date: '2020-03-05', title });
    expect(stored.blocks.filter((b) => b.label?.startsWith('Điều '))).toHaveLength(38);

    // Search without accents lands on the passage.
    await page.keyboard.press('Control+K');
    await waitUntil(page, 'document.activeElement && document.activeElement.id === "search-input"');
    await page.keyboard.type('tai lieu dien tu');
    const hits = page.locator('#search-results a.hit-link', { hasText: title });
    await hits.first().waitFor();
    const snippets = await hits.locator('.hit-snippet').allTextContents();
    const index = snippets.findIndex((s) => fold(s).includes('tai lieu dien tu'));
    expect(index).toBeGreaterThanOrEqual(0);
    const blockId = (await hits.nth(index).getAttribute('data-block-id'))!;
    await hits.nth(index).click();
    await waitForFocusedBlock(page, blockId);
    expect(((await page.locator(`#${blockId}`).textContent()) ?? '').toLowerCase()).toContain('tài liệu điện tử');
    await screenshot(page, 'editor-imported-in-reader');
  });

  it('previews several files, names the one refused, skips one; a file dropped on an item is imported too', async () => {
    await openEditor(h);
    const { page } = h;
    const bad = files.write('bien-ban.docx', 'not a zip at all');
    const text = files.write('ghi-chu.txt', 'Điều 1. Phạm vi\nNội dung ghi chú.\n');
    await page.locator(`input[name="documents-${TARGET_ITEM}"]`).setInputFiles([bad, text]);
    const refused = page.locator('.ed-import-card.status-error');
    await refused.waitFor();
    expect(await refused.locator('.ed-import-file').textContent()).toBe('bien-ban.docx');
    expect(await refused.getByRole('alert').textContent()).toContain('bien-ban.docx');
    const ready = page.locator('.ed-import-card.status-ready');
    await ready.waitFor();
    await ready.getByRole('button', { name: 'Bỏ qua' }).click();
    await page.locator('.ed-summary-line', { hasText: 'Đã xong: lưu 0 trong 2 tệp.' }).waitFor();
    expect((await getAgenda(h)).items.find((i) => i.id === TARGET_ITEM)?.documents).toHaveLength(0);

    // Back on the agenda, a file dropped on the item (drag-and-drop from the file manager).
    await page.getByRole('button', { name: 'Quay lại chương trình' }).click();
    const drop = await page.evaluateHandle(`(() => {
      const data = new DataTransfer();
      data.items.add(new File(['Điều 1. Phạm vi\\nNội dung kéo thả.\\n'], 'keo-tha.txt', { type: 'text/plain' }));
      return data;
    })()`);
    await page.locator(itemCard(TARGET_ITEM)).dispatchEvent('dragover', { dataTransfer: drop });
    await page.locator(itemCard(TARGET_ITEM)).dispatchEvent('drop', { dataTransfer: drop });
    const dropped = page.locator('.ed-import-card.status-ready');
    await dropped.waitFor();
    expect(await page.locator('.ed-import-card').count()).toBe(1);
    expect(await dropped.locator('.ed-import-file').textContent()).toBe('keo-tha.txt');
    await dropped.getByRole('button', { name: /^Lưu/u }).click();
    await page.locator('.ed-import-card.status-saved').waitFor();
    const documents = (await getAgenda(h)).items.find((i) => i.id === TARGET_ITEM)?.documents ?? [];
    expect(documents.map((d) => d.title)).toEqual(['keo-tha']);
  });
});

describe('new version of a document', () => {
  it('shows the change summary and the words changed, then lists the comment whose passage is gone', async () => {
    const v1 = files.write(
      'du-thao-v1.txt',
      [
        'Điều 1. Phạm vi điều chỉnh',
        'Nghị quyết này quy định mức chi cho công tác văn thư của các cơ quan thuộc tỉnh.',
        'Điều 2. Đối tượng áp dụng',
        'Các cơ quan, tổ chức, đơn vị sử dụng ngân sách tỉnh.',
        'Điều 3. Hiệu lực thi hành',
        'Nghị quyết này có hiệu lực kể từ ngày 01 tháng 01 năm 2020.',
      ].join('\n'),
    );
    const v2 = files.write(
      'du-thao-v2.txt',
      [
        'Điều 1. Phạm vi điều chỉnh',
        'Nghị quyết này quy định mức chi cho công tác văn thư và lưu trữ của các cơ quan thuộc tỉnh.',
        'Điều 2. Đối tượng áp dụng',
        'Các cơ quan, tổ chức, đơn vị sử dụng ngân sách tỉnh.',
        'Điều 3. Tổ chức thực hiện',
        'Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.',
      ].join('\n'),
    );
    const header = {
      kind: 'du_thao_nghi_quyet',
      issuer: null,
      numberSymbol: null,
      date: null,
      title: 'Dự thảo Nghị quyết về mức chi công tác văn thư',
    };
    const { documentId } = await callApi<{ documentId: string }>(h, 'documents:import', {
      itemId: TARGET_ITEM,
      file: filePayload(v1),
      header,
    });
    const doc = await getDocument(h, documentId);
    const gone = doc.blocks.find((b) => b.text.startsWith('Nghị quyết này có hiệu lực'))!;
    await callApi(h, 'identity:set', { name: 'Nguyễn Thị Hoa', delegation: 'Tổ đại biểu thành phố Hạ Long' });
    const quote = 'kể từ ngày 01 tháng 01 năm 2020';
    const start = gone.text.indexOf(quote);
    await callApi(h, 'comments:create', {
      itemId: TARGET_ITEM,
      documentId,
      anchor: { blockId: gone.id, start, end: start + quote.length, quote },
      stance: 'y_kien_khac',
      text: 'Đề nghị lùi thời điểm có hiệu lực sang ngày 01/7/2020.',
    });

    await openEditor(h);
    const { page } = h;
    await page.locator(`input[name="version-${documentId}"]`).setInputFiles(v2);
    const chips = page.locator('.ed-summary-chips');
    await chips.waitFor({ timeout: 30_000 });
    expect((await chips.locator('li').allTextContents()).join(' | ')).toBe(
      '3 đoạn giữ nguyên | 1 đoạn sửa | 2 đoạn thêm | 2 đoạn bỏ',
    );
    expect(await page.locator('.ed-change.op-changed ins').first().textContent()).toContain('lưu trữ');
    expect(await page.locator('.ed-change.op-changed').textContent()).toContain('[thêm: ');
    expect(await page.locator('.ed-change.op-removed').first().textContent()).toContain('Điều 3. Hiệu lực thi hành');
    expect(await page.locator('.ed-change.op-same button').first().textContent()).toMatch(/^\d+ đoạn không đổi$/u);
    expect(await page.getByLabel('Tên văn bản (trích yếu)').inputValue()).toBe(header.title);
    expect(await seriousAxeViolations(page, 'version diff')).toEqual([]);
    await screenshot(page, 'editor-version-diff');
    await page.locator('.ed-changes').scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-version-changes');

    await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
    const orphans = page.locator('.ed-orphans');
    await orphans.waitFor();
    expect(await page.locator('.ed-version-result').textContent()).toContain('Đã lưu phiên bản 2.');
    expect(await orphans.getByRole('heading').textContent()).toBe(
      'Góp ý có đoạn văn không còn trong phiên bản mới (vẫn được giữ)',
    );
    const orphan = await orphans.locator('.ed-orphan').textContent();
    expect(orphan).toContain('Nguyễn Thị Hoa');
    expect(orphan).toContain(`“${quote}”`);
    expect(orphan).toContain('Đề nghị lùi thời điểm');
    expect(await seriousAxeViolations(page, 'version result')).toEqual([]);
    await screenshot(page, 'editor-version-result');
    const after = await getDocument(h, documentId);
    expect(after.blocks.some((b) => b.text.includes('lưu trữ'))).toBe(true);
  });
});
