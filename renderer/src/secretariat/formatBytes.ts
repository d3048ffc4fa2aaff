import type { Locale } from '../../../shared/domain/types';
import { formatNumber } from '../i18n/format';

/** "12 KB", "3,4 MB" in the UI's locale. */
export function formatBytes(bytes: number, locale: Locale): string {
  if (bytes < 1024) return `${formatNumber(bytes, locale)} B`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${formatNumber(Math.round(kb), locale)} KB`;
  return `${formatNumber(Math.round((kb / 1024) * 10) / 10, locale)} MB`;
}
