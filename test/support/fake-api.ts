/**
 * An in-memory stand-in for main, for the renderer's stores (as Actual Budget's `initServer` lets
 * its UI be tested without a server): it answers the contract's calls it knows from its own small
 * state, counts every call, and pushes events to `listen` as main would after a commit.
 */
import type { Answer, Comment, Draft, Note } from '../../shared/domain/comments';
import type { BackupInfo } from '../../shared/domain/backups';
import type { CompiledComment, CompiledView } from '../../shared/domain/compile';
import type { DelegateKeyView, OfficeView } from '../../shared/domain/office';
import type {
  AgendaView,
  Block,
  DocumentPage,
  Identity,
  IdentityView,
  SearchResult,
  SessionInfo,
  Settings,
} from '../../shared/domain/types';
import { CHANNELS, type ApiMethod, type Channel } from '../../shared/ipc/channels';
import type { Api, InputOf } from '../../shared/ipc/contract';
import { fail, ok, type Envelope } from '../../shared/ipc/envelope';
import type { EventName, EventPayload, EventsApi, SavedComment } from '../../shared/ipc/events';
import { msg } from '../../shared/messages/types';

export interface FakeServer {
  api: Api & EventsApi;
  /** Channels called, in order. */
  calls: Channel[];
  state: {
    agenda: AgendaView;
    comments: Comment[];
    answers: Answer[];
    drafts: Draft[];
    notes: Note[];
    settings: Settings;
    office: OfficeView | null;
    identity: IdentityView;
    sessions: SessionInfo[];
    keys: DelegateKeyView[];
    backups: BackupInfo[];
    /** Blocks of each document, by id (document:get answers them in windows of `documentWindow` blocks). */
    blocks: Record<string, Block[]>;
    documentWindow: number;
    /** The comments the secretariat's compilation holds, one passage card per comment. */
    compiled: CompiledComment[];
    /** Rows per compile:get window. */
    compileWindow: number;
  };
  /** A channel main refuses (as a write it cannot do would be), until set back to null. */
  refuse: Channel | null;
  /** Pushes an event to every listener, as main does after another window's commit. */
  push<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

const NOW = '2026-12-03T10:00:00.000Z';

/** A paragraph block of a test document. */
export const paragraph = (id: string, text: string, position = 0): Block => ({
  id,
  position,
  kind: 'paragraph',
  level: 0,
  label: null,
  path: null,
  text,
  cells: null,
  lineStart: position + 1,
  lineCount: 1,
});

export function sampleAgenda(): AgendaView {
  return {
    session: {
      id: 's1',
      council: 'Hội đồng nhân dân tỉnh Thử',
      councilShort: 'HĐND tỉnh Thử',
      level: 'tinh',
      term: 'khóa I',
      name: 'Kỳ họp thử',
      place: 'Nơi họp',
      startDate: '2019-12-06',
      endDate: '2019-12-07',
      commentDeadline: null,
      isSample: false,
    },
    items: ['item-1', 'item-2'].map((id, i) => ({
      id,
      day: '2019-12-06',
      sitting: 'sang',
      order: i + 1,
      time: null,
      title: `Nội dung ${i + 1}`,
      presenter: 'UBND tỉnh',
      kind: 'to_trinh',
      commentCount: 0,
      documents: [
        {
          id: `doc-${i + 1}`,
          itemId: id,
          kind: 'de_an',
          issuer: null,
          numberSymbol: null,
          date: null,
          place: null,
          title: `Đề án ${i + 1}`,
          illustrative: false,
          lineCount: 10,
          blockCount: 5,
          commentCount: 0,
        },
      ],
    })),
  };
}

export function initFakeServer(): FakeServer {
  const calls: Channel[] = [];
  const listeners = new Set<{ name: EventName; fn: (payload: never) => void }>();
  const state = {
    agenda: sampleAgenda(),
    comments: [] as Comment[],
    answers: [] as Answer[],
    drafts: [] as Draft[],
    notes: [] as Note[],
    settings: { locale: 'vi', fontScale: 1 } as Settings,
    office: null as OfficeView | null,
    identity: { identity: null, roster: [], rosterIllustrative: false } as IdentityView,
    sessions: [] as SessionInfo[],
    keys: [] as DelegateKeyView[],
    backups: [] as BackupInfo[],
    blocks: {} as Record<string, Block[]>,
    documentWindow: 2,
    compiled: [] as CompiledComment[],
    compileWindow: 2,
  };
  let seq = 0;
  const push: FakeServer['push'] = (name, payload) => {
    for (const l of [...listeners]) if (l.name === name) l.fn(payload as never);
  };
  const saved = (comment: Comment): SavedComment => {
    const live = state.comments.filter((c) => !c.deleted);
    const item = live.filter((c) => c.itemId === comment.itemId).length;
    const document = comment.documentId ? live.filter((c) => c.documentId === comment.documentId).length : null;
    const counted = {
      ...comment,
      answer: state.answers.find((a) => a.commentId === comment.id) ?? null,
      counts: { itemId: comment.itemId, item, documentId: comment.documentId, document },
    };
    push('changed:comments', { saved: [counted] });
    return counted;
  };
  const clearDraft = (key: string | undefined): void => {
    if (key) state.drafts = state.drafts.filter((d) => d.key !== key);
  };
  type Handler = (input: never) => unknown;
  const handlers: Partial<Record<Channel, Handler>> = {
    [CHANNELS.agendaGet]: () => state.agenda,
    [CHANNELS.commentsList]: () => [...state.comments],
    [CHANNELS.answersList]: () => [...state.answers],
    [CHANNELS.draftsList]: () => [...state.drafts],
    [CHANNELS.officeGet]: () => state.office ?? fail('not_found', msg('text.raw', { text: 'fake: no office' })),
    [CHANNELS.settingsGet]: () => state.settings,
    [CHANNELS.identityGet]: () => state.identity,
    [CHANNELS.identitySet]: (input: InputOf<'identity:set'>) => {
      const entry = state.identity.roster.find((r) => r.id === input.rosterId);
      const identity: Identity = {
        authorId: entry ? `author-${entry.id}` : `author-${String(++seq).padStart(3, '0')}`,
        name: entry?.name ?? input.name ?? '',
        delegation: entry?.delegation ?? input.delegation ?? '',
        rosterId: entry?.id ?? null,
        role: 'dai_bieu',
      };
      state.identity = { ...state.identity, identity };
      push('changed:identity', {});
      push('changed:comments', {});
      return identity;
    },
    [CHANNELS.identityOthers]: () => [],
    [CHANNELS.rosterSave]: ({ entries }: InputOf<'roster:save'>) => {
      state.identity = {
        ...state.identity,
        roster: entries.map((e, i) => ({
          id: e.id ?? `r-${i}`,
          name: e.name,
          delegation: e.delegation,
          constituency: e.constituency ?? null,
          title: e.title ?? null,
        })),
      };
      push('changed:identity', {});
      return { saved: entries.length };
    },
    [CHANNELS.sessionList]: () => state.sessions,
    [CHANNELS.keysList]: () => state.keys,
    [CHANNELS.backupsList]: () => state.backups,
    [CHANNELS.searchQuery]: ({ query }: InputOf<'search:query'>): SearchResult => {
      const hits = Object.entries(state.blocks).flatMap(([documentId, blocks]) =>
        blocks
          .filter((b) => b.text.includes(query))
          .map((b) => ({
            blockId: b.id,
            documentId,
            documentTitle: documentId,
            itemTitle: '',
            path: b.path,
            lineStart: b.lineStart,
            snippet: b.text,
            highlights: [] as Array<[number, number]>,
          })),
      );
      return { query, hits, total: hits.length, totalCapped: false };
    },
    [CHANNELS.documentGet]: ({ documentId, from, limit }: InputOf<'document:get'>): DocumentPage | Envelope<never> => {
      const blocks = state.blocks[documentId];
      if (!blocks) return fail('not_found', msg('text.raw', { text: `fake: no document ${documentId}` }));
      const start = from ?? 0;
      const end = Math.min(blocks.length, start + Math.min(limit ?? state.documentWindow, state.documentWindow));
      const summary = state.agenda.items.flatMap((i) => i.documents).find((d) => d.id === documentId)!;
      return {
        document: summary,
        itemTitle: '',
        blocks: blocks.slice(start, end),
        toc: [],
        window: { from: start, fromChar: 0, total: blocks.length, next: end < blocks.length ? { from: end, fromChar: 0 } : null },
      };
    },
    [CHANNELS.documentsVersionMarks]: ({ documentId }: InputOf<'documents:versionMarks'>) => ({
      documentId,
      dossierVersion: null,
      blocks: [],
      removed: [],
    }),
    [CHANNELS.compileGet]: (input: InputOf<'compile:get'>): CompiledView => {
      const { offset, limit } = input ?? {};
      const first = offset ?? 0;
      const rows = state.compiled.slice(first, first + Math.min(limit ?? state.compileWindow, state.compileWindow));
      const counts = { tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 };
      return {
        sessionId: 's1',
        commentDeadline: null,
        totals: {
          comments: state.compiled.length,
          allComments: state.compiled.length,
          delegatesSent: 0,
          delegates: 0,
          answered: 0,
          onBehalf: 0,
          counts,
        },
        documents: rows.map((c, i) => ({
          documentId: null,
          itemId: c.comment.itemId,
          itemTitle: '',
          title: '',
          counts,
          passages: [
            {
              blockId: null,
              path: null,
              lineFirst: null,
              lineLast: null,
              blockText: null,
              counts,
              comments: [c],
              row: first + i,
            },
          ],
        })),
        delegates: [],
        delegations: [],
        window: {
          offset: first,
          rows: rows.length,
          totalRows: state.compiled.length,
          next: first + rows.length < state.compiled.length ? first + rows.length : null,
          ...(first === 0 && { sizes: state.compiled.map(() => 1) }),
          passages: state.compiled.length,
        },
      };
    },
    [CHANNELS.settingsSet]: (patch: InputOf<'settings:set'>) => {
      state.settings = { ...state.settings, ...patch };
      push('changed:settings', { settings: state.settings });
      return state.settings;
    },
    [CHANNELS.notesList]: ({ documentId }: InputOf<'notes:list'>) => state.notes.filter((n) => n.documentId === documentId),
    [CHANNELS.notesSave]: (input: InputOf<'notes:save'>) => {
      const note: Note = {
        id: input.id ?? `n-${String(++seq).padStart(3, '0')}`,
        documentId: input.documentId,
        ...input.anchor,
        text: input.text,
        createdAt: NOW,
        updatedAt: NOW,
      };
      state.notes = [...state.notes.filter((n) => n.id !== note.id), note];
      push('changed:notes', { documentId: note.documentId });
      return note;
    },
    [CHANNELS.notesDelete]: ({ id }: InputOf<'notes:delete'>) => {
      state.notes = state.notes.filter((n) => n.id !== id);
      push('changed:notes', {});
      return { deleted: true };
    },
    [CHANNELS.draftsSave]: ({ key, payload }: InputOf<'drafts:save'>) => {
      const draft = { key, payload, updatedAt: NOW };
      state.drafts = [...state.drafts.filter((d) => d.key !== key), draft];
      push('changed:drafts', { key, draft });
      return draft;
    },
    [CHANNELS.draftsClear]: ({ key }: InputOf<'drafts:clear'>) => {
      clearDraft(key);
      return { cleared: true };
    },
    [CHANNELS.commentsCreate]: (input: InputOf<'comments:create'>) => {
      const comment: Comment = {
        id: `c-${String(++seq).padStart(3, '0')}`,
        sessionId: 's1',
        itemId: input.itemId,
        documentId: input.documentId,
        anchor: null,
        stance: input.stance,
        text: input.text,
        proposedText: null,
        revision: 1,
        createdAt: NOW,
        updatedAt: NOW,
        deleted: false,
        author: { id: 'me', name: 'Đại biểu Thử', delegation: 'Tổ 1' },
      };
      state.comments.push(comment);
      clearDraft(input.draftKey);
      return saved(comment);
    },
    [CHANNELS.commentsUpdate]: (input: InputOf<'comments:update'>) => {
      const current = state.comments.find((c) => c.id === input.id);
      if (!current || current.revision !== input.expectedRevision)
        return fail('conflict', msg('comment.stale_revision', { revision: current?.revision ?? 0 }));
      const next = { ...current, text: input.text ?? current.text, revision: current.revision + 1 };
      state.comments = state.comments.map((c) => (c.id === next.id ? next : c));
      clearDraft(input.draftKey);
      return saved(next);
    },
  };
  const api = new Proxy({} as Api & EventsApi, {
    get(_target, method: string) {
      if (method === 'listen') {
        return (name: EventName, fn: (payload: never) => void) => {
          const entry = { name, fn };
          listeners.add(entry);
          return () => void listeners.delete(entry);
        };
      }
      const channel = CHANNELS[method as ApiMethod];
      return async (input: unknown): Promise<Envelope<unknown>> => {
        calls.push(channel);
        if (server.refuse === channel) return fail('internal', msg('text.raw', { text: `fake: ${channel} refused` }));
        const handler = handlers[channel];
        if (!handler) return fail('not_found', msg('text.raw', { text: `fake: ${channel}` }));
        const value = handler(input as never);
        return value && typeof value === 'object' && 'ok' in value && value.ok === false
          ? (value as Envelope<unknown>)
          : ok(value);
      };
    },
  });
  const server: FakeServer = { api, calls, state, push, refuse: null };
  return server;
}
