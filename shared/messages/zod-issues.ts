/**
 * A zod issue as a message key and parameters. Used twice: zod's global error map
 * (shared/ipc/zod-vi.ts) renders it in Vietnamese, and dispatch sends it in the envelope so the
 * renderer renders it in the UI's language. A message written in a schema is found in the
 * catalogue by its Vietnamese text (the `schema.*` keys); one that is not there travels as text.
 */
import type { z } from 'zod';
import { formatMessage, isMessageKey } from './format';
import { msg, type MessageKey, type MessageRef, type ParamValue, type ParamsArg } from './types';
import { vi } from './vi';

type Issue = z.core.$ZodRawIssue | z.core.$ZodIssue;

const TYPE_KEYS = new Set(['string', 'number', 'int', 'bigint', 'boolean', 'object', 'array', 'null', 'undefined']);
const MORE_TYPES = new Set(['date', 'file', 'set', 'map']);

/** "chuỗi ký tự" as a message, or the type's own name when the catalogue has none. */
function typeName(type: unknown): MessageRef | string {
  const t = String(type);
  const key = `zod.type.${t}`;
  return (TYPE_KEYS.has(t) || MORE_TYPES.has(t)) && isMessageKey(key) ? { key } : t;
}

export function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

function bound(issue: { origin?: string; inclusive?: boolean }, limit: unknown, more: boolean): MessageRef {
  const n = String(limit);
  switch (issue.origin) {
    case 'string':
      return more ? msg('zod.string_too_long', { n }) : msg('zod.string_too_short', { n });
    case 'array':
    case 'set':
      return more ? msg('zod.array_too_big', { n }) : msg('zod.array_too_small', { n });
    case 'file':
      return more ? msg('zod.file_too_big', { n }) : msg('zod.file_too_small', { n });
    default:
      if (more) return issue.inclusive === false ? msg('zod.number_lt', { n }) : msg('zod.number_lte', { n });
      return issue.inclusive === false ? msg('zod.number_gt', { n }) : msg('zod.number_gte', { n });
  }
}

const FORMATS = new Set(['regex', 'email', 'uuid', 'url', 'datetime', 'date', 'base64']);

/**
 * The message zod's own issue stands for. `input` is the value at the issue's path when known
 * (zod's error map sees it; dispatch finds it in the payload): it tells "missing" from "wrong type".
 */
export function zodIssueRef(issue: Issue, input: unknown = (issue as { input?: unknown }).input): MessageRef {
  switch (issue.code) {
    case 'invalid_type':
      return input === undefined
        ? { key: 'zod.missing', params: { expected: typeName(issue.expected) } }
        : { key: 'zod.wrong_type', params: { expected: typeName(issue.expected), received: typeName(receivedType(input)) } };
    case 'invalid_value':
      return issue.values.length === 1
        ? msg('zod.value_one', { value: JSON.stringify(issue.values[0]) })
        : msg('zod.value_many', { values: issue.values.map((v) => JSON.stringify(v)).join(', ') });
    case 'too_big':
      return bound(issue, issue.maximum, true);
    case 'too_small':
      return bound(issue, issue.minimum, false);
    case 'invalid_format': {
      const key = `zod.format.${issue.format}`;
      return FORMATS.has(issue.format) && isMessageKey(key) ? { key } : msg('zod.format.other');
    }
    case 'not_multiple_of':
      return msg('zod.not_multiple_of', { n: String(issue.divisor) });
    case 'unrecognized_keys':
      return msg('zod.unrecognized_keys', { keys: issue.keys.map((k) => `"${k}"`).join(', ') });
    case 'invalid_key':
      return msg('zod.invalid_key');
    case 'invalid_union':
      return msg('zod.invalid_union');
    case 'invalid_element':
      return msg('zod.invalid_element');
    default:
      return msg('zod.invalid');
  }
}

/**
 * A message written in a schema, in Vietnamese, from its key: `schemaText('schema.note_long', { max })`.
 * Found again by `issueMessageRef`, its parameters read back from the text.
 */
export function schemaText<K extends MessageKey>(key: K, ...args: ParamsArg<K>): string {
  return formatMessage('vi', key, args[0] as Record<string, ParamValue> | undefined);
}

interface SchemaPattern {
  key: MessageKey;
  pattern: RegExp;
  names: string[];
}

let schemaKeys: Map<string, MessageKey> | null = null;
let schemaPatterns: SchemaPattern[] | null = null;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** "10.000" (as the Vietnamese text wrote a number) back to 10000, so English writes "10,000". */
const paramValue = (text: string): ParamValue => (/^\d{1,3}(\.\d{3})*$/u.test(text) ? Number(text.replace(/\./gu, '')) : text);

/** The `schema.*` message a Vietnamese text is, with its parameters; undefined when none. */
function schemaRefOf(text: string): MessageRef | undefined {
  if (!schemaKeys || !schemaPatterns) {
    const keys = (Object.keys(vi) as MessageKey[]).filter((k) => k.startsWith('schema.'));
    const texts = (k: MessageKey): string => vi[k] as string;
    schemaKeys = new Map(keys.filter((k) => !texts(k).includes('{')).map((k) => [texts(k), k]));
    schemaPatterns = keys
      .filter((k) => texts(k).includes('{'))
      .map((key) => ({
        key,
        names: [...texts(key).matchAll(/\{([A-Za-z0-9_]+)\}/gu)].map((m) => m[1]),
        pattern: new RegExp(`^${escapeRegExp(texts(key)).replace(/\\\{[A-Za-z0-9_]+\\\}/gu, '(.+?)')}$`, 'u'),
      }));
  }
  const key = schemaKeys.get(text);
  if (key) return { key };
  for (const { key: k, pattern, names } of schemaPatterns) {
    const m = pattern.exec(text);
    if (m) return { key: k, params: Object.fromEntries(names.map((name, i) => [name, paramValue(m[i + 1])])) };
  }
  return undefined;
}

/** A finished issue (its message already in Vietnamese) as a key and parameters. */
export function issueMessageRef(issue: z.core.$ZodIssue, input: unknown): MessageRef {
  const derived = zodIssueRef(issue, input);
  if (formatMessage('vi', derived.key, derived.params) === issue.message) return derived;
  return schemaRefOf(issue.message) ?? msg('text.raw', { text: issue.message });
}

/** The value at a path of a payload (undefined when the path does not exist). */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
