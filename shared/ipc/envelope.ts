/** Every IPC result crosses the boundary as an envelope, so callers never guess whether it threw. */

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

export interface AppErrorShape {
  code: ErrorCode;
  /** Message for the user, in Vietnamese. */
  message: string;
  /** For invalid input: each field's problem, so a form can show it next to the field. */
  issues?: Array<{ path: string; message: string }>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Envelope<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: AppErrorShape['issues']): Envelope<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
