import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Comment } from '../../../../shared/domain/comments';
import { useProgressiveCount } from '../../hooks/useProgressiveCount';
import { filterComments, selectActive, selectFilters, usePanelStore } from '../../stores/commentsPanelStore';
import { cachedComment, removeComment, selectComments, useCommentsStatus, useMyComments } from '../../api/comments';
import { useCommentsStore } from '../../stores/commentsStore';
import { selectAuthorId, useIdentityView } from '../../api/identity';
import { goToComment, stepThrough } from '../reader/navigate';
import { CommentCard } from './CommentCard';
import { CommentFiltersBar } from './CommentFiltersBar';
import { ConfirmDialog } from './ConfirmDialog';
import { HistoryDialog } from './HistoryDialog';

/** The comments the panel shows now, in main's order (agenda, document, passage). */
export function useListedComments(): Comment[] {
  const comments = useMyComments(selectComments);
  const filters = usePanelStore(selectFilters);
  return useMemo(() => filterComments(comments, filters), [comments, filters]);
}

/** Goes to the next or previous listed comment (deleted ones are skipped). */
export function stepComment(list: readonly Comment[], direction: 1 | -1): void {
  const active = usePanelStore.getState().active;
  const live = list.filter((c) => !c.deleted);
  const next = stepThrough(live, active?.kind === 'comments' ? active.id : null, direction);
  if (next) goToComment(next);
}

/** The comments tab: filters, previous/next, the list (rendered progressively when long). */
export function CommentsTab() {
  const { t } = useTranslation();
  const list = useListedComments();
  const status = useCommentsStatus();
  const active = usePanelStore(selectActive);
  const authorId = useIdentityView(selectAuthorId);
  const [deleting, setDeleting] = useState<Comment | null>(null);
  const [notice, setNotice] = useState('');
  const count = useProgressiveCount(list.length, 60, 200);
  const live = list.filter((c) => !c.deleted);
  const position = active?.kind === 'comments' ? live.findIndex((c) => c.id === active.id) : -1;
  const onHistory = useCallback((c: Comment) => useCommentsStore.getState().openHistory(c.id), []);

  return (
    <>
      <CommentFiltersBar />
      <div className="comment-nav" role="group" aria-label={t('comments.nav.label')}>
        <button type="button" className="button button-small" onClick={() => stepComment(list, -1)} disabled={live.length === 0}>
          <span aria-hidden="true">↑ </span>
          {t('comments.nav.previous')}
        </button>
        <button type="button" className="button button-small" onClick={() => stepComment(list, 1)} disabled={live.length === 0}>
          <span aria-hidden="true">↓ </span>
          {t('comments.nav.next')}
        </button>
        <span className="comment-nav-position" aria-live="polite">
          {live.length === 0
            ? ''
            : position >= 0
              ? t('comments.nav.position', { n: position + 1, total: live.length })
              : t('comments.nav.count', { count: live.length })}
        </span>
      </div>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {status === 'ready' && list.length === 0 && <p className="pane-empty">{t('comments.empty')}</p>}
      <ol className="comment-list" aria-label={t('comments.listLabel')}>
        {list.slice(0, count).map((c) => (
          <li key={c.id}>
            <CommentCard
              comment={c}
              mine={c.author.id === authorId}
              active={active?.kind === 'comments' && active.id === c.id}
              focusNonce={active?.kind === 'comments' && active.id === c.id && active.focusCard ? active.nonce : null}
              onDelete={setDeleting}
              onHistory={onHistory}
            />
          </li>
        ))}
      </ol>
      {deleting && (
        <ConfirmDialog
          title={t('comments.delete.title')}
          body={t('comments.delete.body')}
          confirmLabel={t('comments.delete.confirm')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            const result = await removeComment(deleting.id, deleting.revision);
            if (result.ok) {
              setNotice(t('comments.delete.done'));
              requestAnimationFrame(() => document.getElementById('pane-comments')?.focus());
              return null;
            }
            if (result.code !== 'conflict') return result.message;
            const latest = cachedComment(deleting.id);
            if (!latest || latest.deleted) return result.message;
            setDeleting(latest);
            return t('comments.delete.conflict', { n: latest.revision });
          }}
        />
      )}
      <HistoryDialog />
    </>
  );
}
