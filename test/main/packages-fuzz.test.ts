import fc from 'fast-check';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../main/core/dispatch';
import { AppError } from '../../main/core/errors';
import { importDossierPackage } from '../../main/core/packages/dossier-package';
import { importCommentFile } from '../../main/core/packages/import-files';
import { CHANNELS } from '../../shared/ipc/channels';
import { commentTables, delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';

describe('comment package parser under random corruption', () => {
  it('rejects or accepts, never crashes, and a rejection changes nothing', async () => {
    const a = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Góp ý một.', 'Góp ý hai.']);
    const good = await exportCommentsFile(a);
    const s = openInstallation();
    const json = gunzipSync(good.data).toString('utf8');

    const corruptions = fc.oneof(
      // Flip bytes of the compressed file.
      fc
        .array(fc.tuple(fc.nat(good.data.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 })
        .map((flips) => {
          const data = Buffer.from(good.data);
          for (const [at, mask] of flips) data[at] ^= mask;
          return data;
        }),
      // Truncate it.
      fc.nat(good.data.length - 1).map((n) => good.data.subarray(0, n)),
      // Change characters of the JSON, then compress again (valid gzip, broken content).
      fc
        .tuple(fc.nat(json.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, s]) => gzipSync(Buffer.from(json.slice(0, at) + s + json.slice(at + 1)))),
      // Arbitrary bytes.
      fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
    );

    let rejected = 0;
    fc.assert(
      fc.property(corruptions, (data) => {
        const before = commentTables(s);
        const result = importCommentFile(s.db, { name: 'fuzz.gopy', data });
        expect(['imported', 'unchanged', 'rejected']).toContain(result.status);
        if (result.status === 'rejected') {
          rejected++;
          expect(result.message).toMatch(/^Tệp "fuzz\.gopy" bị từ chối: /u);
          expect(commentTables(s)).toEqual(before);
        }
      }),
      { numRuns: 1500, seed: 20191206 },
    );
    expect(rejected).toBeGreaterThan(1000);
    const integrity = s.db.pragma('integrity_check', { simple: true });
    expect(integrity).toBe('ok');
    a.close();
    s.close();
  });
});

describe('dossier package parser under random corruption', () => {
  it('rejects or accepts, never crashes, and a rejection changes nothing', async () => {
    const secretariat = openInstallation();
    const saved = await dispatch(secretariat, CHANNELS.packagesExportDossier, undefined);
    const good = readFileSync(saved.ok ? (saved.value as { path: string }).path : '');
    const delegate = openInstallation();
    const json = gunzipSync(good).toString('utf8');
    const state = () =>
      JSON.stringify([
        delegate.db.prepare('SELECT * FROM blocks ORDER BY seq').all(),
        delegate.db.prepare('SELECT * FROM sessions').all(),
      ]);

    const corruptions = fc.oneof(
      fc
        .array(fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 })
        .map((flips) => {
          const data = Buffer.from(good);
          for (const [at, mask] of flips) data[at] ^= mask;
          return data;
        }),
      fc.nat(good.length - 1).map((n) => good.subarray(0, n)),
      fc
        .tuple(fc.nat(json.length - 1), fc.string({ minLength: 1, maxLength: 3 }))
        .map(([at, s]) => gzipSync(Buffer.from(json.slice(0, at) + s + json.slice(at + 1)))),
      fc.uint8Array({ maxLength: 512 }).map((b) => Buffer.from(b)),
    );
    let rejected = 0;
    fc.assert(
      fc.property(corruptions, (data) => {
        const before = state();
        try {
          importDossierPackage(delegate.db, data, 'fuzz.hoso');
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as Error).message).toMatch(/^Tệp "fuzz\.hoso" bị từ chối: /u);
          expect(state()).toBe(before);
          rejected++;
        }
      }),
      { numRuns: 600, seed: 7122019 },
    );
    expect(rejected).toBeGreaterThan(400);
    expect(delegate.db.pragma('integrity_check', { simple: true })).toBe('ok');
    secretariat.close();
    delegate.close();
  });
});
