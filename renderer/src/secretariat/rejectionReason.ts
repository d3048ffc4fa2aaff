import type { PackageFileResult } from '../../../shared/domain/packages';

/**
 * Main words a rejection as `Tệp "<name>" bị từ chối: <reason>`; the list already names the file
 * and says "bị từ chối", so only the reason is shown. Anything else is shown whole.
 */
export function rejectionReason(result: PackageFileResult): string {
  const message = result.message ?? '';
  const prefix = `Tệp "${result.fileName}" bị từ chối: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
