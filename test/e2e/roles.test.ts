/**
 * A delegate's installation shows no dossier editor, no compilation and no dossier export: the
 * secretariat's screens are offered only where main says this installation is the session's
 * secretariat (derived from the keys it holds). The office's own installation still has them.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OfficeView } from '../../shared/domain/office';
import { harnessForEachTest, type Harness } from './harness';
import { callApi, screenshot } from './helpers';
import { exportDossierFrom } from './secretariat-helpers';
import { delegateWithComments, exportCommentsFile } from '../support/exchange';
import type { Comment } from '../../shared/domain/comments';

let h: Harness;
let root: string;

harnessForEachTest(
  (started, tempRoot) => {
    h = started;
    root = tempRoot;
  },
  { tempPrefix: 'gopy-e2e-roles-' },
);

const appNav = (h: Harness) => h.page.getByRole('navigation', { name: 'Các mục của ứng dụng' });

describe('roles in the window', () => {
  it('the office’s installation offers the editor, the compilation and the dossier export', async () => {
    await h.open();
    await h.page.getByRole('link', { name: 'Soạn hồ sơ' }).waitFor();
    expect(await appNav(h).getByRole('link', { name: 'Tổng hợp góp ý' }).count()).toBe(1);
    await appNav(h).getByRole('link', { name: 'Trao đổi tệp' }).click();
    await h.page.getByRole('button', { name: 'Xuất hồ sơ kỳ họp' }).waitFor();
  });

  it('a delegate’s installation shows no editor, compilation or dossier export', async () => {
    const dossier = await exportDossierFrom(root);
    await callApi(h, 'packages:importDossier', {
      file: { name: basename(dossier), dataBase64: readFileSync(dossier).toString('base64') },
    });
    expect((await callApi<OfficeView>(h, 'office:get')).role).toBe('delegate');
    const { page } = h;
    await h.open();
    await appNav(h).getByRole('link', { name: 'Trao đổi tệp' }).waitFor();
    expect(await page.getByRole('link', { name: 'Soạn hồ sơ' }).count()).toBe(0);
    expect(await appNav(h).getByRole('link', { name: 'Tổng hợp góp ý' }).count()).toBe(0);

    await appNav(h).getByRole('link', { name: 'Trao đổi tệp' }).click();
    await page.getByRole('button', { name: 'Xuất góp ý của tôi' }).waitFor();
    expect(await page.getByRole('button', { name: 'Xuất hồ sơ kỳ họp' }).count()).toBe(0);
    expect(await page.locator('input[name="comment-packages"]').count()).toBe(0);
    await screenshot(page, 'roles-delegate-exchange');

    // Typed addresses do not open them either: the screen says whose work it is.
    for (const hash of ['#/editor', '#/compile']) {
      await page.goto(h.url + hash);
      await page.getByRole('heading', { level: 1, name: 'Việc này dành cho Văn phòng' }).waitFor();
      expect(await page.locator('#editor-heading, #compile-heading').count()).toBe(0);
    }
    await screenshot(page, 'roles-delegate-compile');

    // Settings say what this machine is for the session, with the issuing office's fingerprint.
    await page.goto(h.url + '#/settings');
    const role = page.locator('#settings-office ~ p[data-role="delegate"]');
    await role.waitFor();
    expect(await role.textContent()).toMatch(/máy của đại biểu.*[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}/u);
  });

  it('the office sees a delegate’s new key held with both fingerprints and accepts it with a reason', async () => {
    const upload = async (texts: string[]) => {
      const ctx = await delegateWithComments('db01-nguyen-thi-thanh-huong', texts);
      const file = await exportCommentsFile(ctx);
      ctx.close();
      return { name: file.name, dataBase64: file.data.toString('base64') };
    };
    await callApi(h, 'packages:importComments', { files: [await upload(['Từ máy cũ.'])] });
    const [held] = await callApi<Array<{ status: string }>>(h, 'packages:importComments', {
      files: [await upload(['Từ máy mới.'])],
    });
    expect(held.status).toBe('held');
    const { page } = h;
    await h.open('#/exchange');
    const key = page.locator('.sx-key[data-author-id="db01-nguyen-thi-thanh-huong"]');
    await key.getByText('Khóa mới — chờ xác nhận').waitFor();
    expect(await key.locator('code.key-fingerprint').count()).toBe(3);
    await key.getByLabel(/^Lý do/u).fill('Đã so với phiếu góp ý có chữ ký.');
    await key.getByRole('button', { name: 'Chấp nhận khóa mới' }).click();
    await key.getByText(/Đã chấp nhận khóa mới .* Đã so với phiếu góp ý có chữ ký\./u).waitFor();
    await screenshot(page, 'roles-key-approved');
    const texts = (await callApi<Comment[]>(h, 'comments:list')).map((c) => c.text).sort();
    expect(texts).toEqual(['Từ máy cũ.', 'Từ máy mới.']);
  });
});
