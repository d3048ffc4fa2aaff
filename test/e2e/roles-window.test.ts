/**
 * Roles in the window, in Chromium: the secretariat sees beside each imported package and each
 * delegate the fingerprint printed on that delegate's sheet (pdftotext), exports the list of those
 * who have not sent (PDF read back), enters a comment on a delegate's behalf and finds it marked
 * "nhập thay" with its source in the compilation; a delegate sees the office's decision on their
 * new key, and a switch of identity shows whose comments stay on the machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { waitForPdf } from '../../main/core/services/pdf-jobs';
import type { CompiledView } from '../../shared/domain/compile';
import type { PdfJobStatus } from '../../shared/domain/exports';
import type { SavedFile } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
import { bodyText } from '../main/pdf/poppler';
import { call, delegateWithComments, exportCommentsFile, ITEM, openInstallation } from '../support/exchange';
import { harnessForEachTest, type Harness } from './harness';
import { callApi, screenshot, seriousAxeViolations } from './helpers';

const HUONG = { rosterId: 'db01-nguyen-thi-thanh-huong', name: 'Nguyễn Thị Thanh Hương' };
const HUNG = { rosterId: 'db02-tran-quoc-hung', name: 'Trần Quốc Hưng' };
const PRINT = /[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/u;

let h: Harness;
let root: string;

harnessForEachTest(
  (started, tempRoot) => {
    h = started;
    root = tempRoot;
  },
  { tempPrefix: 'gopy-e2e-roles-window-' },
);

const appNav = (h: Harness) => h.page.getByRole('navigation', { name: 'Các mục của ứng dụng' });

async function dossierUpload(office: CoreContext) {
  const saved = await call<SavedFile>(office, CHANNELS.packagesExportDossier);
  return { name: saved.fileName, dataBase64: readFileSync(saved.path).toString('base64') };
}

describe('roles in the window: the secretariat', () => {
  it('shows the sheet’s fingerprint beside the package and the delegate, lists who has not sent, enters a comment on paper', async () => {
    // The delegate's own machine: a comment, the signed sheet (PDF) and the package.
    const delegate = await delegateWithComments(HUONG.rosterId, ['Đề nghị làm rõ lộ trình.']);
    const sheet = await waitForPdf(delegate, (await call<PdfJobStatus>(delegate, CHANNELS.pdfStart, { kind: 'sheet' })).jobId);
    const printed = /Dấu khóa: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/u.exec(bodyText(sheet.path))?.[1];
    expect(printed).toBeDefined();
    const pkg = await exportCommentsFile(delegate);
    delegate.close();
    const pkgPath = join(root, pkg.name);
    writeFileSync(pkgPath, pkg.data);

    const { page } = h;
    await h.open('#/exchange');
    await page.locator('input[name="comment-packages"]').setInputFiles(pkgPath);
    const result = page.locator('.sx-import-result.is-imported');
    await result.waitFor();
    expect(await result.locator('.rl-import-key code').textContent()).toBe(printed);
    const key = page.locator(`.sx-key[data-author-id="${HUONG.rosterId}"]`);
    await key.waitFor();
    expect(await key.locator('code.key-fingerprint').first().textContent()).toBe(printed);
    await result.scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-window-import-fingerprint');

    // Who has not sent: the PDF lists every roster delegate without a package, and the reminder.
    const notSent = page.getByTestId('not-sent');
    await notSent.getByRole('button', { name: 'Xuất danh sách (PDF)' }).click();
    const path = (await notSent.locator('code.sx-path').textContent())!;
    await notSent.locator('a[download]').waitFor();
    expect(await notSent.getByLabel('Lời nhắc (chép để gửi đại biểu)').inputValue()).toContain('Kính gửi các đại biểu');
    await notSent.scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-window-not-sent');
    const missing = (await callApi<CompiledView>(h, 'compile:get', {})).delegates.filter((d) => d.inRoster && !d.sent);
    expect(missing.length).toBeGreaterThan(3);
    const text = bodyText(path);
    for (const d of missing) expect(text, d.name).toContain(d.name);
    expect(text).not.toContain(HUONG.name);

    // Nhập thay: a paper comment from Trần Quốc Hưng, with its source and date.
    const form = page.locator('form.rl-on-behalf');
    await form.getByLabel('Đại biểu', { exact: true }).selectOption(HUNG.rosterId);
    await form.getByLabel('Văn bản được góp ý').selectOption({ index: 1 });
    await form.getByLabel('Không tán thành').check();
    await form.getByLabel('Nội dung góp ý').fill('Đề nghị giữ nguyên tên cơ quan (phiếu giấy).');
    await form.getByLabel('Nguồn', { exact: true }).selectOption('paper');
    await form.getByLabel('Ngày').fill('2026-12-04');
    await form.getByRole('button', { name: 'Lưu góp ý nhập thay' }).click();
    await form.getByText(`Đã lưu góp ý nhập thay cho ${HUNG.name} (Phiếu góp ý giấy ngày 04/12/2026).`).waitFor();
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-window-on-behalf-form');

    await appNav(h).getByRole('link', { name: 'Tổng hợp góp ý' }).click();
    const card = page.locator('.sx-comment-card', { hasText: 'Đề nghị giữ nguyên tên cơ quan (phiếu giấy).' });
    await card.waitFor();
    expect(await card.locator('.sx-comment-author').textContent()).toBe(HUNG.name);
    expect(await card.locator('.rl-on-behalf-tag').textContent()).toBe('nhập thay');
    expect(await card.locator('.rl-on-behalf-source').textContent()).toBe(
      'Văn phòng nhập thay đại biểu — nguồn: Phiếu góp ý giấy ngày 04/12/2026',
    );
    await card.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'roles-window-on-behalf-compiled');
  });
});

describe('roles in the window: the delegate', () => {
  it('sees the office’s approval of the new key, and whose comments stay after switching identity', async () => {
    const office = openInstallation(join(root, 'office'));
    await callApi(h, 'packages:importDossier', { file: await dossierUpload(office) });
    // The old laptop sent first; this browser's installation is the new laptop.
    const oldLaptop = openInstallation(join(root, 'old'));
    await call(oldLaptop, CHANNELS.packagesImportDossier, { file: await dossierUpload(office) });
    await call(oldLaptop, CHANNELS.identitySet, { rosterId: HUONG.rosterId });
    await call(oldLaptop, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Máy cũ.',
    });
    const asUpload = (f: { name: string; data: Buffer }) => ({ name: f.name, dataBase64: f.data.toString('base64') });
    await call(office, CHANNELS.packagesImportComments, { files: [asUpload(await exportCommentsFile(oldLaptop))] });
    oldLaptop.close();

    await callApi(h, 'identity:set', { rosterId: HUONG.rosterId });
    await callApi(h, 'comments:create', {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'y_kien_khac',
      text: 'Máy mới.',
    });
    const saved = await callApi<SavedFile>(h, 'packages:exportComments');
    const [held] = await call<Array<{ status: string; fingerprint: string }>>(office, CHANNELS.packagesImportComments, {
      files: [{ name: saved.fileName, dataBase64: readFileSync(saved.path).toString('base64') }],
    });
    expect(held.status).toBe('held');
    await call(office, CHANNELS.keysDecide, {
      authorId: HUONG.rosterId,
      decision: 'approved',
      reason: 'Đã so với phiếu có chữ ký',
    });
    await callApi(h, 'packages:importDossier', { file: await dossierUpload(office) });
    office.close();

    const { page } = h;
    await h.open('#/exchange');
    const decision = page.locator('.rl-my-keys li[data-decision="approved"]');
    await decision.waitFor();
    const said = (await decision.textContent())!;
    expect(said).toContain(`Văn phòng đã chấp nhận khóa mới ${held.fingerprint}`);
    expect(said).toContain('Đã so với phiếu có chữ ký');
    expect(said.match(new RegExp(PRINT.source, 'gu'))).toHaveLength(2);
    await decision.scrollIntoViewIfNeeded();
    await screenshot(page, 'roles-window-delegate-key-decision');
    expect(await seriousAxeViolations(page, 'delegate exchange with a key decision')).toEqual([]);

    // Another delegate takes the machine: Hương's comment is kept, and the window says whose.
    await callApi(h, 'identity:set', { rosterId: HUNG.rosterId });
    await h.open('#/');
    const notice = page.getByTestId('other-identities');
    await notice.getByText(`1 góp ý của ${HUONG.name}`, { exact: false }).waitFor();
    await notice.getByRole('button', { name: 'Xem các góp ý này' }).click();
    await notice.getByText('Máy mới.', { exact: false }).waitFor();
    await screenshot(page, 'roles-window-other-identity');
    expect(await seriousAxeViolations(page, 'other identity notice')).toEqual([]);
  });
});
