/** Every IPC result crosses the boundary as an envelope, so callers never guess whether it threw. */
import { formatMessage } from '../messages/format';
import type { MessageRef, ParamValue } from '../messages/types';

export type ErrorCode =
  | 'invalid_input'
  | 'unknown_channel'
  | 'not_found'
  | 'unauthorized'
  | 'too_large'
  | 'conflict'
  | 'db_newer'
  | 'db_corrupt'
  | 'no_identity'
  | 'cancelled'
  | 'not_secretariat'
  | 'untrusted_key'
  | 'internal';

/** One field's problem: where, the message as key + parameters, and its Vietnamese text. */
export interface FieldIssue {
  /** "name", "entries.3.delegation"; '' for the payload as a whole. */
  path: string;
  key: string;
  params: Record<string, ParamValue>;
  message: string;
}

export interface AppErrorShape {
  code: ErrorCode;
  /** The message as a catalogue key (shared/messages) and its parameters: shown in the UI's language. */
  key: string;
  params: Record<string, ParamValue>;
  /** The same message in Vietnamese, for logs and callers that show text as is. */
  message: string;
  /** For invalid input: every problem of every field, so a form can show each next to its field. */
  issues?: FieldIssue[];
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });

export function errorShape(code: ErrorCode, ref: MessageRef, issues?: FieldIssue[]): AppErrorShape {
  const params = ref.params ?? {};
  const shape: AppErrorShape = { code, key: ref.key, params, message: formatMessage('vi', ref.key, params) };
  return issues ? { ...shape, issues } : shape;
}

export const fail = (code: ErrorCode, ref: MessageRef, issues?: FieldIssue[]): Envelope<never> => ({
  ok: false,
  error: errorShape(code, ref, issues),
});
