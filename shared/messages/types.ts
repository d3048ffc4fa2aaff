/**
 * Messages travel as a key and parameters; a catalogue per language (vi.ts, en.ts) turns them into
 * text. A key's parameters are the `{name}` placeholders of its Vietnamese text, so the compiler
 * knows which parameters every key needs.
 */
import type { vi } from './vi';

export type MessageKey = keyof typeof vi;
export type Lang = 'vi' | 'en';

/** The `{name}` placeholders of a message text. */
export type ParamNames<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | ParamNames<Rest> : never;

/**
 * A parameter: text as is; a number with the language's digit grouping; a size in bytes
 * ("1.5 MB"); another message, formatted in the same language (a reason inside a refusal); or a
 * list of those, joined by a separator.
 */
export type ParamValue = string | number | { bytes: number } | MessageRef | ParamList;

export interface ParamList {
  items: ParamValue[];
  separator: string;
}

export interface MessageRef {
  key: MessageKey;
  params?: Record<string, ParamValue>;
}

export type ParamsOf<K extends MessageKey> = { [P in ParamNames<(typeof vi)[K]>]: ParamValue };

/** No argument for a key without placeholders, the exact parameters otherwise. */
export type ParamsArg<K extends MessageKey> = [ParamNames<(typeof vi)[K]>] extends [never] ? [] : [params: ParamsOf<K>];

/** A message reference, typed: `msg('package.rejected', { file, why: msg('package.bad_json') })`. */
export function msg<K extends MessageKey>(key: K, ...args: ParamsArg<K>): MessageRef {
  return args.length ? { key, params: args[0] as Record<string, ParamValue> } : { key };
}

export function isMessageRef(value: unknown): value is MessageRef {
  return typeof value === 'object' && value !== null && typeof (value as MessageRef).key === 'string';
}

/** Several values as one parameter: "name: …; endDate: …". */
export function joined(items: ParamValue[], separator = '; '): ParamList {
  return { items, separator };
}
