/** The secretariat edits the dossier: session details, agenda items and their order, the roster. */
import { v7 as uuidv7 } from 'uuid';
import { moveToSlot } from '../../../shared/agenda/order';
import type { RosterEntry, SessionInfo, Sitting } from '../../../shared/domain/types';
import type { CHANNELS } from '../../../shared/ipc/channels';
import type { ParsedInputOf } from '../../../shared/ipc/contract';
import type { Db } from '../db/database';
import {
  countItemComments,
  currentSession,
  deleteAgendaItem,
  insertAgendaItem,
  insertSession,
  listItemIds,
  listItemPlaces,
  listSessions,
  setItemPlace,
  updateAgendaItem,
  updateSessionRow,
} from '../db/repos/dossier';
import { deleteRoster, insertRosterEntry, isRosterIllustrative } from '../db/repos/roster';
import { readOfficeKey, setSessionPublisher } from '../db/repos/office';
import { CURRENT_SESSION_KEY } from '../db/setting-keys';
import { writeSetting } from '../db/repos/settings';
import { AppError } from '../errors';

export type SessionFields = ParsedInputOf<typeof CHANNELS.sessionUpdate>;
export type ItemFields = ParsedInputOf<typeof CHANNELS.agendaAddItem>;

export { CURRENT_SESSION_KEY };

/** Opens another session of this installation (a past term, the sample dossier…). */
export function openSession(db: Db, id: string): SessionInfo {
  if (!listSessions(db).some((s) => s.id === id)) throw new AppError('not_found', 'session.not_found');
  db.transaction(() => writeSetting(db, CURRENT_SESSION_KEY, id))();
  return requireSession(db);
}

function requireSession(db: Db): SessionInfo {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  return session;
}

function checkDates(f: Pick<SessionFields, 'startDate' | 'endDate'>): void {
  if (f.endDate < f.startDate) throw new AppError('invalid_input', 'session.end_before_start');
}

export function createSession(db: Db, fields: SessionFields, now: string = new Date().toISOString()): SessionInfo {
  checkDates(fields);
  const id = `ky-hop-${uuidv7()}`;
  db.transaction(() => {
    insertSession(db, { id, ...fields, isSample: false, rosterIllustrative: false }, now);
    // The office that creates a session is its secretariat: its key publishes every version.
    const office = readOfficeKey(db);
    if (office) setSessionPublisher(db, id, office.publicKey);
    writeSetting(db, CURRENT_SESSION_KEY, id);
  })();
  return requireSession(db);
}

export function updateSession(db: Db, fields: SessionFields): SessionInfo {
  checkDates(fields);
  const session = requireSession(db);
  db.transaction(() =>
    updateSessionRow(db, {
      ...session,
      ...fields,
      level: fields.level ?? session.level,
      rosterIllustrative: isRosterIllustrative(db, session.id),
    }),
  )();
  return requireSession(db);
}

/** Puts an item at the end of its day and sitting, renumbering the agenda. Call inside a transaction. */
function placeAtEndOfSitting(db: Db, sessionId: string, id: string, day: string, sitting: Sitting): void {
  const list = moveToSlot(listItemPlaces(db, sessionId), id, day, sitting);
  list?.forEach((item, i) => setItemPlace(db, item.id, i + 1, item.day, item.sitting));
}

/** Adds an item at the end of its sitting, in one transaction. */
export function addItem(db: Db, fields: ItemFields): string {
  const session = requireSession(db);
  const id = `muc-${uuidv7()}`;
  db.transaction(() => {
    const order = listItemIds(db, session.id).length + 1;
    insertAgendaItem(db, { id, sessionId: session.id, order, ...fields });
    placeAtEndOfSitting(db, session.id, id, fields.day, fields.sitting);
  })();
  return id;
}

/** Edits an item; moved to another day or sitting, it goes to the end of that sitting, in the same transaction. */
export function editItem(db: Db, id: string, fields: ItemFields): void {
  const session = requireSession(db);
  const before = listItemPlaces(db, session.id).find((item) => item.id === id);
  if (!before) throw new AppError('not_found', 'agenda.item_not_found');
  db.transaction(() => {
    updateAgendaItem(db, id, fields);
    if (before.day !== fields.day || before.sitting !== fields.sitting) {
      placeAtEndOfSitting(db, session.id, id, fields.day, fields.sitting);
    }
  })();
}

export function removeItem(db: Db, id: string): void {
  const session = requireSession(db);
  const ids = listItemIds(db, session.id);
  if (!ids.includes(id)) throw new AppError('not_found', 'agenda.item_not_found');
  if (countItemComments(db, id) > 0) {
    throw new AppError('conflict', 'agenda.item_has_comments');
  }
  db.transaction(() => {
    deleteAgendaItem(db, id);
    ids.filter((x) => x !== id).forEach((x, i) => setItemPlace(db, x, i + 1));
  })();
}

/** Sets the order of every item, and its day and sitting: the list must hold each item once. */
export function reorderItems(db: Db, items: Array<{ id: string; day: string; sitting: Sitting }>): void {
  const session = requireSession(db);
  const ids = listItemIds(db, session.id);
  const given = items.map((i) => i.id);
  if (given.length !== ids.length || new Set(given).size !== given.length || !given.every((id) => ids.includes(id))) {
    throw new AppError('conflict', 'agenda.changed_elsewhere');
  }
  db.transaction(() => items.forEach((item, i) => setItemPlace(db, item.id, i + 1, item.day, item.sitting)))();
}

export function replaceRoster(db: Db, roster: RosterEntry[]): number {
  const session = requireSession(db);
  db.transaction(() => {
    deleteRoster(db, session.id);
    roster.forEach((r, i) => insertRosterEntry(db, session.id, i, r));
    db.prepare('UPDATE sessions SET roster_illustrative = 0 WHERE id = ?').run(session.id);
  })();
  return roster.length;
}
