/**
 * Key renewal end to end: a delegate's new laptop signs with a new key; the package is held with
 * both fingerprints, then approved (comments from both keys present) or refused (nothing added).
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../main/core/dispatch';
import { mergeKeyDecisions } from '../../../main/core/roles/key-renewal';
import { listKeyDecisions } from '../../../main/core/db/repos/key-decisions';
import type { Comment } from '../../../shared/domain/comments';
import type { DelegateKeyView, KeyDecisionOutcome } from '../../../shared/domain/office';
import type { PackageFileResult } from '../../../shared/domain/packages';
import { CHANNELS } from '../../../shared/ipc/channels';
import {
  asUpload,
  call,
  commentTables,
  delegateWithComments,
  exportCommentsFile,
  openInstallation,
} from '../../support/exchange';
import { dumpDatabase } from '../../support/db-dump';

const HUONG = 'db01-nguyen-thi-thanh-huong';
const HUNG = 'db02-tran-quoc-hung';

type Installation = ReturnType<typeof openInstallation>;
type File = { name: string; data: Buffer };

async function send(office: Installation, from: Installation | File) {
  const file = 'db' in from ? await exportCommentsFile(from) : from;
  const [result] = await call<PackageFileResult[]>(office, CHANNELS.packagesImportComments, { files: [asUpload(file)] });
  return result;
}

const texts = (office: ReturnType<typeof openInstallation>, authorId: string) =>
  call<Comment[]>(office, CHANNELS.commentsList).then((all) =>
    all
      .filter((c) => c.author.id === authorId)
      .map((c) => c.text)
      .sort(),
  );

describe('key renewal', () => {
  it('new laptop → held → approved: comments from both keys are there', async () => {
    const office = openInstallation();
    const oldLaptop = await delegateWithComments(HUONG, ['Góp ý từ máy cũ.']);
    expect((await send(office, oldLaptop)).status).toBe('imported');
    const newLaptop = await delegateWithComments(HUONG, ['Góp ý từ máy mới.']);

    const newPackage = await exportCommentsFile(newLaptop);
    const held = await send(office, newPackage);
    const [keys] = await call<DelegateKeyView[]>(office, CHANNELS.keysList);
    expect(held.status).toBe('held');
    expect(held.message).toContain(`khóa cũ ${keys.fingerprint}`);
    expect(held.message).toContain(`khóa mới ${keys.held[0].fingerprint}`);
    // The same words travel as a catalogue key, so an English window says them in English.
    expect(held.reason).toEqual({
      key: 'package.held_new_key',
      params: { old: keys.fingerprint, new: keys.held[0].fingerprint },
    });
    expect(keys.held).toEqual([expect.objectContaining({ packages: 1 })]);
    expect(await texts(office, HUONG)).toEqual(['Góp ý từ máy cũ.']);
    // The same package again stays held once.
    expect((await send(office, newPackage)).status).toBe('held');
    expect((await call<DelegateKeyView[]>(office, CHANNELS.keysList))[0].held[0].packages).toBe(1);

    const noReason = await dispatch(office, CHANNELS.keysDecide, { authorId: HUONG, decision: 'approved', reason: ' ' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const outcome = await call<KeyDecisionOutcome>(office, CHANNELS.keysDecide, {
      authorId: HUONG,
      decision: 'approved',
      reason: 'Đã so dấu khóa với phiếu góp ý có chữ ký ngày 04/12.',
    });
    expect(outcome).toMatchObject({ decision: 'approved', packages: 1, counts: { added: 1 } });
    expect(await texts(office, HUONG)).toEqual(['Góp ý từ máy cũ.', 'Góp ý từ máy mới.']);
    const [after] = await call<DelegateKeyView[]>(office, CHANNELS.keysList);
    expect(after.held).toEqual([]);
    expect(after.approved).toEqual([keys.held[0].fingerprint]);
    expect(after.decisions).toEqual([
      expect.objectContaining({
        decision: 'approved',
        oldFingerprint: keys.fingerprint,
        reason: expect.stringContaining('phiếu'),
      }),
    ]);
    // From now on both keys are accepted; the old laptop's later package too.
    await call(newLaptop, CHANNELS.commentsCreate, {
      itemId: 'hop-nhat-to-chuc-noi-vu',
      documentId: null,
      anchor: null,
      stance: 'tan_thanh',
      text: 'Thêm một góp ý từ máy mới.',
    });
    expect((await send(office, newLaptop)).status).toBe('imported');
    expect((await send(office, oldLaptop)).status).toBe('unchanged');

    // Replaying the decisions (another machine's dossier, or the same twice) changes nothing.
    const before = dumpDatabase(office.db);
    expect(mergeKeyDecisions(office.db, listKeyDecisions(office.db), new Date().toISOString())).toBe(0);
    expect(dumpDatabase(office.db)).toEqual(before);
    for (const c of [office, oldLaptop, newLaptop]) c.close();
  });

  it('new laptop → held → refused: nothing is added, and later packages from that key are refused', async () => {
    const office = openInstallation();
    const oldLaptop = await delegateWithComments(HUNG, ['Góp ý thật.']);
    await send(office, oldLaptop);
    const before = commentTables(office);
    const stranger = await delegateWithComments(HUNG, ['Góp ý mạo danh.']);
    expect((await send(office, stranger)).status).toBe('held');
    await call(office, CHANNELS.keysDecide, { authorId: HUNG, decision: 'refused', reason: 'Đại biểu không đổi máy.' });
    expect(commentTables(office)).toEqual(before);
    expect(await texts(office, HUNG)).toEqual(['Góp ý thật.']);
    const again = await send(office, stranger);
    expect(again.status).toBe('rejected');
    expect(again.message).toMatch(/Văn phòng đã từ chối.*Đại biểu không đổi máy/u);
    expect(commentTables(office)).toEqual(before);
    for (const c of [office, oldLaptop, stranger]) c.close();
  });
});
