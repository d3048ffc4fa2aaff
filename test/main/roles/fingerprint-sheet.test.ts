/**
 * Binding a key to a person offline: the fingerprint printed beside the signature on the
 * delegate's comment sheet (read back with pdftotext) is the one the secretariat sees beside that
 * delegate once their package is in.
 */
import { describe, expect, it } from 'vitest';
import { waitForPdf } from '../../../main/core/services/pdf-jobs';
import type { PdfJobStatus } from '../../../shared/domain/exports';
import type { DelegateKeyView } from '../../../shared/domain/office';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bodyText, RESULTS_DIR } from '../pdf/poppler';
import { asUpload, call, delegateWithComments, exportCommentsFile, openInstallation } from '../../support/exchange';

describe('key fingerprint on the comment sheet', () => {
  it('the sheet shows the same fingerprint as the secretariat’s view of that delegate', async () => {
    const delegate = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Đề nghị làm rõ lộ trình.']);
    const started = await call<PdfJobStatus>(delegate, CHANNELS.pdfStart, { kind: 'sheet' });
    const done = await waitForPdf(delegate, started.jobId);
    const printed = /Dấu khóa: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/u.exec(bodyText(done.path))?.[1];
    expect(printed).toBeDefined();
    mkdirSync(RESULTS_DIR, { recursive: true });
    copyFileSync(done.path, join(RESULTS_DIR, 'roles-sheet.pdf'));

    const office = openInstallation();
    const [imported] = await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, {
      files: [asUpload(await exportCommentsFile(delegate))],
    });
    // The import result shows the fingerprint beside the package, the same as the sheet's.
    expect(imported).toMatchObject({ status: 'imported', fingerprint: printed });
    const [keys] = await call<DelegateKeyView[]>(office, CHANNELS.keysList);
    expect(keys.name).toBe('Nguyễn Thị Thanh Hương');
    expect(keys.fingerprint).toBe(printed);
    // Another installation's key would not match: the fingerprint is the key's, not the name's.
    const other = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Khác.']);
    const otherDone = await waitForPdf(other, (await call<PdfJobStatus>(other, CHANNELS.pdfStart, { kind: 'sheet' })).jobId);
    expect(bodyText(otherDone.path)).not.toContain(printed!);
    // Its package is held as a new key, and the result names the new key, not the pinned one.
    const [held] = await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, {
      files: [asUpload(await exportCommentsFile(other))],
    });
    const otherPrinted = /Dấu khóa: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4})/u.exec(bodyText(otherDone.path))?.[1];
    expect(held).toMatchObject({ status: 'held', fingerprint: otherPrinted });
    for (const c of [delegate, office, other]) c.close();
  });
});
