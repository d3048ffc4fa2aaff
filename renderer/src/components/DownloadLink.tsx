import { useTranslation } from 'react-i18next';
import { downloadUrl } from '../api/client';

/** "Tải về" for a file the app wrote, on the web door (in the desktop app the file is already where the user chose). */
export function DownloadLink({ path, className = 'download-link' }: { path: string; className?: string }) {
  const { t } = useTranslation();
  const href = downloadUrl(path);
  if (!href) return null;
  const name = path.split(/[\\/]/u).pop() ?? '';
  return (
    <a className={className} href={href} download={name}>
      {t('download.link', { name })}
    </a>
  );
}
