import { formatMessage } from '../../shared/messages/format';
import type { Lang, MessageRef } from '../../shared/messages/types';

/** Catalogue messages (an import's warnings…) as the user reads them. */
export function messageTexts(refs: readonly MessageRef[], lang: Lang = 'vi'): string[] {
  return refs.map((ref) => formatMessage(lang, ref.key, ref.params));
}
