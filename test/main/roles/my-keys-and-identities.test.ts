/**
 * The delegate's side of roles: the office's decision on my new key reaches me with the next
 * dossier (and only mine); switching identity keeps the other identity's comments and says whose.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../../main/core/context';
import type { Comment } from '../../../shared/domain/comments';
import type { DelegateKeyView, MyKeyDecision, OtherIdentityComments } from '../../../shared/domain/office';
import type { PackageFileResult, SavedFile } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import { asUpload, call, exportCommentsFile, ITEM, openInstallation } from '../../support/exchange';

const HUONG = 'db01-nguyen-thi-thanh-huong';
const HUNG = 'db02-tran-quoc-hung';

async function dossier(ctx: CoreContext) {
  const saved = await call<SavedFile>(ctx, CHANNELS.packagesExportDossier);
  return asUpload({ name: saved.fileName, data: readFileSync(saved.path) });
}

async function delegate(office: CoreContext, rosterId: string, text: string): Promise<CoreContext> {
  const ctx = openInstallation();
  await call(ctx, CHANNELS.packagesImportDossier, { file: await dossier(office) });
  await call(ctx, CHANNELS.identitySet, { rosterId });
  await call(ctx, CHANNELS.commentsCreate, { itemId: ITEM, documentId: null, anchor: null, stance: 'tan_thanh', text });
  return ctx;
}

const importInto = async (office: CoreContext, from: CoreContext) =>
  (
    await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, {
      files: [asUpload(await exportCommentsFile(from))],
    })
  )[0];

describe('the office’s decisions on my keys', () => {
  it('the next dossier tells the delegate on the new laptop that the new key was approved, with the reason', async () => {
    const office = openInstallation();
    const oldLaptop = await delegate(office, HUONG, 'Từ máy cũ.');
    const newLaptop = await delegate(office, HUONG, 'Từ máy mới.');
    const other = await delegate(office, HUNG, 'Của đại biểu khác.');
    expect((await importInto(office, oldLaptop)).status).toBe('imported');
    expect((await importInto(office, newLaptop)).status).toBe('held');
    await call(office, CHANNELS.keysDecide, {
      authorId: HUONG,
      decision: 'approved',
      reason: 'Đã so dấu khóa với phiếu có chữ ký.',
    });
    const [keys] = await call<DelegateKeyView[]>(office, CHANNELS.keysList);

    expect(await call<MyKeyDecision[]>(newLaptop, CHANNELS.keysMine)).toEqual([]);
    const next = await dossier(office);
    for (const ctx of [newLaptop, other]) await call(ctx, CHANNELS.packagesImportDossier, { file: next });
    expect(await call<MyKeyDecision[]>(newLaptop, CHANNELS.keysMine)).toEqual([
      {
        decision: 'approved',
        oldFingerprint: keys.fingerprint,
        newFingerprint: keys.approved[0],
        reason: 'Đã so dấu khóa với phiếu có chữ ký.',
        decidedAt: keys.decisions[0].decidedAt,
      },
    ]);
    // Another delegate's machine is not told about Hương's keys.
    expect(await call<MyKeyDecision[]>(other, CHANNELS.keysMine)).toEqual([]);
    for (const c of [office, oldLaptop, newLaptop, other]) c.close();
  });

  it('a refused key reaches the delegate too, with the reason', async () => {
    const office = openInstallation();
    const oldLaptop = await delegate(office, HUNG, 'Máy cũ.');
    const stranger = await delegate(office, HUNG, 'Máy lạ.');
    await importInto(office, oldLaptop);
    expect((await importInto(office, stranger)).status).toBe('held');
    await call(office, CHANNELS.keysDecide, { authorId: HUNG, decision: 'refused', reason: 'Đại biểu không đổi máy.' });
    await call(stranger, CHANNELS.packagesImportDossier, { file: await dossier(office) });
    expect(await call<MyKeyDecision[]>(stranger, CHANNELS.keysMine)).toEqual([
      expect.objectContaining({ decision: 'refused', reason: 'Đại biểu không đổi máy.' }),
    ]);
    for (const c of [office, oldLaptop, stranger]) c.close();
  });
});

describe('switching identity', () => {
  it('keeps the other identity’s comments and says whose and how many', async () => {
    const office = openInstallation();
    const laptop = await delegate(office, HUONG, 'Một.');
    await call(laptop, CHANNELS.commentsCreate, {
      itemId: ITEM,
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Hai.',
    });
    expect(await call<OtherIdentityComments[]>(laptop, CHANNELS.identityOthers)).toEqual([]);

    await call(laptop, CHANNELS.identitySet, { rosterId: HUNG });
    const others = await call<OtherIdentityComments[]>(laptop, CHANNELS.identityOthers);
    expect(others).toHaveLength(1);
    expect(others[0]).toMatchObject({ authorId: HUONG, name: 'Nguyễn Thị Thanh Hương', count: 2 });
    expect(others[0].comments.map((c) => c.text).sort()).toEqual(['Hai.', 'Một.']);
    // Not deleted: still in the database, only not "mine" any more.
    expect(await call<Comment[]>(laptop, CHANNELS.commentsList, { mine: true })).toEqual([]);

    // Back to Hương: nothing is someone else's.
    await call(laptop, CHANNELS.identitySet, { rosterId: HUONG });
    expect(await call<OtherIdentityComments[]>(laptop, CHANNELS.identityOthers)).toEqual([]);
    expect(await call<Comment[]>(laptop, CHANNELS.commentsList, { mine: true })).toHaveLength(2);

    // The secretariat's machine: comments taken in from packages are not "another identity's".
    await importInto(office, laptop);
    expect(await call<OtherIdentityComments[]>(office, CHANNELS.identityOthers)).toEqual([]);
    for (const c of [office, laptop]) c.close();
  });
});
