/**
 * Main's compilation index after a package import (issue 18): the comments the import appends,
 * through another connection as the import worker does, are merged into the kept index instead of
 * a full build, and paging through every filter then gives exactly what the whole compilation
 * (services/compile.ts) gives, again after answers; any other write (a revised comment, counted by
 * the repo) builds the index again, with the same outcome.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { openDatabase } from '../../main/core/db/database';
import type { Db } from '../../main/core/db/database';
import { archiveCurrentState, getComment, saveCommentState, writeCommentRow } from '../../main/core/db/repos/comments';
import { currentSession } from '../../main/core/db/repos/dossier';
import { importCommentFile } from '../../main/core/packages/import-files';
import { compile } from '../../main/core/services/compile';
import { compileIndex } from '../../main/core/services/compile-index';
import type { Comment, Stance } from '../../shared/domain/comments';
import type { CompiledFilter, CompiledView } from '../../shared/domain/compile';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, DE_AN, DU_THAO, exportCommentsFile, ITEM, openInstallation } from '../support/exchange';
import { pageThrough as pageAll } from '../support/compile-pages';

const STANCES: Stance[] = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'];
const A = 'db01-nguyen-thi-thanh-huong';
const B = 'db02-tran-quoc-hung';
const SEEDED = 900;

let ctx: CoreContext;
let packages: Array<{ name: string; data: Buffer }>;

const blocksOf = (c: CoreContext, documentId: string): Array<{ id: string; text: string }> =>
  c.db
    .prepare("SELECT id, text FROM blocks WHERE document_id = ? AND kind = 'paragraph' ORDER BY position")
    .all(documentId) as Array<{ id: string; text: string }>;

/** A delegate's package: comments on passages already compiled, on a new passage, general ones, and on another document. */
async function delegatePackage(rosterId: string, word: string): Promise<{ name: string; data: Buffer }> {
  const d = openInstallation();
  try {
    await call(d, CHANNELS.identitySet, { rosterId });
    const deAn = blocksOf(d, DE_AN);
    const duThao = blocksOf(d, DU_THAO);
    const targets = [
      { documentId: DE_AN, block: deAn[1] },
      { documentId: DE_AN, block: deAn[3] },
      { documentId: DE_AN, block: deAn[12] },
      { documentId: DE_AN, block: null },
      { documentId: DU_THAO, block: duThao[2] },
      { documentId: DU_THAO, block: null },
    ];
    for (const [i, t] of targets.entries()) {
      // Anchors at 0 and further in: merged among the comments already there.
      const start = i % 2 === 0 ? 0 : 3;
      const quote = t.block ? t.block.text.slice(start, start + 15) : null;
      await call<Comment>(d, CHANNELS.commentsCreate, {
        itemId: ITEM,
        documentId: t.documentId,
        anchor: t.block && quote ? { blockId: t.block.id, start, end: start + quote.length, quote } : null,
        stance: STANCES[i % 3],
        text: `Góp ý nhập sau số ${i}: ${word} về ngân sách địa phương.`,
        proposedText: i % 2 ? `${quote ?? 'Câu'} (sửa ${i})` : null,
      });
    }
    return await exportCommentsFile(d);
  } finally {
    d.close();
  }
}

/** Imports on a connection of its own, as the import worker does. */
function importByAnotherConnection(file: { name: string; data: Buffer }): void {
  const other = openDatabase(ctx.dbFile);
  try {
    expect(importCommentFile(other, file).status).toBe('imported');
  } finally {
    other.close();
  }
}

const pageThrough = (filter: CompiledFilter): ReturnType<typeof pageAll> =>
  pageAll((input) => call<CompiledView>(ctx, CHANNELS.compileGet, input), filter);

const FILTERS: CompiledFilter[] = [
  {},
  { stance: 'khong_tan_thanh' },
  { answered: 'unanswered' },
  { answered: 'answered' },
  { answered: 'revised' },
  { documentId: DU_THAO },
  { query: 'ngan sach' },
  { query: 'cuchuoi' },
  { stance: 'tan_thanh', answered: 'unanswered' },
];

async function expectSameAsWholeCompilation(): Promise<void> {
  for (const filter of FILTERS) {
    const { ids, first } = await pageThrough(filter);
    const whole = compile(ctx.db, filter);
    expect(ids, JSON.stringify(filter)).toEqual(
      whole.documents.flatMap((d) => d.passages.flatMap((p) => p.comments.map((c) => c.comment.id))),
    );
    expect(first.totals, JSON.stringify(filter)).toEqual(whole.totals);
    expect(first.delegates).toEqual(whole.delegates);
    // Trái chiều over what the filter keeps, as the view shows it.
    const conflicts = await pageThrough({ ...filter, conflicts: true });
    expect(conflicts.ids.length).toBeLessThanOrEqual(ids.length);
  }
}

beforeAll(async () => {
  packages = [await delegatePackage(A, 'cuchuoi'), await delegatePackage(B, 'bienrong')];
  ctx = openInstallation();
  const session = currentSession(ctx.db)!;
  const blocks = blocksOf(ctx, DE_AN).slice(0, 8);
  ctx.db.transaction(() => {
    for (let i = 0; i < SEEDED; i++) {
      const block = i % 30 === 0 ? null : blocks[i % blocks.length];
      const start = (i % 4) * 2;
      const quote = block ? block.text.slice(start, start + 10) : null;
      const at = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
      writeCommentRow(ctx.db, {
        id: randomUUID(),
        sessionId: session.id,
        itemId: ITEM,
        documentId: DE_AN,
        anchor:
          block && quote
            ? { blockId: block.id, start, end: start + quote.length, quote, path: null, lineFirst: 1, lineLast: 2 }
            : null,
        stance: STANCES[i % 3],
        text: `Góp ý ${i} về ngân sách.`,
        proposedText: i % 5 === 0 ? `Sửa lần ${i % 3}` : null,
        revision: 1,
        createdAt: at,
        updatedAt: at,
        deleted: false,
        author: { id: `dai-bieu-${i % 40}`, name: `Đại biểu ${i % 40}`, delegation: `Tổ ${i % 3}` },
      });
    }
  })();
  const ids = ctx.db.prepare('SELECT id FROM comments ORDER BY rowid').pluck().all() as string[];
  await call(ctx, CHANNELS.answersSet, { commentIds: ids.filter((_, i) => i % 3 === 0), kind: 'tiep_thu', text: 'Tiếp thu.' });
}, 120_000);

afterAll(() => ctx?.close());

describe('the compilation index after an import', () => {
  it('merges the comments an import appends (another connection) and pages through every filter as the whole compilation', async () => {
    await expectSameAsWholeCompilation();
    const before = compileIndex(ctx.db);
    importByAnotherConnection(packages[0]);
    const after = compileIndex(ctx.db);
    expect(after).not.toBe(before);
    // Appended to, not built again: the same map of comments, grown by the package's.
    expect(after.byId).toBe(before.byId);
    expect(after.entries.length).toBe(SEEDED + 6);
    await expectSameAsWholeCompilation();
    // A second import, the word index already folded: its words are found too.
    importByAnotherConnection(packages[1]);
    expect(compileIndex(ctx.db).byId).toBe(before.byId);
    await expectSameAsWholeCompilation();
    expect((await pageThrough({ query: 'bienrong' })).ids).toHaveLength(6);
  });

  it('keeps every filter right after answers to appended comments and others', async () => {
    const imported = ctx.db.prepare('SELECT id FROM comments WHERE author_id IN (?, ?)').pluck().all(A, B) as string[];
    const seeded = ctx.db.prepare('SELECT id FROM comments WHERE rowid % 7 = 1 LIMIT 40').pluck().all() as string[];
    const before = compileIndex(ctx.db);
    await call(ctx, CHANNELS.answersSet, {
      commentIds: [...imported.slice(0, 5), ...seeded],
      kind: 'giai_trinh',
      text: 'Giải trình.',
    });
    expect(compileIndex(ctx.db)).toBe(before);
    await expectSameAsWholeCompilation();
  });

  // The two ways the repo changes a stored comment (db/repos/comments.ts), each counted (migration 015).
  const REVISERS: Array<[string, (db: Db, c: Comment) => void]> = [
    ['an edit saved here', (db, c) => saveCommentState(db, c)],
    [
      'a newer revision from a package',
      (db, c) => {
        archiveCurrentState(db, c.id);
        writeCommentRow(db, c);
      },
    ],
  ];
  for (const [how, revise] of REVISERS) {
    it(`builds the index again for a write that is not an append (${how}, by another connection)`, async () => {
      const before = compileIndex(ctx.db);
      const other = openDatabase(ctx.dbFile);
      try {
        const ids = other.prepare('SELECT id FROM comments WHERE rowid % 11 = 0').pluck().all() as string[];
        other.transaction(() => {
          for (const id of ids) {
            const c = getComment(other, id)!;
            revise(other, {
              ...c,
              stance: c.stance === 'khong_tan_thanh' ? 'tan_thanh' : 'khong_tan_thanh',
              revision: c.revision + 1,
            });
          }
        })();
      } finally {
        other.close();
      }
      const after = compileIndex(ctx.db);
      expect(after.byId).not.toBe(before.byId);
      await expectSameAsWholeCompilation();
    });
  }
});
