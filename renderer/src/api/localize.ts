/**
 * Main sends each error as a message key with parameters (and its Vietnamese text); the page shows
 * it in the UI's language, formatted with the shared catalogues (shared/messages), field issues too.
 */
import type { Envelope } from '../../../shared/ipc/envelope';
import { formatMessage } from '../../../shared/messages/format';
import type { Lang, MessageRef } from '../../../shared/messages/types';

export function localizeEnvelope<T>(result: Envelope<T>, lang: Lang): Envelope<T> {
  if (result.ok || lang === 'vi' || typeof result.error?.key !== 'string') return result;
  const { error } = result;
  return {
    ok: false,
    error: {
      ...error,
      message: formatMessage(lang, error.key, error.params),
      ...(error.issues ? { issues: error.issues.map((i) => ({ ...i, message: formatMessage(lang, i.key, i.params) })) } : {}),
    },
  };
}

/** A message main sent inside a result (a job's failure, a package's refusal), in the UI's language; else its text. */
export function messageText(lang: Lang, ref: MessageRef | null | undefined, text: string | null): string | null {
  return ref ? formatMessage(lang, ref.key, ref.params) : text;
}
