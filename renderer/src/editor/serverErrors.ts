/**
 * Main refuses a malformed request with every field's problem in `error.issues` (path, message key,
 * parameters, and the message already in the UI's language: see api/client.ts). This sorts them
 * by field so each message sits next to its field; a refusal that names no field is kept whole.
 */
import type { AppErrorShape } from '../../../shared/ipc/envelope';

export interface ServerIssues {
  /** Messages per field path ("name", "entries.3.delegation"), every problem of the field. */
  fields: Record<string, string>;
  /** The message when it names no field. */
  general: string | null;
}

export const NO_ISSUES: ServerIssues = { fields: {}, general: null };

export function serverIssues(error: Pick<AppErrorShape, 'message' | 'issues'> | null): ServerIssues {
  if (!error) return NO_ISSUES;
  if (!error.issues?.length) return { fields: {}, general: error.message };
  const byPath = new Map<string, string[]>();
  for (const issue of error.issues) {
    const messages = byPath.get(issue.path) ?? [];
    // An empty box is also "badly formed": the same words twice would say nothing more.
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byPath.set(issue.path, messages);
  }
  const general = byPath.get('');
  byPath.delete('');
  const fields = Object.fromEntries([...byPath].map(([path, messages]) => [path, messages.join(' ')]));
  return { fields, general: general ? general.join(' ') : null };
}
