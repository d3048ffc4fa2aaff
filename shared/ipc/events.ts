/**
 * Events main pushes to every window after a commit (Electron: IPC; web door: Server-Sent
 * Events), the counterpart of the request/response contract. The renderer keeps server data in
 * one query cache and lets these events refresh it, so a change made in one window (or by an
 * import, a restore) shows in every other without a hand-written reload. Payloads are small: a
 * change says what changed, or carries the few rows it wrote so a window can apply them as they are.
 * Free of zod (the preload imports it); payloads come from main only.
 */
import type { Answer, Comment, Draft } from '../domain/comments';
import type { PdfJobStatus } from '../domain/exports';
import type { PackageFileResult } from '../domain/packages';
import type { Settings } from '../domain/types';

/** Where a comment's counts stand after a write: its agenda item's, and its document's if it has one. */
export interface CommentCounts {
  itemId: string;
  item: number;
  documentId: string | null;
  document: number | null;
}

/** What `comments:create` / `update` / `delete` answer: the saved comment and what the screen shows beside it. */
export type SavedComment = Comment & {
  /** The secretariat's answer to it, if one is stored (an edit keeps it, flagged as revised after). */
  answer: Answer | null;
  counts: CommentCounts;
};

export interface EventMap {
  /**
   * Comments (or their answers) changed. `saved`: this installation's own comments just written,
   * with their counts, to apply as they are; without it, refetch.
   */
  'changed:comments': { saved?: SavedComment[] };
  /**
   * The agenda (items, documents, titles, order) or its counts changed. `documentId`: that
   * document's text changed too (a new version) or it was `removed`.
   */
  'changed:agenda': { documentId?: string; removed?: boolean };
  /** The dossier underneath changed wholesale: another session, a new dossier version, a restore. */
  'changed:dossier': { reason: 'session' | 'dossier' | 'restore' | 'office' };
  /** Who comments on this installation changed (identity:set). */
  'changed:identity': Record<string, never>;
  /** A draft was saved (`draft`) or cleared (null): another window's notice of drafts follows it. */
  'changed:drafts': { key: string; draft: Draft | null };
  /** Private notes changed: those of `documentId`, or of any document when it is not named (a deletion). */
  'changed:notes': { documentId?: string };
  /** The settings were saved (in another window too): what `settings:get` now answers. */
  'changed:settings': { settings: Settings };
  /** An export job moved: the same status `pdf:status` answers. */
  'pdf:progress': PdfJobStatus;
  /** A comment-package import moved: `done` of `total` files, the last one's result. */
  'import:progress': { done: number; total: number; result: PackageFileResult };
}

export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];
export type EventListener<E extends EventName> = (payload: EventPayload<E>) => void;

export const EVENT_NAMES = [
  'changed:comments',
  'changed:agenda',
  'changed:dossier',
  'changed:drafts',
  'changed:identity',
  'pdf:progress',
  'import:progress',
  'changed:notes',
  'changed:settings',
] as const satisfies readonly EventName[];

/** Every name of the map is listed (a compile error otherwise). */
type Missing = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
const _allListed: Missing extends never ? true : never = true;
void _allListed;

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

/** One event on the wire (the IPC message and the SSE `data:`); its name is checked on arrival. */
export type WireEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** The IPC channel the preload listens on (not a request channel: nothing answers it). */
export const EVENTS_IPC_CHANNEL = 'events:push';

/** The renderer's half: `listen` returns the function that stops listening. */
export interface EventsApi {
  listen<E extends EventName>(name: E, listener: EventListener<E>): () => void;
}
