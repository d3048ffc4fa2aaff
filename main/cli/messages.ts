/**
 * The terminal words everything with the shared catalogues (shared/messages): in Vietnamese, or in
 * English with `--lang en` or GOPY_LANG=en (main/core/env-lang.ts).
 */
import type { AppErrorShape } from '../../shared/ipc/envelope';
import { formatMessage } from '../../shared/messages/format';
import type { Lang, MessageKey, MessageRef, ParamsArg, ParamValue } from '../../shared/messages/types';
import { AppError } from '../core/errors';
import { envLang } from '../core/env-lang';

let chosen: Lang | undefined;

/** The language a run asked for with --lang (undefined: back to GOPY_LANG). */
export function setCliLang(lang: Lang | undefined): void {
  chosen = lang;
}

export function cliLang(env: NodeJS.ProcessEnv = process.env): Lang {
  return chosen ?? envLang(env);
}

/** A catalogue message in the terminal's language: `say('cli.usage', { usage })`. */
export function say<K extends MessageKey>(key: K, ...args: ParamsArg<K>): string {
  return formatMessage(cliLang(), key, args[0] as Record<string, ParamValue> | undefined);
}

/** A catalogue text without parameters (a label, a command's summary), by a key held in a variable. */
export function label(key: MessageKey): string {
  return formatMessage(cliLang(), key);
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

/** A result's message: its catalogue reference when main sent one, else its text. */
export function resultText(ref: MessageRef | null | undefined, text: string | null): string | null {
  return ref ? messageText(ref) : text;
}
