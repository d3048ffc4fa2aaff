/**
 * The secretariat's loop in a real browser against the real server: import a folder of signed
 * comment packages (made beforehand in Node by two delegates' own installations) with progress and
 * a per-file result, import again, compile, answer a group with Tiếp thu, filter to unanswered, see
 * who has and has not sent; the delegate's exchange (deadline, dossier, the secretariat's answers
 * coming back with a newer dossier); settings and backups.
 * axe-core on every screen; the answering path also by keyboard alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comments';
import type { CompiledView } from '../../shared/domain/compile';
import type { SavedFile } from '../../shared/domain/packages';
import type { OfficeView } from '../../shared/domain/office';
import type { IdentityView } from '../../shared/domain/types';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, DE_AN, ITEM, openInstallation } from '../support/exchange';
import { startHarness, type Harness } from './harness';
import { callApi, screenshot, seriousAxeViolations, waitUntil } from './helpers';
import {
  A_TEXTS,
  B_TEXTS,
  CORRUPT_NAME,
  DELEGATE_A,
  DELEGATE_B,
  exportDossierFrom,
  fullScreenshot,
  importThroughApi,
  preparePackages,
  tabUntil,
  texts,
  type PackageFolder,
} from './secretariat-helpers';

let h: Harness;
let packages: PackageFolder;

beforeEach(async () => {
  packages = await preparePackages();
  h = await startHarness();
});

afterEach(async () => {
  try {
    h.assertClean();
  } finally {
    await h.close();
    packages.cleanup();
  }
});

async function openScreen(hash: string, heading: string): Promise<void> {
  await h.open(hash);
  await h.page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('exchange', () => {
  it('imports a folder of packages with progress and a result per file, then again as already imported', async () => {
    const { page } = h;
    await h.open();
    await page.getByRole('navigation', { name: 'Các mục của ứng dụng' }).getByRole('link', { name: 'Trao đổi tệp' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trao đổi tệp' }).waitFor();

    // The deadline and the time left (the sample session's deadline is long past).
    const notice = page.locator('.sx-deadline-notice');
    expect(await notice.textContent()).toContain('Hạn gửi góp ý: 17:00 ngày 05/12/2019');
    expect(await notice.textContent()).toContain('đã quá hạn');
    expect(await page.getByRole('banner').locator('.sx-deadline-chip').textContent()).toContain('17:00 ngày 05/12/2019');

    await page.locator('input[name="comment-packages-folder"]').setInputFiles(packages.folder);
    const summary = page.locator('.sx-import-summary');
    await summary.filter({ hasText: 'Xong' }).waitFor();
    expect(await summary.textContent()).toBe('Xong 3/3 tệp: 2 đã nhập, 0 đã nhập trước đó, 1 bị từ chối.');
    expect(await page.locator('.sx-import-progress').textContent()).toContain('Đã bỏ qua 1 tệp không phải gói góp ý (.gopy).');
    const progress = await page.locator('#sx-import-progress').evaluate((el) => {
      const bar = el as unknown as { value: number; max: number };
      return [bar.value, bar.max];
    });
    expect(progress).toEqual([3, 3]);
    expect(await page.locator('.sx-import-progress-count').textContent()).toBe('3/3 tệp');
    expect(await page.getByRole('progressbar', { name: 'Tiến độ nhập gói góp ý' }).count()).toBe(1);

    const imported = page.locator('.sx-import-result.is-imported');
    expect(await imported.count()).toBe(2);
    const importedText = (await texts(page, '.sx-import-result.is-imported')).join('\n');
    expect(importedText).toContain(DELEGATE_A.name);
    expect(importedText).toContain(DELEGATE_B.name);
    expect(importedText).toContain(`Đã nhập (${A_TEXTS.length} mới, 0 cập nhật, 0 xóa)`);
    expect(importedText).toContain(`Đã nhập (${B_TEXTS.length} mới, 0 cập nhật, 0 xóa)`);
    const rejected = page.locator('.sx-import-result.is-rejected');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.locator('.sx-import-result-file').textContent()).toBe(CORRUPT_NAME);
    const reason = (await rejected.locator('.sx-import-result-status').textContent()) ?? '';
    expect(reason).toMatch(/^Bị từ chối: \S/u);
    expect(reason).not.toContain(`Tệp "${CORRUPT_NAME}"`);
    await fullScreenshot(page, 'exchange-import');
    expect(await seriousAxeViolations(page, 'exchange')).toEqual([]);

    // The same packages again, picked as files: nothing changes.
    await page.locator('input[name="comment-packages"]').setInputFiles(packages.good);
    await summary.filter({ hasText: 'Xong 2/2' }).waitFor();
    expect(await page.locator('.sx-import-result.is-unchanged').count()).toBe(2);
    expect(await texts(page, '.sx-import-result.is-unchanged .sx-import-result-status')).toEqual([
      'Đã nhập trước đó, không thay đổi',
      'Đã nhập trước đó, không thay đổi',
    ]);
  });

  it('opens a session dossier from the secretariat and exports its own files', async () => {
    const { page } = h;
    const dossier = await exportDossierFrom(packages.root);
    await openScreen('#/exchange', 'Trao đổi tệp');

    // Every export is a new version (the sample dossier the installations start from is version 1).
    const version = /_v(\d+)\.hoso$/u.exec(dossier)?.[1];
    expect(Number(version)).toBeGreaterThan(1);
    await page.locator('input[name="dossier-file"]').setInputFiles(dossier);
    await page.locator('.sx-outcome', { hasText: `Đã mở hồ sơ kỳ họp, phiên bản ${version}` }).waitFor();
    await page.locator('input[name="dossier-file"]').setInputFiles(dossier);
    await page.locator('.sx-outcome', { hasText: `Hồ sơ phiên bản ${version} đã có trên máy, không có gì thay đổi.` }).waitFor();

    // Without an identity the comment export says why; with one it saves and shows the path.
    await page.getByRole('button', { name: 'Xuất góp ý của tôi' }).click();
    await page.locator('.sx-outcome.is-error').waitFor();
    await callApi(h, 'identity:set', { rosterId: DELEGATE_A.rosterId });
    await page.getByRole('button', { name: 'Xuất góp ý của tôi' }).click();
    const saved = page.locator('.sx-outcome.is-ok', { hasText: 'Đã lưu:' }).first();
    await saved.waitFor();
    const commentPath = (await saved.locator('code').textContent()) ?? '';
    expect(commentPath).toMatch(/\/exports\/gop-y_.+\.gopy$/u);
    expect(existsSync(commentPath)).toBe(true);

    // Having received the session from another office, this installation is a delegate's for it:
    // it no longer offers to export the dossier (test/e2e/roles.test.ts covers the rest).
    expect(await page.getByRole('button', { name: 'Xuất hồ sơ kỳ họp' }).count()).toBe(0);
    await fullScreenshot(page, 'exchange-delegate');
  });
});

describe('answers back to the delegate', () => {
  it('shows the secretariat’s answer on the delegate’s comment once a newer dossier brings it', async () => {
    const { page } = h;
    const office = openInstallation(join(packages.root, 'van-phong-tra-loi'));
    try {
      const dossier = async () => (await call<SavedFile>(office, CHANNELS.packagesExportDossier)).path;
      await openScreen('#/exchange', 'Trao đổi tệp');
      await page.locator('input[name="dossier-file"]').setInputFiles(await dossier());
      await page.locator('.sx-outcome.is-ok', { hasText: 'Đã mở hồ sơ kỳ họp' }).waitFor();
      await callApi(h, 'identity:set', { rosterId: DELEGATE_A.rosterId });
      const mine = await callApi<Comment>(h, 'comments:create', {
        itemId: ITEM,
        documentId: DE_AN,
        anchor: null,
        stance: 'y_kien_khac',
        text: 'Đề nghị nêu rõ lộ trình.',
      });
      const sent = await callApi<SavedFile>(h, 'packages:exportComments');
      await call(office, CHANNELS.packagesImportComments, {
        files: [{ name: basename(sent.path), dataBase64: readFileSync(sent.path).toString('base64') }],
      });
      await call(office, CHANNELS.answersSet, {
        commentIds: [mine.id],
        kind: 'tiep_thu',
        text: 'Đã bổ sung lộ trình vào Điều 3.',
      });

      await page.locator('input[name="dossier-file"]').setInputFiles(await dossier());
      await page.locator('.sx-outcome.is-ok', { hasText: 'Kèm theo 1 câu trả lời của Văn phòng' }).waitFor();
      await page.locator(`a.agenda-doc[data-document-id="${DE_AN}"]`).first().click();
      await page.getByRole('button', { name: 'Góp ý (1)' }).click();
      const answer = page.locator(`.comment-card[data-comment-id="${mine.id}"] .comment-answer`);
      await answer.waitFor();
      expect(await answer.locator('.comment-answer-kind').textContent()).toBe('Văn phòng tiếp thu');
      expect(await answer.locator('.comment-answer-text').textContent()).toBe('Đã bổ sung lộ trình vào Điều 3.');
      await screenshot(page, 'comments-answer-received');
      expect(await seriousAxeViolations(page, 'comments-answer')).toEqual([]);

      // The delegate revises the comment: the card says the answer was for the earlier revision,
      // and the secretariat, once the new package is in, finds it under "Đã sửa sau khi trả lời".
      const card = page.locator(`.comment-card[data-comment-id="${mine.id}"]`);
      await card.getByRole('button', { name: 'Sửa' }).click();
      const form = page.getByRole('form', { name: 'Sửa góp ý' });
      await form.getByLabel(/Nội dung góp ý/u).fill('Đề nghị nêu rõ lộ trình và kinh phí.');
      await form.getByRole('button', { name: 'Lưu thay đổi' }).click();
      await form.waitFor({ state: 'detached' });
      await answer.locator('.comment-answer-outrun', { hasText: 'Trả lời này viết cho bản sửa 1' }).waitFor();
      const resent = await callApi<SavedFile>(h, 'packages:exportComments');
      await call(office, CHANNELS.packagesImportComments, {
        files: [{ name: basename(resent.path), dataBase64: readFileSync(resent.path).toString('base64') }],
      });
      const revised = await call<CompiledView>(office, CHANNELS.compileGet, { answered: 'revised' });
      expect(revised.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id)))).toEqual([mine.id]);
    } finally {
      office.close();
    }
  });
});

describe('compilation', () => {
  it('shows counts and names, answers a passage with Tiếp thu, filters to unanswered, lists senders', async () => {
    const { page } = h;
    await importThroughApi(h, packages.good);
    await h.open();
    await page.getByRole('link', { name: 'Tổng hợp góp ý' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tổng hợp góp ý' }).waitFor();
    await page.locator('.sx-comment-card').first().waitFor();

    const total = A_TEXTS.length + B_TEXTS.length;
    expect(await page.locator('.sx-compile-summary').textContent()).toContain(`Góp ý${total}`);
    expect(await page.locator('.sx-compile-status').textContent()).toBe(`Đang hiển thị ${total} góp ý`);
    expect(await page.locator('.sx-comment-card').count()).toBe(total);
    const authors = await texts(page, '.sx-comment-author');
    expect(authors.filter((a) => a === DELEGATE_A.name)).toHaveLength(A_TEXTS.length);
    expect(authors.filter((a) => a === DELEGATE_B.name)).toHaveLength(B_TEXTS.length);
    // Stance counts per document and in total (delegateWithComments cycles the three stances).
    expect(await page.locator('.sx-compile-summary .sx-stance-counts').textContent()).toContain('Tán thành 2');
    expect(await page.locator('.sx-cdoc-meta').first().textContent()).toContain(`${total} góp ý`);
    // A proposed wording is shown against its quote, with the insertion marked in words too.
    expect(await page.locator('.sx-wording ins').first().textContent()).toContain('[thêm: ');

    // The first passage holds one comment from each delegate: answer both at once.
    const passage = page.locator('.sx-passage').first();
    const passageIds = await passage
      .locator('.sx-comment-card')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-comment-id')));
    expect(passageIds).toHaveLength(2);
    await passage.getByLabel(/Chọn tất cả trong đoạn này/u).check();
    expect(await page.locator('.sx-answer-selected').textContent()).toBe('Đã chọn 2 góp ý');
    await page.getByRole('radio', { name: 'Tiếp thu' }).check();
    await page.getByLabel('Nội dung trả lời').fill('Xin tiếp thu, sẽ chỉnh sửa trong dự thảo.');
    await screenshot(page, 'compile-answering');
    expect(await seriousAxeViolations(page, 'compile')).toEqual([]);
    await page.getByRole('button', { name: 'Trả lời 2 góp ý' }).click();
    await page.locator('.sx-answer-done', { hasText: 'Đã trả lời 2 góp ý.' }).waitFor();
    for (const id of passageIds) {
      const answer = page.locator(`.sx-comment-card[data-comment-id="${id}"] .sx-answer-shown`);
      expect(await answer.textContent()).toContain('Tiếp thu');
      expect(await answer.textContent()).toContain('Xin tiếp thu, sẽ chỉnh sửa trong dự thảo.');
    }
    expect(await page.locator('.sx-compile-summary').textContent()).toContain(`Đã trả lời2 / ${total}`);

    // Answering again edits the answer.
    await page.getByRole('button', { name: `Sửa trả lời cho góp ý của ${DELEGATE_B.name}` }).click();
    expect(await page.getByRole('radio', { name: 'Tiếp thu' }).isChecked()).toBe(true);
    await page.getByRole('radio', { name: 'Giải trình' }).check();
    await page.getByLabel('Nội dung trả lời').fill('Nội dung này đã được quy định tại Điều 3.');
    await page.getByRole('button', { name: 'Trả lời 1 góp ý' }).click();
    await page.locator('.sx-answer-done', { hasText: 'Đã trả lời 1 góp ý.' }).waitFor();
    expect(await page.locator(`.sx-comment-card[data-comment-id="${passageIds[1]}"] .sx-answer-shown`).textContent()).toContain(
      'Nội dung này đã được quy định tại Điều 3.',
    );

    // Words typed without diacritics find the comments that hold them, whoever wrote them.
    await page.getByLabel('Tìm trong góp ý').fill('lo trinh');
    await page.locator('.sx-compile-status', { hasText: `Đang hiển thị 1 / ${total} góp ý` }).waitFor();
    expect(await texts(page, '.sx-comment-text')).toEqual(['Đề nghị làm rõ lộ trình sắp xếp biên chế.']);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.locator('.sx-compile-status', { hasText: `Đang hiển thị ${total} góp ý` }).waitFor();
    expect(await page.getByLabel('Tìm trong góp ý').inputValue()).toBe('');
    // Words still being typed when "Bỏ lọc" is pressed go too: they never come back as a filter.
    await page.locator('#sx-filter-stance').selectOption('tan_thanh');
    await page.getByLabel('Tìm trong góp ý').fill('bien che');
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.waitForTimeout(600);
    expect(await page.getByLabel('Tìm trong góp ý').inputValue()).toBe('');
    await page.locator('.sx-compile-status', { hasText: `Đang hiển thị ${total} góp ý` }).waitFor();

    // Only the unanswered ones remain under that filter.
    await page.getByLabel('Trả lời', { exact: true }).selectOption('unanswered');
    await page.locator('.sx-compile-status', { hasText: `Đang hiển thị ${total - 2} / ${total} góp ý` }).waitFor();
    expect(await page.locator('.sx-comment-card').count()).toBe(total - 2);
    for (const id of passageIds) expect(await page.locator(`.sx-comment-card[data-comment-id="${id}"]`).count()).toBe(0);
    expect(await page.locator('.sx-answer-shown').count()).toBe(0);
    expect(await page.locator('.sx-compile-summary').textContent()).toContain('theo bộ lọc');
    await page.evaluate('window.scrollTo(0, 0)');
    await screenshot(page, 'compile');

    // Who has sent and who has not; both sent after the (2019) deadline.
    await page.getByRole('tab', { name: /Đại biểu đã gửi/u }).click();
    const table = page.getByRole('table', { name: 'Tình hình gửi góp ý của đại biểu' });
    const sentRows = table.locator('tbody tr.is-sent');
    expect(await sentRows.count()).toBe(2);
    expect((await texts(page, '.sx-delegates-table tbody tr.is-sent th')).sort()).toEqual(
      [DELEGATE_A.name, DELEGATE_B.name].sort(),
    );
    expect(await sentRows.first().textContent()).toContain('gửi sau hạn');
    const missing = await table.locator('tbody tr.is-missing').count();
    expect(missing).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^Chưa gửi/u }).click();
    expect(await table.locator('tbody tr').count()).toBe(missing);
    expect(await table.locator('tbody tr.is-sent').count()).toBe(0);
    await screenshot(page, 'compile-delegates');
    expect(await seriousAxeViolations(page, 'compile-delegates')).toEqual([]);
  });

  it('answers a comment by keyboard alone', async () => {
    const { page } = h;
    await importThroughApi(h, packages.good);
    await openScreen('#/compile', 'Tổng hợp góp ý');
    await page.locator('.sx-comment-card').first().waitFor();

    await tabUntil(page, '.sx-comment-pick');
    await page.keyboard.press('Space');
    const picked = await page.evaluate<string | null>(
      'document.activeElement.closest(".sx-comment-card").getAttribute("data-comment-id")',
    );
    await waitUntil(page, 'document.querySelector(".sx-answer-selected").textContent === "Đã chọn 1 góp ý"');
    // Ctrl+Enter jumps from the list to the answer form; Space picks the first kind (Tiếp thu).
    await page.keyboard.press('Control+Enter');
    expect(await page.evaluate<string>('document.activeElement.getAttribute("name")')).toBe('sx-answer-kind');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe('sx-answer-text');
    await page.keyboard.type('Ghi nhận ý kiến của đại biểu.');
    await page.keyboard.press('Control+Enter');
    await waitUntil(page, 'document.activeElement && document.activeElement.classList.contains("sx-answer-done")');
    expect(await page.locator('.sx-answer-done').textContent()).toBe('Đã trả lời 1 góp ý.');
    const answer = page.locator(`.sx-comment-card[data-comment-id="${picked}"] .sx-answer-shown`);
    expect(await answer.textContent()).toContain('Tiếp thu');
    expect(await answer.textContent()).toContain('Ghi nhận ý kiến của đại biểu.');
  });
});

describe('settings', () => {
  it('backs up now, lists the backup, sets up the office and restores with a confirmation', async () => {
    const { page } = h;
    await openScreen('#/settings', 'Cài đặt');
    // The role is not chosen: this installation made the sample session, so it is its office.
    expect(await page.locator('#settings-office ~ p').first().textContent()).toContain('máy của Văn phòng');

    await page.getByRole('button', { name: 'Sao lưu ngay' }).click();
    await page.locator('.sx-backups-result', { hasText: 'Đã tạo bản sao lưu' }).waitFor();
    const rows = page.locator('.sx-backups-table tbody tr');
    await rows.first().waitFor();
    expect(await rows.first().textContent()).toContain('Sao lưu thủ công');
    expect(await rows.first().textContent()).toMatch(/gop-y-hdnd-\d{8}-\d{6}-manual\.sqlite/u);

    // The secretariat sets itself up as an office (name, clerk), never as a delegate.
    await page.getByLabel('Tên cơ quan (Văn phòng)').fill('Văn phòng HĐND tỉnh Quảng Ninh');
    await page.getByLabel('Họ tên thư ký').fill('Lê Thu Hà');
    await page.getByRole('button', { name: 'Lưu thông tin Văn phòng' }).click();
    await page.locator('.sx-outcome.is-ok', { hasText: 'Đã lưu thông tin Văn phòng' }).waitFor();
    expect((await callApi<OfficeView>(h, 'office:get')).office).toMatchObject({
      name: 'Văn phòng HĐND tỉnh Quảng Ninh',
      clerk: 'Lê Thu Hà',
    });
    await callApi(h, 'identity:set', { rosterId: DELEGATE_A.rosterId });
    expect(await seriousAxeViolations(page, 'settings')).toEqual([]);
    await fullScreenshot(page, 'settings');

    // Restore the backup made before the identity: asks first, keeps the current data aside.
    await page
      .getByRole('button', { name: /Khôi phục bản sao lưu lúc/u })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Khôi phục bản sao lưu này?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('không bị xóa');
    expect(await seriousAxeViolations(page, 'settings-restore-dialog')).toEqual([]);
    await screenshot(page, 'settings-restore');
    await dialog.getByRole('button', { name: 'Khôi phục' }).click();
    await page.locator('.sx-backups-result', { hasText: 'Đã khôi phục dữ liệu từ bản sao lưu' }).waitFor();
    const aside = (await page.locator('.sx-backups-result code').textContent()) ?? '';
    expect(aside).toContain('truoc-khoi-phuc');
    expect(existsSync(aside)).toBe(true);
    // The data was reloaded: the identity chosen after that backup is gone again.
    await expect.poll(async () => (await callApi<IdentityView>(h, 'identity:get')).identity).toBeNull();
    expect(await page.locator('a.agenda-doc').count()).toBeGreaterThan(0);
  });
});
