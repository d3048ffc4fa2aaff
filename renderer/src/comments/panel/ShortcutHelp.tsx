import { useTranslation } from 'react-i18next';

/** The keys, written where they are used. */
export function ShortcutHelp() {
  const { t } = useTranslation();
  const keys: Array<[string, string]> = [
    ['Alt+C', t('comments.keys.comment')],
    ['Alt+N', t('comments.keys.note')],
    ['Alt+↓ / Alt+↑', t('comments.keys.nextPrevious')],
    ['J / K', t('comments.keys.nextPreviousLetters')],
    ['↓ / ↑', t('comments.keys.paragraphs')],
    ['Ctrl+Enter', t('comments.keys.save')],
  ];
  return (
    <details className="shortcut-help">
      <summary>{t('comments.keys.title')}</summary>
      <dl>
        {keys.map(([key, what]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
