/**
 * Where agenda items go when the secretariat moves them: pure functions over the list in order,
 * each item with its day and sitting. The list is kept grouped by day, then sitting (sáng before
 * chiều), so the agenda reads the same everywhere.
 */
import type { Sitting } from '../domain/types';

export interface Placed {
  id: string;
  day: string;
  sitting: Sitting;
}

/** Sorts slots: by day, then morning before afternoon. */
export const slotKey = (p: { day: string; sitting: Sitting }): string => `${p.day}|${p.sitting === 'sang' ? 0 : 1}`;

const sameSlot = (a: Placed, b: Placed): boolean => a.day === b.day && a.sitting === b.sitting;

/**
 * One step up or down. Inside a sitting the item swaps with its neighbour; at the edge of a sitting
 * it joins the neighbouring sitting (its end when going up, its start when going down), keeping its
 * place in the list. Null when there is nowhere to go.
 */
export function moveByStep<T extends Placed>(items: readonly T[], id: string, step: -1 | 1): T[] | null {
  const i = items.findIndex((x) => x.id === id);
  const j = i + step;
  if (i < 0 || j < 0 || j >= items.length) return null;
  const list = items.slice();
  const me = items[i];
  const neighbour = items[j];
  if (sameSlot(me, neighbour)) {
    list[i] = neighbour;
    list[j] = me;
  } else {
    list[i] = { ...me, day: neighbour.day, sitting: neighbour.sitting };
  }
  return list;
}

/** Moves an item to the end of a sitting (which may be empty so far). */
export function moveToSlot<T extends Placed>(items: readonly T[], id: string, day: string, sitting: Sitting): T[] | null {
  const me = items.find((x) => x.id === id);
  if (!me) return null;
  const moved = { ...me, day, sitting };
  const rest = items.filter((x) => x.id !== id);
  const target = slotKey(moved);
  let at = -1;
  rest.forEach((x, k) => {
    if (slotKey(x) === target) at = k + 1;
  });
  if (at < 0) {
    at = rest.findIndex((x) => slotKey(x) > target);
    if (at < 0) at = rest.length;
  }
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

/** The payload of agenda:reorder: every item, in the new order, with its day and sitting. */
export function toReorderPayload(items: readonly Placed[]): Placed[] {
  return items.map(({ id, day, sitting }) => ({ id, day, sitting }));
}

/** The days a session spans (at most 31), plus any other day already used by an item, sorted. */
export function sessionDays(startDate: string, endDate: string, used: readonly string[] = []): string[] {
  const days = new Set<string>(used);
  const start = Date.parse(`${startDate}T00:00:00Z`);
  const end = Date.parse(`${endDate}T00:00:00Z`);
  if (Number.isFinite(start) && Number.isFinite(end)) {
    for (let t = start, n = 0; t <= end && n < 31; t += 86_400_000, n++) days.add(new Date(t).toISOString().slice(0, 10));
  }
  return [...days].sort();
}
