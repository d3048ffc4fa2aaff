/**
 * The stores over the query cache, against an in-memory main (support/fake-api.ts): what they
 * load, that a comment save is one call with the cache updated from its answer, and that main's
 * events (another window's write, a change main only names) reach the stores with no reload by hand.
 */
import { QueryObserver } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AgendaView } from '../../../shared/domain/types';
import { initFakeServer, type FakeServer } from '../../support/fake-api';

const fake: FakeServer = initFakeServer();
// Before the stores load: the renderer's api client takes window.api when it is there (Electron's preload).
vi.stubGlobal('window', { api: fake.api, addEventListener() {}, removeEventListener() {} });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem() {}, removeItem() {} });

let stores: {
  queries: typeof import('../../../renderer/src/api/queries');
  agenda: typeof import('../../../renderer/src/api/agenda');
  comments: typeof import('../../../renderer/src/stores/commentsStore');
  drafts: typeof import('../../../renderer/src/stores/draftsStore');
  events: typeof import('../../../renderer/src/stores/serverEvents');
};
let stopEvents: () => void;
/** What a mounted `useAgenda` does: an observer keeps the query active, so an invalidation refetches it. */
let unmountAgenda: () => void;
const agenda = (): AgendaView => stores.queries.queryClient.getQueryData<AgendaView>(stores.agenda.agendaQuery().queryKey)!;

beforeAll(async () => {
  stores = {
    queries: await import('../../../renderer/src/api/queries'),
    agenda: await import('../../../renderer/src/api/agenda'),
    comments: await import('../../../renderer/src/stores/commentsStore'),
    drafts: await import('../../../renderer/src/stores/draftsStore'),
    events: await import('../../../renderer/src/stores/serverEvents'),
  };
});

beforeEach(async () => {
  const fresh = initFakeServer();
  Object.assign(fake.state, fresh.state);
  fake.calls.length = 0;
  stopEvents = stores.events.followServerEvents(fake.api);
  unmountAgenda = new QueryObserver(stores.queries.queryClient, stores.agenda.agendaQuery()).subscribe(() => undefined);
  await Promise.all([
    stores.queries.queryClient.fetchQuery(stores.agenda.agendaQuery()),
    stores.comments.useCommentsStore.getState().load(),
    stores.drafts.useDraftsStore.getState().load(),
  ]);
  fake.calls.length = 0;
});

afterEach(() => {
  stopEvents();
  unmountAgenda();
  stores.comments.unfollowComments();
  stores.drafts.unfollowDrafts();
  stores.queries.queryClient.clear();
});

const itemCount = (id: string) => agenda().items.find((i) => i.id === id)!.commentCount;
const newComment = { itemId: 'item-1', documentId: 'doc-1', anchor: null, stance: 'tan_thanh', text: 'Đồng ý.' } as const;

describe('stores over the query cache', () => {
  it('loads the agenda, my comments, answers and drafts into the stores', () => {
    expect(agenda().items).toHaveLength(2);
    expect(stores.comments.useCommentsStore.getState().status).toBe('ready');
    expect(stores.drafts.useDraftsStore.getState().loaded).toBe(true);
  });

  it('saves a comment in one call: the list, the counts and the draft follow from its answer', async () => {
    await stores.drafts.useDraftsStore.getState().settle('comment:doc:doc-1');
    fake.state.drafts.push({ key: 'comment:doc:doc-1', payload: '{}', updatedAt: 'x' });
    await stores.queries.queryClient.invalidateQueries({ queryKey: ['drafts:list'] });
    expect(Object.keys(stores.drafts.useDraftsStore.getState().drafts)).toEqual(['comment:doc:doc-1']);
    fake.calls.length = 0;

    const result = await stores.comments.useCommentsStore.getState().create({ ...newComment, draftKey: 'comment:doc:doc-1' });
    stores.drafts.useDraftsStore.getState().forget('comment:doc:doc-1');
    expect(result.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls).toEqual(['comments:create']);
    const comments = stores.comments.useCommentsStore.getState().comments;
    expect(comments.map((c) => c.text)).toEqual(['Đồng ý.']);
    // What main added for the screen stays out of the stored comment.
    expect(comments[0]).not.toHaveProperty('counts');
    expect(itemCount('item-1')).toBe(1);
    expect(agenda().items[0]!.documents[0]!.commentCount).toBe(1);
    expect(stores.drafts.useDraftsStore.getState().drafts).toEqual({});
    expect(fake.state.drafts).toEqual([]);
  });

  it('applies another window’s saved comment from the event, with no call', async () => {
    fake.state.comments.push({
      id: 'c-900',
      sessionId: 's1',
      itemId: 'item-2',
      documentId: null,
      anchor: null,
      stance: 'y_kien_khac',
      text: 'Từ cửa sổ khác.',
      proposedText: null,
      revision: 1,
      createdAt: '2026-12-03T09:00:00.000Z',
      updatedAt: '2026-12-03T09:00:00.000Z',
      deleted: false,
      author: { id: 'me', name: 'Đại biểu Thử', delegation: 'Tổ 1' },
    });
    const [comment] = fake.state.comments;
    fake.push('changed:comments', {
      saved: [{ ...comment!, answer: null, counts: { itemId: 'item-2', item: 1, documentId: null, document: null } }],
    });
    expect(stores.comments.useCommentsStore.getState().comments.map((c) => c.id)).toEqual(['c-900']);
    expect(itemCount('item-2')).toBe(1);
    expect(fake.calls).toEqual([]);
  });

  it('keeps main’s order: a comment on an earlier item goes before a later one', async () => {
    await stores.comments.useCommentsStore.getState().create({ ...newComment, itemId: 'item-2', documentId: 'doc-2' });
    await stores.comments.useCommentsStore.getState().create({ ...newComment, text: 'Trước.' });
    expect(stores.comments.useCommentsStore.getState().comments.map((c) => c.itemId)).toEqual(['item-1', 'item-2']);
  });

  it('reads comments and answers again when main only names the change (an import)', async () => {
    fake.state.answers.push({ commentId: 'c-1', kind: 'tiep_thu', text: 'Tiếp thu.', answeredAt: 'x', commentRevision: 1 });
    fake.push('changed:comments', {});
    await vi.waitFor(() => expect(stores.comments.useCommentsStore.getState().answers['c-1']?.kind).toBe('tiep_thu'));
    expect([...fake.calls].sort()).toEqual(['answers:list', 'comments:list']);
  });

  it('reads the agenda again on changed:agenda, and shows another window’s draft from changed:drafts', async () => {
    fake.state.agenda = { ...fake.state.agenda, items: fake.state.agenda.items.slice(0, 1) };
    fake.push('changed:agenda', {});
    await vi.waitFor(() => expect(agenda().items).toHaveLength(1));
    expect(fake.calls).toEqual(['agenda:get']);
    fake.push('changed:drafts', { key: 'note:new:b:0-1', draft: { key: 'note:new:b:0-1', payload: 'x', updatedAt: 'y' } });
    expect(Object.keys(stores.drafts.useDraftsStore.getState().drafts)).toEqual(['note:new:b:0-1']);
  });

  it('a stale revision reads the comments again and says so', async () => {
    const created = await stores.comments.useCommentsStore.getState().create(newComment);
    if (!created.ok) throw new Error(created.message);
    fake.calls.length = 0;
    const stale = await stores.comments.useCommentsStore
      .getState()
      .update({ id: created.comment.id, expectedRevision: 7, text: 'Sửa.' });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect([...fake.calls].sort()).toEqual(['answers:list', 'comments:list', 'comments:update']);
  });

  it('a component reading the agenda shows what the cache holds after an event', async () => {
    const { QueryClientProvider } = await import('@tanstack/react-query');
    const { selectDocumentCount, useAgenda } = stores.agenda;
    function DocumentCount() {
      return createElement('span', null, `${useAgenda(selectDocumentCount)} văn bản`);
    }
    const render = () =>
      renderToString(createElement(QueryClientProvider, { client: stores.queries.queryClient }, createElement(DocumentCount)));
    expect(render()).toContain('2 văn bản');
    fake.state.agenda = { ...fake.state.agenda, items: fake.state.agenda.items.slice(0, 1) };
    fake.push('changed:agenda', {});
    await vi.waitFor(() => expect(render()).toContain('1 văn bản'));
  });
});
