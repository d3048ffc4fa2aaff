import { useTranslation } from 'react-i18next';
import { selectPanelOpen, usePanelStore } from '../../stores/commentsPanelStore';
import { selectLiveCount, useMyComments } from '../../api/comments';
import { PANE_ID } from './CommentsPane';

/** "Góp ý (3)" in the header: shows or hides the side panel. */
export function CommentsToggle() {
  const { t } = useTranslation();
  const open = usePanelStore(selectPanelOpen);
  const count = useMyComments(selectLiveCount);
  return (
    <button
      type="button"
      className="header-button comments-toggle"
      aria-expanded={open}
      aria-controls={PANE_ID}
      title={t(open ? 'comments.pane.hide' : 'comments.pane.show')}
      onClick={() => usePanelStore.getState().setOpen(!open)}
    >
      <span className="comments-toggle-icon" aria-hidden="true" />
      {t('comments.pane.toggle', { count })}
    </button>
  );
}
