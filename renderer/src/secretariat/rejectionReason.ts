import type { PackageFileResult } from '../../../shared/domain/packages';
import { formatMessage } from '../../../shared/messages/format';
import { isMessageRef, type Lang } from '../../../shared/messages/types';

/**
 * The list already names the file and says "refused", so only the reason is shown: the `why` of
 * main's `package.rejected` (`Tệp "<name>" bị từ chối: <why>`), in the UI's language. A result
 * without a message key (an older main) is cut at the Vietnamese prefix; anything else is whole.
 */
export function rejectionReason(result: PackageFileResult, lang: Lang = 'vi'): string {
  const reason = result.reason;
  if (reason) {
    const why = reason.params?.why;
    if (reason.key === 'package.rejected' && isMessageRef(why)) return formatMessage(lang, why.key, why.params);
    const whole = formatMessage(lang, reason.key, reason.params);
    const prefix = lang === 'vi' ? `Tệp "${result.fileName}" bị từ chối: ` : `File "${result.fileName}" refused: `;
    return whole.startsWith(prefix) ? whole.slice(prefix.length) : whole;
  }
  const message = result.message ?? '';
  const prefix = `Tệp "${result.fileName}" bị từ chối: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
