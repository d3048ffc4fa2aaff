/**
 * Pushed events: a commit emits them from the core (dispatch's after-commit table), a saved
 * comment answers in one round trip with its draft cleared in the same transaction, and the web
 * door serves the events as Server-Sent Events behind the per-run token.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch as untyped } from '../../main/core/dispatch';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { InputOf, OutputOf } from '../../shared/ipc/contract';
import type { Envelope } from '../../shared/ipc/envelope';
import type { WireEvent } from '../../shared/ipc/events';
import type { CoreContext } from '../../main/core/context';
import { startWebServer, TOKEN_HEADER, type WebServer } from '../../main/web/server';
import { testContext } from '../support/core';
import { call, DE_AN, openInstallation } from '../support/exchange';
import type { DocumentView } from '../../shared/domain/types';
import type { RevisionView } from '../../shared/domain/revisions';
import { tempDir } from '../support/temp';

/** dispatch, typed from the contract. */
const dispatch = <C extends Channel>(ctx: CoreContext, channel: C, payload: InputOf<C>) =>
  untyped(ctx, channel, payload) as Promise<Envelope<OutputOf<C>>>;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function delegate(): Promise<CoreContext> {
  const ctx = testContext();
  cleanups.push(() => ctx.close());
  const who = await dispatch(ctx, CHANNELS.identitySet, { name: 'Nguyễn Văn Thử', delegation: 'Tổ 1' });
  expect(who.ok).toBe(true);
  return ctx;
}

const newComment = { itemId: 'item-1', documentId: 'doc-1', anchor: null, stance: 'tan_thanh', text: 'Đồng ý.' } as const;

describe('events after commits', () => {
  it('comments:create answers the comment, its answer state and counts, clears the draft, and emits the saved row', async () => {
    const ctx = await delegate();
    await dispatch(ctx, CHANNELS.draftsSave, { key: 'comment:item-1:doc-1', payload: '{"v":1}' });
    const seen: WireEvent[] = [];
    ctx.events.onAny((e) => seen.push(e));
    const first = await dispatch(ctx, CHANNELS.commentsCreate, { ...newComment, draftKey: 'comment:item-1:doc-1' });
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.counts).toEqual({ itemId: 'item-1', item: 1, documentId: 'doc-1', document: 1 });
    expect(first.value.answer).toBeNull();
    expect(ctx.db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 0 });
    expect(seen).toEqual([
      { name: 'changed:comments', payload: { saved: [first.value] } },
      { name: 'changed:drafts', payload: { key: 'comment:item-1:doc-1', draft: null } },
    ]);

    const second = await dispatch(ctx, CHANNELS.commentsCreate, { ...newComment, documentId: null });
    if (!second.ok) throw new Error(second.error.message);
    expect(second.value.counts).toEqual({ itemId: 'item-1', item: 2, documentId: null, document: null });
    const gone = await dispatch(ctx, CHANNELS.commentsDelete, { id: first.value.id, expectedRevision: 1 });
    if (!gone.ok) throw new Error(gone.error.message);
    expect(gone.value.counts).toEqual({ itemId: 'item-1', item: 1, documentId: 'doc-1', document: 0 });
  });

  it('a refused write emits nothing and keeps the draft', async () => {
    const ctx = await delegate();
    await dispatch(ctx, CHANNELS.draftsSave, { key: 'comment:item-1:doc-1', payload: '{"v":1}' });
    const seen: WireEvent[] = [];
    ctx.events.onAny((e) => seen.push(e));
    const refused = await dispatch(ctx, CHANNELS.commentsCreate, {
      ...newComment,
      itemId: 'nope',
      draftKey: 'comment:item-1:doc-1',
    });
    expect(refused.ok).toBe(false);
    expect(seen).toEqual([]);
    expect(ctx.db.prepare('SELECT count(*) AS n FROM drafts').get()).toEqual({ n: 1 });
  });

  it('a draft saved emits changed:drafts', async () => {
    const ctx = await delegate();
    const seen: string[] = [];
    ctx.events.onAny((e) => seen.push(e.name));
    await dispatch(ctx, CHANNELS.draftsSave, { key: 'note:doc-1', payload: 'x' });
    expect(seen).toEqual(['changed:drafts']);
  });

  it('a note saved or deleted emits changed:notes; settings saved emit changed:settings with what is stored', async () => {
    const ctx = await delegate();
    const doc = await dispatch(ctx, CHANNELS.documentGet, { documentId: 'doc-1' });
    if (!doc.ok) throw new Error(doc.error.message);
    const block = doc.value.blocks.find((b) => b.text.length > 3)!;
    const seen: WireEvent[] = [];
    ctx.events.onAny((e) => seen.push(e));
    const saved = await dispatch(ctx, CHANNELS.notesSave, {
      documentId: 'doc-1',
      anchor: { blockId: block.id, start: 0, end: 3, quote: block.text.slice(0, 3) },
      text: 'Ghi chú.',
    });
    if (!saved.ok) throw new Error(saved.error.message);
    await dispatch(ctx, CHANNELS.notesDelete, { id: saved.value.id });
    expect(seen).toEqual([
      { name: 'changed:notes', payload: { documentId: 'doc-1' } },
      { name: 'changed:notes', payload: {} },
    ]);
    seen.length = 0;
    const settings = await dispatch(ctx, CHANNELS.settingsSet, { fontScale: 1.25 });
    expect(settings.ok).toBe(true);
    expect(seen).toEqual([{ name: 'changed:settings', payload: { settings: settings.ok && settings.value } }]);
  });

  it('a roster saved emits changed:identity: the window’s identity query holds the roster', async () => {
    const ctx = await delegate();
    const seen: string[] = [];
    ctx.events.onAny((e) => seen.push(e.name));
    const saved = await dispatch(ctx, CHANNELS.rosterSave, {
      entries: [{ name: 'Trần Thị Thử', delegation: 'Tổ 2', constituency: null, title: null }],
    });
    if (!saved.ok) throw new Error(saved.error.message);
    expect(seen).toEqual(['changed:identity']);
  });

  it('a direct change to the revised draft and its withdrawal emit changed:comments: another window’s revised draft reads again', async () => {
    const ctx = openInstallation();
    cleanups.push(() => ctx.close());
    const block = (await call<DocumentView>(ctx, CHANNELS.documentGet, { documentId: DE_AN })).blocks.find(
      (b) => b.text.length > 20,
    )!;
    const seen: string[] = [];
    ctx.events.onAny((e) => seen.push(e.name));
    await call(ctx, CHANNELS.revisionsChange, {
      documentId: DE_AN,
      from: { blockId: block.id, offset: 0 },
      to: { blockId: block.id, offset: 4 },
      wording: 'Mục',
      reason: 'Sửa chữ.',
    });
    expect(seen).toEqual(['changed:comments']);
    const view = await call<RevisionView>(ctx, CHANNELS.revisionsList, { documentId: DE_AN });
    const changeIds = view.changes.map((c) => c.id);
    expect(changeIds).toHaveLength(1);
    await call(ctx, CHANNELS.revisionsResolve, { documentId: DE_AN, changeIds, resolution: { kind: 'withdraw' } });
    expect(seen).toEqual(['changed:comments', 'changed:comments']);
  });
});

async function webServer(ctx: CoreContext): Promise<WebServer> {
  const renderer = tempDir();
  mkdirSync(join(renderer, 'assets'));
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Góp ý HĐND</title>');
  const server = await startWebServer(ctx, renderer, 0);
  cleanups.push(() => server.close());
  return server;
}

function openStream(server: WebServer, token: string): Promise<IncomingMessage> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: `/events?token=${token}` }, resolve);
    req.on('error', reject);
    req.end();
  });
}

function nextEvent(stream: IncomingMessage, name: string): Promise<unknown> {
  let text = '';
  stream.setEncoding('utf8');
  return new Promise((resolve) => {
    stream.on('data', (chunk: string) => {
      text += chunk;
      const match = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`, 'u').exec(text);
      if (match) resolve(JSON.parse(match[1]!));
    });
  });
}

describe('web door: Server-Sent Events', () => {
  it('refuses a stream without the token', async () => {
    const server = await webServer(await delegate());
    const refused = await openStream(server, 'wrong');
    expect(refused.statusCode).toBe(401);
    refused.resume();
  });

  it('pushes a comment saved through the API to an open stream, and drops the stream on disconnect', async () => {
    const server = await webServer(await delegate());
    const stream = await openStream(server, server.token);
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toContain('text/event-stream');
    const arrived = nextEvent(stream, 'changed:comments');
    const { port } = new URL(server.url);
    const saved = await fetch(`http://127.0.0.1:${port}/api/comments:create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: server.token },
      body: JSON.stringify(newComment),
    }).then((r) => r.json() as Promise<{ ok: boolean; value: { id: string } }>);
    expect(saved.ok).toBe(true);
    const payload = (await arrived) as { saved: Array<{ id: string; counts: { item: number } }> };
    expect(payload.saved[0]!.id).toBe(saved.value.id);
    expect(payload.saved[0]!.counts.item).toBe(1);
    expect(server.events.open).toBe(1);
    stream.destroy();
    await expect.poll(() => server.events.open).toBe(0);
  });
});
