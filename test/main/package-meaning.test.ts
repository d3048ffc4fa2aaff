/**
 * Packages signed by the right key but nonsensical (issue 18): each is refused with a sentence
 * naming the file and what is wrong, and nothing changes. A dossier with duplicate ids is refused
 * the same way, without the generic error nor a stack trace.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { loadSigner } from '../../main/core/crypto/keys';
import { dispatch } from '../../main/core/dispatch';
import { sealPackage } from '../../main/core/packages/envelope';
import type { PackageFileResult, SavedFile } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
import {
  COMMENT_PACKAGE_FORMAT,
  DOSSIER_PACKAGE_FORMAT,
  type CommentPackage,
  type DossierPackage,
} from '../../shared/packages/format';
import { asUpload, call, commentTables, delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';

const A = 'db01-nguyen-thi-thanh-huong';

const contentOf = <T>(data: Buffer): T => JSON.parse(JSON.parse(gunzipSync(data).toString('utf8')).content) as T;

/** The same package, changed and signed again with the same installation's key. */
function resigned<T>(ctx: CoreContext, format: string, data: Buffer, change: (content: T) => void): Buffer {
  const content = contentOf<T>(data);
  change(content);
  return sealPackage(format as typeof COMMENT_PACKAGE_FORMAT, content, loadSigner(ctx.db, ctx.secrets));
}

describe('comment packages are checked for meaning', () => {
  const cases: Array<[string, (p: CommentPackage) => void, RegExp]> = [
    [
      'an anchor on a block that does not exist',
      (p) => (p.comments[0].anchor!.blockId = 'khong-co-doan-nay'),
      /không có trong tài liệu/u,
    ],
    [
      'an anchor that starts after it ends',
      (p) => Object.assign(p.comments[0].anchor!, { start: 9, end: 3 }),
      /bắt đầu sau khi kết thúc/u,
    ],
    ['"dòng 99999–1"', (p) => Object.assign(p.comments[0].anchor!, { lineFirst: 99999, lineLast: 1 }), /dòng đầu sau dòng cuối/u],
    [
      'lines outside the quoted block',
      (p) => Object.assign(p.comments[0].anchor!, { lineFirst: 99998, lineLast: 99999 }),
      /ngoài các dòng/u,
    ],
    [
      'a quote beyond the end of its block',
      (p) => Object.assign(p.comments[0].anchor!, { start: 0, end: 999_999 }),
      /vượt quá cuối đoạn/u,
    ],
    ['an unknown agenda item', (p) => (p.comments[0].itemId = 'noi-dung-khong-co'), /không có trong chương trình/u],
    ['an unknown document', (p) => (p.comments[0].documentId = 'tai-lieu-khong-co'), /tài liệu "tai-lieu-khong-co" không có/u],
    ['duplicate comment ids', (p) => p.comments.push({ ...p.comments[0], text: 'Bản sao.' }), /xuất hiện hai lần/u],
  ];

  for (const [what, change, message] of cases) {
    it(`refuses ${what}, changing nothing`, async () => {
      const delegate = await delegateWithComments(A, ['Góp ý thứ nhất.', 'Góp ý thứ hai.']);
      const good = await exportCommentsFile(delegate);
      const secretariat = openInstallation();
      const data = resigned<CommentPackage>(delegate, COMMENT_PACKAGE_FORMAT, good.data, change);
      const before = commentTables(secretariat);
      const [result] = await call<PackageFileResult[]>(secretariat, CHANNELS.packagesImportComments, {
        files: [asUpload({ name: 'vo-nghia.gopy', data })],
      });
      expect(result.status).toBe('rejected');
      expect(result.message).toContain('vo-nghia.gopy');
      expect(result.message).toMatch(message);
      expect(result.message).not.toMatch(/[A-Z][a-z]+ [a-z]+:|Too |Unrecognized|Invalid/u);
      expect(commentTables(secretariat)).toEqual(before);
      // The untouched package still goes in.
      const [ok] = await call<PackageFileResult[]>(secretariat, CHANNELS.packagesImportComments, { files: [asUpload(good)] });
      expect(ok.status).toBe('imported');
      delegate.close();
      secretariat.close();
    });
  }
});

describe('a dossier with duplicate ids', () => {
  it('gets one clear sentence, no generic error and no stack trace', async () => {
    const secretariat = openInstallation();
    const saved = await call<SavedFile>(secretariat, CHANNELS.packagesExportDossier);
    const data = resigned<DossierPackage>(secretariat, DOSSIER_PACKAGE_FORMAT, readFileSync(saved.path), (p) => {
      const doc = p.items.find((i) => i.documents.length > 0)!.documents[0];
      doc.blocks[1].id = doc.blocks[0].id;
    });
    const delegate = openInstallation();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const result = await dispatch(delegate, CHANNELS.packagesImportDossier, {
        file: asUpload({ name: 'trung-ma.hoso', data }),
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!result.ok && result.error.message).toMatch(/trung-ma\.hoso.*mã đoạn văn ".+" xuất hiện hai lần/u);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
    }
    secretariat.close();
    delegate.close();
  });
});
