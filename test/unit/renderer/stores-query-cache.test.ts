/**
 * Server data in the query cache, against an in-memory main (support/fake-api.ts): what the
 * screens read, that a comment save is one call with the cache updated from its answer, that a
 * refused edit is rolled back, and that main's events (another window's write, a change main only
 * names) reach what a mounted component shows with no reload by hand.
 */
import { QueryClientProvider, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { createElement, type FunctionComponent } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Comment, Draft, Note } from '../../../shared/domain/comments';
import type { AgendaView } from '../../../shared/domain/types';
import { initFakeServer, type FakeServer } from '../../support/fake-api';

const fake: FakeServer = initFakeServer();
// Before the modules load: the renderer's api client takes window.api when it is there (Electron's preload).
vi.stubGlobal('window', { api: fake.api, addEventListener() {}, removeEventListener() {} });
vi.stubGlobal('sessionStorage', { getItem: () => null, setItem() {}, removeItem() {} });

let m: {
  queries: typeof import('../../../renderer/src/api/queries');
  keys: typeof import('../../../renderer/src/api/serverQueries');
  agenda: typeof import('../../../renderer/src/api/agenda');
  comments: typeof import('../../../renderer/src/api/comments');
  notes: typeof import('../../../renderer/src/api/notes');
  settings: typeof import('../../../renderer/src/api/settings');
  office: typeof import('../../../renderer/src/api/office');
  settingsUi: typeof import('../../../renderer/src/stores/settingsStore');
  drafts: typeof import('../../../renderer/src/stores/draftsStore');
  events: typeof import('../../../renderer/src/stores/serverEvents');
};
let stopEvents: () => void;
/** What mounted hooks do: an observer per query keeps it active, so an invalidation refetches it. */
let unmount: Array<() => void> = [];

beforeAll(async () => {
  m = {
    queries: await import('../../../renderer/src/api/queries'),
    keys: await import('../../../renderer/src/api/serverQueries'),
    agenda: await import('../../../renderer/src/api/agenda'),
    comments: await import('../../../renderer/src/api/comments'),
    notes: await import('../../../renderer/src/api/notes'),
    settings: await import('../../../renderer/src/api/settings'),
    office: await import('../../../renderer/src/api/office'),
    settingsUi: await import('../../../renderer/src/stores/settingsStore'),
    drafts: await import('../../../renderer/src/stores/draftsStore'),
    events: await import('../../../renderer/src/stores/serverEvents'),
  };
});

const client = () => m.queries.queryClient;
const data = <T>(key: QueryKey): T => client().getQueryData<T>(key)!;
const agenda = (): AgendaView => data(m.keys.agendaQuery().queryKey);
const comments = (): Comment[] => data(m.keys.myCommentsQuery().queryKey);
const answers = (): Answer[] => data(m.keys.answersQuery().queryKey);
const drafts = (): Draft[] => data(m.keys.draftsQuery().queryKey);
const itemCount = (id: string) => agenda().items.find((i) => i.id === id)!.commentCount;
const newComment = { itemId: 'item-1', documentId: 'doc-1', anchor: null, stance: 'tan_thanh', text: 'Đồng ý.' } as const;

/** Renders a component over the cache as it is now (what a mounted one shows after its next render). */
const render = (component: FunctionComponent) =>
  renderToString(createElement(QueryClientProvider, { client: client() }, createElement(component)));

beforeEach(async () => {
  const fresh = initFakeServer();
  Object.assign(fake.state, fresh.state);
  fake.refuse = null;
  stopEvents = m.events.followServerEvents(fake.api);
  const queries = [m.keys.agendaQuery(), m.keys.myCommentsQuery(), m.keys.answersQuery(), m.keys.draftsQuery()];
  unmount = queries.map((q) => new QueryObserver(client(), q as never).subscribe(() => undefined));
  await Promise.all(queries.map((q) => client().fetchQuery(q as never)));
  fake.calls.length = 0;
});

afterEach(() => {
  stopEvents();
  unmount.forEach((stop) => stop());
  client().clear();
});

describe('server data in the query cache', () => {
  it('loads the agenda, my comments, answers and drafts', () => {
    expect(agenda().items).toHaveLength(2);
    expect(comments()).toEqual([]);
    expect(answers()).toEqual([]);
    expect(drafts()).toEqual([]);
  });

  it('saves a comment in one call: the list, the counts and the draft follow from its answer', async () => {
    await m.drafts.useDraftsStore.getState().settle('comment:doc:doc-1');
    fake.state.drafts.push({ key: 'comment:doc:doc-1', payload: '{}', updatedAt: 'x' });
    await client().invalidateQueries({ queryKey: ['drafts:list'] });
    expect(drafts().map((d) => d.key)).toEqual(['comment:doc:doc-1']);
    fake.calls.length = 0;

    const result = await m.comments.createComment({ ...newComment, draftKey: 'comment:doc:doc-1' });
    m.drafts.useDraftsStore.getState().forget('comment:doc:doc-1');
    expect(result.ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fake.calls).toEqual(['comments:create']);
    expect(comments().map((c) => c.text)).toEqual(['Đồng ý.']);
    // What main added for the screen stays out of the stored comment.
    expect(comments()[0]).not.toHaveProperty('counts');
    expect(itemCount('item-1')).toBe(1);
    expect(agenda().items[0]!.documents[0]!.commentCount).toBe(1);
    expect(drafts()).toEqual([]);
    expect(fake.state.drafts).toEqual([]);
  });

  it('applies another window’s saved comment from the event, with no call', () => {
    const comment: Comment = {
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
    };
    fake.state.comments.push(comment);
    fake.push('changed:comments', {
      saved: [{ ...comment, answer: null, counts: { itemId: 'item-2', item: 1, documentId: null, document: null } }],
    });
    expect(comments().map((c) => c.id)).toEqual(['c-900']);
    expect(itemCount('item-2')).toBe(1);
    expect(fake.calls).toEqual([]);
  });

  it('keeps main’s order: a comment on an earlier item goes before a later one', async () => {
    await m.comments.createComment({ ...newComment, itemId: 'item-2', documentId: 'doc-2' });
    await m.comments.createComment({ ...newComment, text: 'Trước.' });
    expect(comments().map((c) => c.itemId)).toEqual(['item-1', 'item-2']);
  });

  it('reads comments and answers again when main only names the change (an import)', async () => {
    fake.state.answers.push({ commentId: 'c-1', kind: 'tiep_thu', text: 'Tiếp thu.', answeredAt: 'x', commentRevision: 1 });
    fake.push('changed:comments', {});
    await vi.waitFor(() => expect(answers()[0]?.kind).toBe('tiep_thu'));
    expect([...fake.calls].sort()).toEqual(['answers:list', 'comments:list']);
  });

  it('reads the agenda again on changed:agenda, and shows another window’s draft from changed:drafts', async () => {
    fake.state.agenda = { ...fake.state.agenda, items: fake.state.agenda.items.slice(0, 1) };
    fake.push('changed:agenda', {});
    await vi.waitFor(() => expect(agenda().items).toHaveLength(1));
    expect(fake.calls).toEqual(['agenda:get']);
    fake.push('changed:drafts', { key: 'note:new:b:0-1', draft: { key: 'note:new:b:0-1', payload: 'x', updatedAt: 'y' } });
    expect(drafts().map((d) => d.key)).toEqual(['note:new:b:0-1']);
  });

  it('a stale revision rolls the edit back, reads the comments again and says so', async () => {
    const created = await m.comments.createComment(newComment);
    if (!created.ok) throw new Error(created.message);
    fake.calls.length = 0;
    const seen: string[] = [];
    const watch = new QueryObserver(client(), m.keys.myCommentsQuery()).subscribe((r) => seen.push(r.data?.[0]?.text ?? ''));
    const stale = await m.comments.updateComment({ id: created.comment.id, expectedRevision: 7, text: 'Sửa.' });
    watch();
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    // Shown at once, then back to what main keeps.
    expect(seen).toContain('Sửa.');
    expect(comments()[0]!.text).toBe('Đồng ý.');
    expect([...fake.calls].sort()).toEqual(['answers:list', 'comments:list', 'comments:update']);
  });

  it('a refused deletion shows the comment again', async () => {
    const created = await m.comments.createComment(newComment);
    if (!created.ok) throw new Error(created.message);
    fake.refuse = 'comments:delete';
    const seen: boolean[] = [];
    const watch = new QueryObserver(client(), m.keys.myCommentsQuery()).subscribe((r) =>
      seen.push(r.data?.[0]?.deleted ?? false),
    );
    const result = await m.comments.removeComment(created.comment.id, 1);
    watch();
    expect(result.ok).toBe(false);
    expect(seen).toEqual([true, false]);
    expect(comments()[0]!.deleted).toBe(false);
  });

  it('a component reading the cache shows the change an event brought', async () => {
    const { selectDocumentCount, useAgenda } = m.agenda;
    const { selectLiveCount, useMyComments } = m.comments;
    const Summary = () =>
      createElement('p', null, `${useAgenda(selectDocumentCount)} văn bản, ${useMyComments(selectLiveCount)} góp ý`);
    expect(render(Summary)).toContain('2 văn bản, 0 góp ý');
    fake.state.agenda = { ...fake.state.agenda, items: fake.state.agenda.items.slice(0, 1) };
    fake.push('changed:agenda', {});
    await fake.api.commentsCreate(newComment);
    await vi.waitFor(() => expect(render(Summary)).toContain('1 văn bản, 1 góp ý'));
  });

  it('a draft saved while typing lands in the cache; a failed save is remembered, not lost', async () => {
    const store = m.drafts.useDraftsStore.getState();
    store.schedule('note:new:b:0-1', '{"v":1}');
    await store.flush();
    expect(drafts().map((d) => d.payload)).toEqual(['{"v":1}']);
    expect(m.drafts.useDraftsStore.getState().savedAt['note:new:b:0-1']).toBeTruthy();
    fake.refuse = 'drafts:save';
    store.schedule('note:new:b:0-1', '{"v":2}');
    await store.flush();
    expect(drafts().map((d) => d.payload)).toEqual(['{"v":1}']);
    expect(m.drafts.useDraftsStore.getState().failed['note:new:b:0-1']).toContain('refused');
  });

  it('notes: another window’s note reaches a mounted component from changed:notes; a refused deletion comes back', async () => {
    const { useNotes } = m.notes;
    const Notes = () =>
      createElement(
        'ul',
        null,
        useNotes('doc-1').map((n) => createElement('li', { key: n.id }, n.text)),
      );
    const watch = new QueryObserver(client(), m.keys.notesQuery('doc-1')).subscribe(() => undefined);
    await m.notes.loadNotes('doc-1');
    expect(render(Notes)).toBe('<ul></ul>');
    const anchor = { blockId: 'b1', start: 0, end: 3, quote: 'Điề' };
    // Saved by another window: only the event reaches this one.
    await fake.api.notesSave({ documentId: 'doc-1', anchor, text: 'Xem lại số liệu.' });
    await vi.waitFor(() => expect(render(Notes)).toContain('Xem lại số liệu.'));
    const [note] = data<Note[]>(m.keys.notesQuery('doc-1').queryKey);
    fake.refuse = 'notes:delete';
    const seen: number[] = [];
    const count = new QueryObserver(client(), m.keys.notesQuery('doc-1')).subscribe((r) => seen.push(r.data?.length ?? -1));
    expect(await m.notes.removeNote(note!)).toBe(false);
    count();
    watch();
    expect(seen).toEqual([0, 1]);
    expect(render(Notes)).toContain('Xem lại số liệu.');
  });

  it('settings: a change shows at once and is rolled back with a message when refused; another window’s arrives with its event', async () => {
    const { selectFontScale, selectLocale, useSettings } = m.settings;
    const Prefs = () => createElement('p', null, `${useSettings(selectLocale)} ${useSettings(selectFontScale)}`);
    const watch = new QueryObserver(client(), m.keys.settingsQuery()).subscribe(() => undefined);
    await m.settings.loadSettings();
    expect(render(Prefs)).toContain('vi 1');
    const ui = m.settingsUi.useSettingsStore.getState();
    await ui.stepFontScale(1);
    expect(render(Prefs)).toContain('vi 1.125');
    expect(fake.state.settings.fontScale).toBe(1.125);

    fake.refuse = 'settings:set';
    const pending = ui.setLocale('en');
    expect(render(Prefs)).toContain('en 1.125');
    await pending;
    expect(render(Prefs)).toContain('vi 1.125');
    expect(m.settingsUi.useSettingsStore.getState().error).toContain('refused');

    fake.refuse = null;
    fake.calls.length = 0;
    fake.push('changed:settings', { settings: { locale: 'en', fontScale: 1.5 } });
    expect(render(Prefs)).toContain('en 1.5');
    expect(fake.calls).toEqual([]);
    watch();
  });

  it('office: the role a mounted screen shows follows changed:dossier (keys imported elsewhere)', async () => {
    const { selectRole, useOffice } = m.office;
    const Role = () => createElement('p', null, `role=${useOffice(selectRole) ?? 'none'}`);
    const office = { fingerprint: 'AB12', name: 'Văn phòng HĐND', clerk: null, machine: null };
    fake.state.office = { office, role: 'delegate', publisherFingerprint: 'CD34', trusted: [] };
    const watch = new QueryObserver(client(), m.keys.officeQuery()).subscribe(() => undefined);
    await vi.waitFor(() => expect(render(Role)).toContain('role=delegate'));
    fake.state.office = { office, role: 'secretariat', publisherFingerprint: null, trusted: [] };
    fake.push('changed:dossier', { reason: 'office' });
    await vi.waitFor(() => expect(render(Role)).toContain('role=secretariat'));
    watch();
  });
});
