/** Receipts: the next dossier tells each delegate which of their packages the office received, when, with how many comments. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import type { Receipt } from '../../../shared/domain/office';
import type { SavedFile } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import { asUpload, call, exportCommentsFile, ITEM, openInstallation } from '../../support/exchange';

async function dossier(ctx: CoreContext) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  return asUpload({ name: saved.fileName, data: readFileSync(saved.path) });
}

describe('receipts', () => {
  it('each delegate learns from the next dossier that their package arrived, and only theirs', async () => {
    const office = openInstallation();
    const [huong, hung] = [openInstallation(), openInstallation()];
    const first = await dossier(office);
    for (const [ctx, rosterId] of [
      [huong, 'db01-nguyen-thi-thanh-huong'],
      [hung, 'db02-tran-quoc-hung'],
    ] as const) {
      await call(ctx, CHANNELS.packagesImportDossier, { file: first });
      await call(ctx, CHANNELS.identitySet, { rosterId });
    }
    for (const text of ['Một.', 'Hai.']) {
      await call(huong, CHANNELS.commentsCreate, { itemId: ITEM, documentId: null, anchor: null, stance: 'tan_thanh', text });
    }
    const sent = await exportCommentsFile(huong);
    await call(office, CHANNELS.packagesImportComments, { files: [asUpload(sent)] });
    expect(await call<Receipt[]>(huong, CHANNELS.receiptsList)).toEqual([]);

    const next = await dossier(office);
    await call(huong, CHANNELS.packagesImportDossier, { file: next });
    await call(hung, CHANNELS.packagesImportDossier, { file: next });
    const exportedAt = JSON.parse(JSON.parse((await import('node:zlib')).gunzipSync(sent.data).toString('utf8')).content)
      .exportedAt as string;
    expect(await call<Receipt[]>(huong, CHANNELS.receiptsList)).toEqual([
      { exportedAt, receivedAt: expect.any(String), comments: 2 },
    ]);
    expect(await call<Receipt[]>(hung, CHANNELS.receiptsList)).toEqual([]);
    for (const c of [office, huong, hung]) c.close();
  });
});
