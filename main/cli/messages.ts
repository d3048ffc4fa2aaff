/**
 * The terminal shows main's errors with the shared catalogues (shared/messages): in Vietnamese, or
 * in English when GOPY_LANG=en. Not LANG: the rest of the terminal's output is Vietnamese, and a
 * machine's LANG (often en_US) should not switch the language of the error lines alone.
 */
import type { AppErrorShape } from '../../shared/ipc/envelope';
import { formatMessage } from '../../shared/messages/format';
import type { Lang, MessageRef } from '../../shared/messages/types';
import { AppError } from '../core/errors';

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return env.GOPY_LANG?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** An envelope's error, an AppError, or anything else (shown as is). */
export function errorText(error: Pick<AppErrorShape, 'key' | 'params' | 'message'> | unknown): string {
  if (error instanceof AppError) return formatMessage(cliLang(), error.key, error.params);
  const shape = error as Partial<AppErrorShape> | null;
  if (shape && typeof shape.key === 'string') return formatMessage(cliLang(), shape.key, shape.params ?? {});
  if (shape && typeof shape.message === 'string') return shape.message;
  return String(error);
}

/** A message main built (a restore's outcome, a start-up failure), in the terminal's language. */
export function messageText(ref: MessageRef): string {
  return formatMessage(cliLang(), ref.key, ref.params);
}
