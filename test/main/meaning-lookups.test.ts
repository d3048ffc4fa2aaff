/**
 * The dossier facts an import's meaning checks read are remembered across its packages
 * (packages/package-meaning.ts), and forgotten as soon as another connection commits: a dossier
 * imported between two groups of packages must not leave the checks reading an old block.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../main/core/context';
import { getCommentVersions } from '../../main/core/db/repos/comments';
import { MeaningLookups } from '../../main/core/packages/package-meaning';
import type { PackageFileResult } from '../../shared/domain/packages';
import { CHANNELS } from '../../shared/ipc/channels';
import { asUpload, call, delegateWithComments, exportCommentsFile, openInstallation } from '../support/exchange';
import { join } from 'node:path';

describe('the meaning checks of an import', () => {
  it('remember blocks, items and documents until another connection commits', () => {
    const s = openInstallation();
    const block = s.db.prepare("SELECT id, text, document_id FROM blocks WHERE kind = 'paragraph' LIMIT 1").get() as {
      id: string;
      text: string;
      document_id: string;
    };
    const lookups = new MeaningLookups(s.db);
    lookups.refresh();
    expect(lookups.block(block.id)?.text).toBe(block.text);
    expect(lookups.block('khong-co')).toBeNull();
    const item = lookups.documentItem(block.document_id);
    expect(item).not.toBeNull();
    expect(lookups.itemSession(item!)).not.toBeNull();
    const other = new Database(join(s.dataDir, DATABASE_FILE));
    other.prepare('UPDATE blocks SET text = ? WHERE id = ?').run('Đoạn đã đổi.', block.id);
    // Still remembered until the next package asks for fresh facts…
    expect(lookups.block(block.id)?.text).toBe(block.text);
    lookups.refresh();
    // …then read again, as the other connection left them.
    expect(lookups.block(block.id)?.text).toBe('Đoạn đã đổi.');
    lookups.refresh();
    expect(lookups.block(block.id)?.text).toBe('Đoạn đã đổi.');
    other.close();
    s.close();
  });

  it('read the stored versions of a whole package at once, and an import then updates only newer revisions', async () => {
    const delegate = await delegateWithComments('db01-nguyen-thi-thanh-huong', ['Một.', 'Hai.']);
    const s = openInstallation();
    const file = await exportCommentsFile(delegate);
    const [first] = await call<PackageFileResult[]>(s, CHANNELS.packagesImportComments, { files: [asUpload(file)] });
    expect(first.counts).toEqual({ added: 2, updated: 0, deleted: 0 });
    const ids = (s.db.prepare('SELECT id FROM comments ORDER BY id').pluck().all() as string[]).concat(['khong-co']);
    const versions = getCommentVersions(s.db, ids);
    expect([...versions.keys()].sort()).toEqual(ids.slice(0, 2));
    expect([...versions.values()].every((v) => v.revision === 1 && !v.deleted)).toBe(true);
    delegate.close();
    s.close();
  });
});
