/**
 * Cuts a page of a list at the byte budget of an answer (LIST_WINDOWS.windowBytes of JSON), keeping
 * at least one item: the caller pages on from where the page ended, so nothing is lost.
 */
import { LIST_WINDOWS } from '../../../shared/ipc/limits';

export function withinBudget<T>(items: T[], budget: number = LIST_WINDOWS.windowBytes): T[] {
  let bytes = 2;
  for (let i = 0; i < items.length; i++) {
    bytes += Buffer.byteLength(JSON.stringify(items[i])) + 1;
    if (i > 0 && bytes > budget) return items.slice(0, i);
  }
  return items;
}
