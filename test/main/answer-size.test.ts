/**
 * No answer of any channel over 1 MB (issue 18), at the dispatch level on the benchmark's big cases:
 * a 3,000-block document (the Chromium reader's, generated with the real code) and a 5 MB .txt of
 * one word imported as one document. document:get pages them in windows that join back into the
 * very blocks the database holds; every read channel a reader uses answers under the budget.
 */
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { readDocument } from '../../main/core/db/repos/dossier';
import { importDocument } from '../../main/core/services/document-import';
import { tocOf } from '../../main/core/services/document-window';
import { joinWindow } from '../../shared/domain/document-window';
import type { AgendaView, DocumentPage, DocumentView } from '../../shared/domain/types';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import { LIST_WINDOWS } from '../../shared/ipc/limits';
import { longWord } from '../bench/measure/long-word';
import { addTallDocument } from '../bench/gen/tall-document';
import { openInstallation } from '../support/exchange';
import { tempDir } from '../support/temp';
import type { CoreContext } from '../../main/core/context';

const MB = LIST_WINDOWS.answerBytes;

/** Calls a channel through dispatch and checks the size of its whole answer (the envelope, as sent). */
async function answer<T>(ctx: CoreContext, channel: Channel, payload?: unknown): Promise<T> {
  const envelope = await dispatch(ctx, channel, payload);
  const bytes = Buffer.byteLength(JSON.stringify(envelope));
  expect(bytes, `${channel} answered ${bytes} bytes`).toBeLessThanOrEqual(MB);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value as T;
}

/** Every window of a document, each checked, joined. */
async function wholeDocument(ctx: CoreContext, documentId: string): Promise<{ view: DocumentView; windows: number }> {
  let view: DocumentView | null = null;
  let cursor: DocumentPage['window']['next'] = null;
  let windows = 0;
  do {
    const page: DocumentPage = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId, ...cursor });
    view = joinWindow(view, page);
    cursor = page.window.next;
    windows += 1;
    expect(windows).toBeLessThan(1_000);
  } while (cursor);
  return { view, windows };
}

function expectSameAsDatabase(ctx: CoreContext, documentId: string, view: DocumentView): void {
  const stored = readDocument(ctx.db, documentId)!;
  expect(view.blocks.length).toBe(stored.blocks.length);
  expect(view.blocks).toEqual(stored.blocks);
}

describe('no answer over 1 MB on the big fixtures', () => {
  it('pages a 3,000-block document and the reader channels stay under the budget', async () => {
    const dataDir = tempDir();
    const first = openInstallation(dataDir);
    const agenda = await answer<AgendaView>(first, CHANNELS.agendaGet);
    first.close();
    const { documentId } = addTallDocument(dataDir, agenda.session.id);
    const ctx = openInstallation(dataDir);
    try {
      const whole = Buffer.byteLength(JSON.stringify(readDocument(ctx.db, documentId)));
      const { view, windows } = await wholeDocument(ctx, documentId);
      expect(windows).toBeGreaterThanOrEqual(Math.ceil(whole / MB));
      expectSameAsDatabase(ctx, documentId, view);
      expect(view.toc.length).toBeGreaterThan(100);
      expect(view.toc).toEqual(tocOf(readDocument(ctx.db, documentId)!.blocks));
      // The reader's first window: a few blocks, the outline, the total.
      const firstWindow = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId, limit: 200 });
      expect(firstWindow.blocks).toHaveLength(200);
      expect(firstWindow.window).toEqual({ from: 0, fromChar: 0, total: view.blocks.length, next: { from: 200, fromChar: 0 } });
      await answer(ctx, CHANNELS.agendaGet);
      await answer(ctx, CHANNELS.documentsVersionMarks, { documentId });
      await answer(ctx, CHANNELS.notesList, { documentId });
      await answer(ctx, CHANNELS.searchQuery, { query: 'nghi quyet' });
      await answer(ctx, CHANNELS.commentsList, { documentId });
    } finally {
      ctx.close();
    }
  }, 120_000);

  it('sends a 5 MB one-word .txt in pieces of its one block, joined exactly', async () => {
    const ctx = openInstallation();
    try {
      const agenda = await answer<AgendaView>(ctx, CHANNELS.agendaGet);
      const word = longWord(3_460_000);
      const { documentId } = await importDocument(ctx, {
        itemId: agenda.items[0].id,
        file: { name: 'mot-tu.txt', data: Buffer.from(word + '\n', 'utf8') },
        header: { kind: 'khac', issuer: null, numberSymbol: null, date: null, title: 'Một từ rất dài' },
      });
      const { view, windows } = await wholeDocument(ctx, documentId);
      expect(windows).toBeGreaterThanOrEqual(5); // ~5 MB of UTF-8 in windows under 1 MB
      expect(view.blocks.map((b) => b.text).join('')).toBe(word);
      expectSameAsDatabase(ctx, documentId, view);
      await answer(ctx, CHANNELS.searchQuery, { query: 'nghiquyet' });
      await answer(ctx, CHANNELS.documentsVersionMarks, { documentId });
    } finally {
      ctx.close();
    }
  }, 120_000);

  it('serves later windows from the document read for the first, and reads it again once it changed', async () => {
    const dataDir = tempDir();
    const ctx = openInstallation(dataDir);
    try {
      const agenda = await answer<AgendaView>(ctx, CHANNELS.agendaGet);
      const documentId = agenda.items[0].documents[0].id;
      const first = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId, limit: 2 });
      const blockId = first.blocks[0].id;
      // A write through this connection (an edit of the text) and one through another (the CLI, a worker).
      ctx.db.prepare("UPDATE blocks SET text = 'Đoạn đã sửa.' WHERE id = ?").run(blockId);
      const again = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId, limit: 2 });
      expect(again.blocks[0].text).toBe('Đoạn đã sửa.');
      const other = openInstallation(dataDir);
      try {
        other.db.prepare("UPDATE blocks SET text = 'Sửa từ nơi khác.' WHERE id = ?").run(blockId);
      } finally {
        other.close();
      }
      const third = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId, limit: 2 });
      expect(third.blocks[0].text).toBe('Sửa từ nơi khác.');
      expectSameAsDatabase(ctx, documentId, (await wholeDocument(ctx, documentId)).view);
    } finally {
      ctx.close();
    }
  });

  it('answers an old request (no window asked) with the whole of a small document', async () => {
    const ctx = openInstallation();
    try {
      const agenda = await answer<AgendaView>(ctx, CHANNELS.agendaGet);
      const documentId = agenda.items[0].documents[0].id;
      const page = await answer<DocumentPage>(ctx, CHANNELS.documentGet, { documentId });
      expect(page.window.next).toBeNull();
      expectSameAsDatabase(ctx, documentId, page);
    } finally {
      ctx.close();
    }
  });
});
