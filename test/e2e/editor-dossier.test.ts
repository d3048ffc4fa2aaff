/**
 * The secretariat edits the rest of the dossier in a real browser: agenda items across sittings,
 * the delegate roster from a CSV and by hand, a new session. axe-core on each screen; each test has
 * its own data folder and fails on any request outside 127.0.0.1 or any logged error.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { callApi, screenshot, seriousAxeViolations, waitUntil } from './helpers';
import { getAgenda, itemCard, openEditor, tempFolder } from './editor-helpers';

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

describe('agenda', () => {
  it('adds an item, moves it to the afternoon and up, refuses to remove an item with comments, removes another', async () => {
    await openEditor(h);
    const { page } = h;
    await page.getByRole('button', { name: 'Thêm nội dung' }).click();
    const form = page.getByRole('form', { name: 'Thêm nội dung vào chương trình' });
    await form.getByLabel('Giờ (không bắt buộc)').fill('11:30');
    await form.getByLabel('Loại nội dung').selectOption('bao_cao');
    await form.getByLabel('Tên nội dung').fill('Báo cáo kết quả giám sát chuyên đề năm 2019');
    await form.getByLabel('Cơ quan, người trình bày').fill('Ban Pháp chế HĐND tỉnh');
    await form.getByRole('button', { name: 'Thêm vào chương trình' }).click();
    const added = page.locator('.ed-item', { hasText: 'Báo cáo kết quả giám sát chuyên đề năm 2019' });
    await added.waitFor();
    let agenda = await getAgenda(h);
    const item = agenda.items.find((i) => i.title === 'Báo cáo kết quả giám sát chuyên đề năm 2019')!;
    expect(item).toMatchObject({ day: '2019-12-06', sitting: 'sang', time: '11:30', kind: 'bao_cao' });
    // Placed at the end of the morning, before the afternoon's first item.
    const morning = agenda.items.filter((i) => i.day === '2019-12-06' && i.sitting === 'sang');
    expect(morning[morning.length - 1].id).toBe(item.id);

    await page.locator(`${itemCard(item.id)} select[data-control="move-to"]`).selectOption('2019-12-06|chieu');
    await page.locator('.ed-announce', { hasText: 'Buổi chiều' }).waitFor();
    agenda = await getAgenda(h);
    const afternoon = agenda.items.filter((i) => i.day === '2019-12-06' && i.sitting === 'chieu');
    expect(afternoon[afternoon.length - 1].id).toBe(item.id);
    const sitting = page.locator('.ed-sitting', { has: page.locator(itemCard(item.id)) });
    expect(await sitting.locator('.ed-sitting-heading').textContent()).toBe('Buổi chiều');
    expect(await page.evaluate('document.activeElement && document.activeElement.dataset.control')).toBe('move-to');

    await page.locator(`${itemCard(item.id)} button[data-control="up"]`).click();
    await waitUntil(page, `document.activeElement && document.activeElement.dataset.control === "up"`);
    agenda = await getAgenda(h);
    const moved = agenda.items.filter((i) => i.day === '2019-12-06' && i.sitting === 'chieu');
    expect(moved[moved.length - 2].id).toBe(item.id);
    expect(await seriousAxeViolations(page, 'agenda editor')).toEqual([]);
    await page.locator(itemCard(item.id)).scrollIntoViewIfNeeded();
    await screenshot(page, 'editor-agenda-moved');

    // An item with a delegate's comment cannot be removed: main's message is shown on the item.
    await callApi(h, 'identity:set', { name: 'Nguyễn Thị Hoa', delegation: 'Tổ đại biểu thành phố Hạ Long' });
    await callApi(h, 'comments:create', {
      itemId: 'khai-mac',
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Tán thành.',
    });
    await page.reload();
    await page.locator(itemCard('khai-mac')).waitFor();
    await page.locator(`${itemCard('khai-mac')} [data-control="remove"]`).click();
    const dialog = page.getByRole('dialog', { name: 'Xóa nội dung khỏi chương trình?' });
    await dialog.getByRole('button', { name: 'Xóa' }).click();
    expect(await page.locator(`${itemCard('khai-mac')} [role="alert"]`).textContent()).toContain('đã có góp ý');

    await page.locator(`${itemCard(item.id)} [data-control="remove"]`).click();
    await dialog.getByRole('button', { name: 'Xóa' }).click();
    await page.locator(itemCard(item.id)).waitFor({ state: 'detached' });
    agenda = await getAgenda(h);
    expect(agenda.items.some((i) => i.id === item.id)).toBe(false);
  });
});

describe('roster', () => {
  it('imports a CSV with a BOM and semicolons, shows the rows, edits one by hand; a bad CSV is refused by name', async () => {
    const csv = files.write(
      'dai-bieu.csv',
      '\uFEFFHọ và tên;Tổ đại biểu;Đơn vị bầu cử;Chức vụ\r\n' +
        'Nguyễn Văn An;Tổ đại biểu thành phố Hạ Long;Đơn vị bầu cử số 1;Đại biểu chuyên trách\r\n' +
        'Trần Thị Bình;Tổ đại biểu thành phố Cẩm Phả;Đơn vị bầu cử số 4;\r\n' +
        'Lê Minh Châu;Tổ đại biểu huyện Vân Đồn;;Phó Chủ tịch UBND huyện\r\n',
    );
    await openEditor(h);
    const { page } = h;
    // Tabs by keyboard: End goes to the last one.
    await page.getByRole('tab', { name: 'Chương trình và tài liệu' }).focus();
    await page.keyboard.press('End');
    await waitUntil(page, 'document.activeElement && document.activeElement.id === "ed-tab-roster"');
    expect(await page.getByRole('tab', { name: 'Danh sách đại biểu' }).getAttribute('aria-selected')).toBe('true');
    await page.locator('input[name="roster-csv"]').setInputFiles(csv);
    await page.getByText('Đã nhập 3 đại biểu từ “dai-bieu.csv”.').waitFor();
    const names = page.locator('input[name="roster-name"]');
    expect(await names.count()).toBe(3);
    expect(await names.nth(1).inputValue()).toBe('Trần Thị Bình');
    expect(await page.getByLabel('Đơn vị bầu cử, dòng 1').inputValue()).toBe('Đơn vị bầu cử số 1');
    expect(await page.getByLabel('Chức vụ, dòng 3').inputValue()).toBe('Phó Chủ tịch UBND huyện');
    expect(await seriousAxeViolations(page, 'roster')).toEqual([]);
    await screenshot(page, 'editor-roster');

    await page.getByRole('button', { name: 'Thêm dòng' }).click();
    await page.getByLabel('Họ và tên, dòng 4').fill('Phạm Quốc Dũng');
    await page.getByRole('button', { name: 'Lưu danh sách' }).click();
    await page.getByRole('alert').filter({ hasText: 'Dòng 4, Tổ đại biểu' }).waitFor();
    await page.getByLabel('Tổ đại biểu, dòng 4').fill('Tổ đại biểu thị xã Quảng Yên');
    await page.getByRole('button', { name: 'Lưu danh sách' }).click();
    await page.getByText('Đã lưu danh sách 4 đại biểu.').waitFor();
    const identity = await callApi<{ roster: Array<{ name: string; delegation: string; constituency: string | null }> }>(
      h,
      'identity:get',
    );
    expect(identity.roster.map((r) => r.name)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Minh Châu', 'Phạm Quốc Dũng']);
    expect(identity.roster[2].constituency).toBeNull();

    const bad = files.write('thieu-cot.csv', 'Họ và tên,Chức vụ\nNguyễn Văn An,Đại biểu\n');
    await page.locator('input[name="roster-csv"]').setInputFiles(bad);
    const alert = page.getByRole('alert').filter({ hasText: 'thieu-cot.csv' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Tổ đại biểu');
    expect(await names.count()).toBe(4);

    // English, second.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Delegate roster' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Agenda and documents' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Full name, row 4').inputValue()).toBe('Phạm Quốc Dũng');
  });
});

describe('session', () => {
  it('shows main’s messages next to the fields, then creates a session that becomes the current one', async () => {
    await openEditor(h);
    const { page } = h;
    await page.getByRole('tab', { name: 'Thông tin kỳ họp' }).click();
    await page.getByLabel('Tạo kỳ họp mới').check();
    const form = page.locator('.ed-session-form');
    expect(await form.getByLabel('Tên Hội đồng nhân dân').inputValue()).toBe('Hội đồng nhân dân tỉnh Quảng Ninh');
    await form.getByRole('button', { name: 'Tạo kỳ họp' }).click();
    await form.locator('.ed-field-error').first().waitFor();
    expect(await form.getByLabel('Tên kỳ họp').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('.ed-field.has-error', { has: page.getByLabel('Tên kỳ họp') }).textContent()).toContain(
      'Không được để trống.',
    );
    expect(await form.locator('.ed-field.has-error', { has: page.getByLabel('Ngày khai mạc') }).textContent()).toContain(
      'Hãy chọn ngày.',
    );
    expect(await form.getByRole('alert').textContent()).toBe('Chưa lưu được: hãy sửa 3 ô được đánh dấu.');
    expect(await seriousAxeViolations(page, 'session form')).toEqual([]);
    await screenshot(page, 'editor-session');

    await form.getByLabel('Tên kỳ họp').fill('Kỳ họp thứ 18 (chuyên đề)');
    await form.getByLabel('Ngày khai mạc').fill('2020-07-15');
    await form.getByLabel('Ngày bế mạc').fill('2020-07-14');
    await form.getByRole('group', { name: 'Hạn góp ý của đại biểu' }).getByLabel('Ngày').fill('2020-07-10');
    await form.getByRole('button', { name: 'Tạo kỳ họp' }).click();
    await form.getByRole('alert').filter({ hasText: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' }).waitFor();
    expect(await form.locator('.ed-field-error').count()).toBe(0);
    await form.getByLabel('Ngày bế mạc').fill('2020-07-16');
    await form.getByRole('button', { name: 'Tạo kỳ họp' }).click();
    await page.getByRole('banner').getByText('Kỳ họp thứ 18 (chuyên đề)').waitFor();
    expect(await page.getByRole('tab', { name: 'Chương trình và tài liệu' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.ed-announce').textContent()).toContain('Đã tạo kỳ họp “Kỳ họp thứ 18 (chuyên đề)”');
    const agenda = await getAgenda(h);
    expect(agenda.session).toMatchObject({ name: 'Kỳ họp thứ 18 (chuyên đề)', startDate: '2020-07-15', isSample: false });
    expect(new Date(agenda.session.commentDeadline!).toISOString()).toBe('2020-07-10T10:00:00.000Z');
    expect(agenda.items).toHaveLength(0);
  });
});
