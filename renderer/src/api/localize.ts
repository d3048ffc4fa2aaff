/**
 * Main sends each error as a message key with parameters (and its Vietnamese text); the page shows
 * it in the UI's language, formatted with the shared catalogues (shared/messages), field issues too.
 */
import type { Envelope } from '../../../shared/ipc/envelope';
import { formatMessage } from '../../../shared/messages/format';
import type { Lang } from '../../../shared/messages/types';

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
