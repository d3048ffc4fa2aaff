/**
 * Helpers for the secretariat's end-to-end tests: delegates' comment packages made in Node with the
 * real core (each delegate on a database of their own), a corrupted one beside them, a dossier
 * package from another installation, and small page probes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SavedFile } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';
import { SCREENSHOT_DIR, type Harness } from './harness';
import { callApi } from './helpers';

export const DELEGATE_A = { rosterId: 'db01-nguyen-thi-thanh-huong', name: 'Nguyễn Thị Thanh Hương' };
export const DELEGATE_B = { rosterId: 'db02-tran-quoc-hung', name: 'Trần Quốc Hưng' };
export const A_TEXTS = [
  'Tán thành chủ trương hợp nhất.',
  'Đề nghị làm rõ lộ trình sắp xếp biên chế.',
  'Cần bổ sung đánh giá tác động.',
];
export const B_TEXTS = ['Thống nhất với sự cần thiết của Đề án.', 'Đề nghị cân nhắc thời điểm thực hiện.'];
export const CORRUPT_NAME = 'gop-y_hong.gopy';

export interface PackageFolder {
  /** A temporary folder; remove it with `cleanup`. */
  root: string;
  /** The folder with both packages, the corrupted file and a note that is not a package. */
  folder: string;
  /** Paths of the two valid packages. */
  good: string[];
  cleanup(): void;
}

/** Two delegates' real comment packages, a corrupted package and a stray .txt, in one folder. */
export async function preparePackages(): Promise<PackageFolder> {
  const root = mkdtempSync(join(tmpdir(), 'gopy-e2e-packages-'));
  const folder = join(root, 'goi-gop-y');
  mkdirSync(folder);
  const good: string[] = [];
  for (const [delegate, texts] of [
    [DELEGATE_A, A_TEXTS],
    [DELEGATE_B, B_TEXTS],
  ] as const) {
    const ctx = await delegateWithComments(delegate.rosterId, [...texts]);
    try {
      const file = await exportCommentsFile(ctx);
      const path = join(folder, file.name);
      writeFileSync(path, file.data);
      good.push(path);
    } finally {
      ctx.close();
    }
  }
  // A package cut short in transit (a truncated gzip stream).
  const whole = readFileSync(good[0]);
  writeFileSync(join(folder, CORRUPT_NAME), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(join(folder, 'ghi-chu.txt'), 'Không phải gói góp ý.');
  return { root, folder, good, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A dossier package exported by another (secretariat) installation, written to `dir`. */
export async function exportDossierFrom(dir: string): Promise<string> {
  const ctx = openInstallation(join(dir, 'van-phong'));
  try {
    const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
    return saved.path;
  } finally {
    ctx.close();
  }
}

/** Imports the packages through the API (for tests about the compilation, not the import screen). */
export async function importThroughApi(h: Harness, paths: readonly string[]): Promise<void> {
  const files = paths.map((p) => ({ name: basename(p), dataBase64: readFileSync(p).toString('base64') }));
  await callApi(h, CHANNELS.packagesImportComments, { files });
}

/** The text content of every element matching `selector`, trimmed. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((els) => els.map((el) => (el.textContent ?? '').trim()));
}

/** Presses Tab until the focused element matches `selector` (a keyboard-only walk); fails after `max`. */
export async function tabUntil(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate<boolean>(`!!document.activeElement && document.activeElement.matches(${JSON.stringify(selector)})`))
      return;
  }
  throw new Error(`Tab did not reach ${selector} within ${max} presses`);
}

/** A screenshot of the whole page (the screens here are longer than the window). */
export async function fullScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
