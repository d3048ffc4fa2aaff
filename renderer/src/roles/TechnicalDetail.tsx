import { useTranslation } from 'react-i18next';

/** Main's marker between the plain words and the technical detail (main/core/packages/envelope.ts). */
const TECHNICAL = 'Chi tiết kỹ thuật:';

/** A refusal in plain words, with its technical detail one click away. */
export function PlainMessage({ message }: { message: string }) {
  const { t } = useTranslation();
  const at = message.indexOf(TECHNICAL);
  if (at < 0) return <>{message}</>;
  return (
    <>
      {message.slice(0, at).trim()}{' '}
      <details className="sx-technical">
        <summary>{t('roles.technical')}</summary>
        {message.slice(at + TECHNICAL.length).trim()}
      </details>
    </>
  );
}
