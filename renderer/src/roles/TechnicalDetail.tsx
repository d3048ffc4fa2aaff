import { useTranslation } from 'react-i18next';

/** Main's marker between the plain words and the technical detail (shared/messages, package.why.*). */
const MARKERS = ['Chi tiết kỹ thuật:', 'Technical detail:'];

/** A refusal in plain words, with its technical detail one click away. */
export function PlainMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  const marker = MARKERS.find((m) => message.includes(m));
  if (!marker) return <>{message}</>;
  const at = message.indexOf(marker);
  return (
    <>
      {message.slice(0, at).trim()}{' '}
      <details className="sx-technical">
        <summary>{t('roles.technical')}</summary>
        {message.slice(at + marker.length).trim()}
      </details>
    </>
  );
}
