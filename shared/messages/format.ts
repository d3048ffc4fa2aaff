/** Turns a message key and its parameters into text in one language. */
import { en } from './en';
import type { Lang, MessageKey, ParamValue } from './types';
import { isMessageRef } from './types';
import { vi } from './vi';

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { vi, en };
const NUMBER_LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };
const MiB = 1024 * 1024;

export function isMessageKey(key: unknown): key is MessageKey {
  return typeof key === 'string' && Object.hasOwn(vi, key);
}

/** "20 MB", "1.5 MB", "20.971.521 byte" (vi) / "20,971,521 bytes" (en), "12 KB". */
export function formatBytes(lang: Lang, bytes: number): string {
  const unit = lang === 'vi' ? 'byte' : 'bytes';
  // One decimal near a limit would still read "20 MB, over the 20 MB limit": show the bytes then.
  if (bytes >= MiB)
    return Number.isInteger(bytes / MiB) || bytes % MiB > MiB / 20
      ? `${Math.round((bytes / MiB) * 10) / 10} MB`
      : `${bytes.toLocaleString(NUMBER_LOCALE[lang])} ${unit}`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} ${unit}`;
}

function formatParam(lang: Lang, value: ParamValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value.toLocaleString(NUMBER_LOCALE[lang]);
  if (isMessageRef(value)) return formatMessage(lang, value.key, value.params);
  if ('items' in value) return value.items.map((item) => formatParam(lang, item)).join(value.separator);
  return formatBytes(lang, value.bytes);
}

/**
 * The text of a message. An unknown key (a message from a newer main, say) is shown as the key,
 * never thrown: an error about an error helps nobody.
 */
export function formatMessage(lang: Lang, key: string, params: Record<string, ParamValue> = {}): string {
  const text = isMessageKey(key) ? CATALOGUES[lang][key] : key;
  return text.replace(/\{([A-Za-z0-9_]+)\}/gu, (whole, name: string) =>
    Object.hasOwn(params, name) ? formatParam(lang, params[name]) : whole,
  );
}
