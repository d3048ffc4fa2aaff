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
import type { CompiledComment } from '../../../shared/domain/compile';
import type { AgendaView, Block, DocumentView } from '../../../shared/domain/types';
import { initFakeServer, paragraph, type FakeServer } from '../../support/fake-api';

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
  identity: typeof import('../../../renderer/src/api/identity');
  identityUi: typeof import('../../../renderer/src/stores/identityStore');
  documents: typeof import('../../../renderer/src/api/documents');
  documentUi: typeof import('../../../renderer/src/stores/documentStore');
  search: typeof import('../../../renderer/src/api/search');
  searchUi: typeof import('../../../renderer/src/stores/searchStore');
  compile: typeof import('../../../renderer/src/api/compile');
  compileUi: typeof import('../../../renderer/src/stores/compileStore');
  sessions: typeof import('../../../renderer/src/api/sessions');
  keysUi: typeof import('../../../renderer/src/stores/keysStore');
  roster: typeof import('../../../renderer/src/stores/rosterStore');
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
    identity: await import('../../../renderer/src/api/identity'),
    identityUi: await import('../../../renderer/src/stores/identityStore'),
    documents: await import('../../../renderer/src/api/documents'),
    documentUi: await import('../../../renderer/src/stores/documentStore'),
    search: await import('../../../renderer/src/api/search'),
    searchUi: await import('../../../renderer/src/stores/searchStore'),
    compile: await import('../../../renderer/src/api/compile'),
    compileUi: await import('../../../renderer/src/stores/compileStore'),
    sessions: await import('../../../renderer/src/api/sessions'),
    keysUi: await import('../../../renderer/src/stores/keysStore'),
    roster: await import('../../../renderer/src/stores/rosterStore'),
  };
});

const client = () => m.queries.queryClient;
const data = <T>(key: QueryKey): T => client().getQueryData<T>(key)!;
const agenda = (): AgendaView => data(m.keys.agendaQuery().queryKey);
const comments = (): Comment[] => data(m.keys.myCommentsQuery().queryKey);
const answers = (): Answer[] => data(m.keys.answersQuery().queryKey);
const drafts = (): Draft[] => data(m.keys.draftsQuery().queryKey);
const itemCount = (id: string) => agenda().items.find((i) => i.id === id)!.commentCount;
const sampleComment: Comment = {
  id: 'c-0',
  sessionId: 's1',
  itemId: 'item-1',
  documentId: null,
  anchor: null,
  stance: 'tan_thanh',
  text: 'Ý kiến.',
  proposedText: null,
  revision: 1,
  createdAt: '2026-12-03T09:00:00.000Z',
  updatedAt: '2026-12-03T09:00:00.000Z',
  deleted: false,
  author: { id: 'a1', name: 'Đại biểu A', delegation: 'Tổ 1' },
};
const findId = (row: number): string | undefined => {
  const request = m.compileUi.requestOf(m.compileUi.useCompileStore.getState());
  const found = m.compile.cachedCompiled(request)?.rows.get(row);
  return found?.kind === 'passage' ? found.passage.comments[0]?.comment.id : undefined;
};
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

/** A block of a fake document. */
const block = (documentId: string, i: number, text = `Khoản ${i + 1} của ${documentId}.`): Block =>
  paragraph(`${documentId}-b${i}`, text, i);

/** Keeps a query active, as a mounted screen does, until the test ends. */
const observe = (query: { queryKey: QueryKey }) => {
  const stop = new QueryObserver(client(), query as never).subscribe(() => undefined);
  unmount.push(stop);
  return stop;
};

describe('server data that used to live in stores', () => {
  it('identity: nobody is asked "who are you" before identity:get answers; a save applies main’s answer with no second read', async () => {
    const { selectIdentity, selectIdentityMissing, useIdentityKnown, useIdentityView } = m.identity;
    const Who = () =>
      createElement(
        'p',
        null,
        `${useIdentityKnown() ? 'known' : 'pending'} ${useIdentityView(selectIdentityMissing)} ${useIdentityView(selectIdentity)?.name ?? '-'}`,
      );
    // The race of the reload test (e2e, identity:get delayed): before the answer, nothing is missing.
    expect(render(Who)).toBe('<p>pending false -</p>');
    fake.state.identity = {
      identity: null,
      roster: [{ id: 'r1', name: 'Nguyễn Văn A', delegation: 'Tổ 1', constituency: null, title: null }],
      rosterIllustrative: false,
    };
    observe(m.keys.identityQuery());
    await m.identity.loadIdentity();
    expect(render(Who)).toBe('<p>known true -</p>');

    // An action that needs an identity asks first and runs once it is saved.
    const ran = vi.fn();
    m.identityUi.useIdentityStore.getState().withIdentity(ran);
    expect(m.identityUi.useIdentityStore.getState().dialog).toEqual({ reason: 'required' });
    fake.calls.length = 0;
    expect(await m.identityUi.useIdentityStore.getState().save({ rosterId: 'r1' })).toBe(true);
    expect(ran).toHaveBeenCalledOnce();
    expect(render(Who)).toBe('<p>known false Nguyễn Văn A</p>');
    expect(fake.calls[0]).toBe('identity:set');
  });

  it('roster: a save elsewhere (changed:identity) reaches the roster a mounted screen shows; the form is filled from the cache', async () => {
    const { selectRoster, useIdentityView } = m.identity;
    const Roster = () =>
      createElement(
        'p',
        null,
        useIdentityView(selectRoster)
          .map((r) => r.name)
          .join(', '),
      );
    observe(m.keys.identityQuery());
    await m.identity.loadIdentity();
    expect(render(Roster)).toBe('<p></p>');
    await fake.api.rosterSave({ entries: [{ name: 'Trần Thị B', delegation: 'Tổ 2', constituency: null, title: null }] });
    await vi.waitFor(() => expect(render(Roster)).toBe('<p>Trần Thị B</p>'));
    fake.calls.length = 0;
    await m.roster.useRosterStore.getState().load();
    expect(m.roster.useRosterStore.getState().rows.map((r) => r.name)).toEqual(['Trần Thị B']);
    expect(fake.calls).toEqual([]);
  });

  it('documents: the first window shows at once, the rest follows; a new version re-reads the open one; a removed one closes', async () => {
    fake.state.blocks['doc-1'] = [0, 1, 2, 3, 4].map((i) => block('doc-1', i));
    const seen: Array<[number, boolean]> = [];
    const stop = new QueryObserver(client(), m.keys.documentQuery('doc-1') as never).subscribe((r) =>
      seen.push([(r.data as DocumentView | undefined)?.blocks.length ?? 0, r.fetchStatus === 'idle']),
    );
    unmount.push(stop);
    await m.documentUi.useDocumentStore.getState().open('doc-1');
    // One call per window of two blocks, the version marks and the notes beside the first.
    expect(fake.calls.filter((c) => c === 'document:get')).toHaveLength(3);
    expect(fake.calls).toContain('documents:versionMarks');
    expect(fake.calls).toContain('notes:list');
    expect(seen).toContainEqual([2, false]);
    expect(seen.at(-1)).toEqual([5, true]);
    // (renderToString sees a zustand store's initial state: the open id is passed as the reader's store says.)
    const openId = m.documentUi.useDocumentStore.getState().documentId;
    const Reader = () => {
      const { view, complete } = m.documents.useDocument(openId);
      return createElement('p', null, `${view?.blocks.length ?? 0} ${complete}`);
    };
    expect(render(Reader)).toBe('<p>5 true</p>');

    // A new version of the open document: read again, not taken from the cache.
    fake.state.blocks['doc-1'] = [block('doc-1', 0, 'Bản mới.')];
    fake.calls.length = 0;
    fake.push('changed:agenda', { documentId: 'doc-1' });
    await vi.waitFor(() => expect(data<DocumentView>(m.keys.documentQuery('doc-1').queryKey)?.blocks[0]?.text).toBe('Bản mới.'));
    expect(fake.calls).toContain('document:get');

    fake.push('changed:agenda', { documentId: 'doc-1', removed: true });
    await vi.waitFor(() => expect(m.documentUi.useDocumentStore.getState().documentId).toBeNull());
    expect(client().getQueryData(m.keys.documentQuery('doc-1').queryKey)).toBeUndefined();
  });

  it('documents: only the last few read stay in the cache', async () => {
    const ids = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
    fake.state.agenda.items[0]!.documents.push(...ids.map((id) => ({ ...fake.state.agenda.items[0]!.documents[0]!, id })));
    for (const id of ids) {
      fake.state.blocks[id] = [block(id, 0)];
      await m.documentUi.useDocumentStore.getState().open(id);
    }
    const held = ids.filter((id) => client().getQueryData(m.keys.documentQuery(id).queryKey) !== undefined);
    expect(held).toEqual(['d3', 'd4', 'd5', 'd6']);
    // A document still arriving is waited for whole by a caller that needs every block.
    fake.state.blocks['d1'] = [0, 1, 2].map((i) => block('d1', i));
    const whole = await m.documents.fetchDocument('d1');
    expect(whole.ok && whole.view.blocks.length).toBe(3);
  });

  it('search: the text asked after the pause is answered from the cache until a document changes', async () => {
    fake.state.blocks['doc-1'] = [block('doc-1', 0, 'Ngân sách tỉnh.'), block('doc-1', 1, 'Đầu tư công.')];
    // (renderToString sees a zustand store's initial state: the text asked is passed as the store holds it.)
    const Results = () => {
      const { result, status } = m.search.useSearch(m.searchUi.useSearchStore.getState().asked);
      return createElement('p', null, `${status} ${result?.hits.length ?? '-'}`);
    };
    const store = m.searchUi.useSearchStore.getState();
    store.setQuery('Ngân');
    // Typing: nothing asked yet.
    expect(render(Results)).toBe('<p>idle -</p>');
    await vi.waitFor(() => expect(m.searchUi.useSearchStore.getState().asked).toBe('Ngân'));
    observe(m.keys.searchQuery('Ngân'));
    await vi.waitFor(() => expect(render(Results)).toBe('<p>ready 1</p>'));
    expect(fake.calls.filter((c) => c === 'search:query')).toHaveLength(1);
    fake.state.blocks['doc-2'] = [block('doc-2', 0, 'Ngân hàng.')];
    fake.push('changed:agenda', {});
    await vi.waitFor(() => expect(render(Results)).toBe('<p>ready 2</p>'));
    store.clear();
    expect(render(Results)).toBe('<p>idle -</p>');
  });

  it('compile: rows loaded as the list scrolls land in the cache; a comment saved anywhere compiles it again', async () => {
    const compiled = (id: string): CompiledComment => ({ comment: { ...sampleComment, id }, answer: null });
    fake.state.compiled = ['c1', 'c2', 'c3', 'c4', 'c5'].map(compiled);
    const request = m.compileUi.requestOf(m.compileUi.useCompileStore.getState());
    observe(m.compile.compiledQuery(request));
    await m.compileUi.useCompileStore.getState().prefetch();
    const rows = () => [...(m.compile.cachedCompiled(request)?.rows.keys() ?? [])].sort();
    expect(rows()).toEqual([0, 1]);
    await m.compileUi.useCompileStore.getState().ensureRows(2, 4);
    expect(rows()).toEqual([0, 1, 2, 3, 4]);
    expect(fake.calls.filter((c) => c === 'compile:get')).toHaveLength(3);

    // Selected comments still on screen are kept when the filter changes; others are dropped.
    m.compileUi.useCompileStore.getState().setSelected(['c1', 'c5'], true);
    await m.compileUi.useCompileStore.getState().setFilter({ stance: 'tan_thanh' });
    expect([...m.compileUi.useCompileStore.getState().selected]).toEqual(['c1']);
    await m.compileUi.useCompileStore.getState().setFilter({ stance: undefined });

    fake.calls.length = 0;
    fake.state.compiled = [compiled('c9'), ...fake.state.compiled];
    await fake.api.commentsCreate(newComment);
    await vi.waitFor(() => expect(m.compile.cachedCompiled(request)?.view.totals.comments).toBe(6));
    // Compiled afresh from the first window: the rows of the old compilation are not mixed in.
    expect(rows()).toEqual([0, 1]);
    expect(findId(0)).toBe('c9');
  });

  it('sessions and keys follow their events: a renamed session (changed:agenda), a package’s new key (changed:comments)', async () => {
    const session = { ...fake.state.agenda.session, id: 's1' };
    fake.state.sessions = [session];
    observe(m.keys.sessionsQuery());
    observe(m.keys.keysQuery());
    await vi.waitFor(() => expect(data<unknown[]>(m.keys.sessionsQuery().queryKey)).toHaveLength(1));
    fake.state.sessions = [{ ...session, name: 'Kỳ họp đổi tên' }];
    fake.push('changed:agenda', {});
    await vi.waitFor(() =>
      expect(data<Array<{ name: string }>>(m.keys.sessionsQuery().queryKey)[0]!.name).toBe('Kỳ họp đổi tên'),
    );
    fake.state.keys = [
      { authorId: 'a1', name: 'A', delegation: 'Tổ 1', fingerprint: 'F1', approved: [], held: [], decisions: [] },
    ];
    fake.push('changed:comments', {});
    await vi.waitFor(() => expect(data<unknown[]>(m.keys.keysQuery().queryKey)).toHaveLength(1));
    // A refused decision says so and leaves the list as it was.
    const decided = await m.keysUi.useKeysStore.getState().decide('a1', 'approved', 'Đã gọi điện xác nhận.');
    expect(decided).toBe(false);
    expect(m.keysUi.useKeysStore.getState().error).toContain('keys:decide');
    expect(data<unknown[]>(m.keys.keysQuery().queryKey)).toHaveLength(1);
  });
});
