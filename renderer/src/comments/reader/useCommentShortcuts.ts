import { useEffect } from 'react';
import { filterComments, usePanelStore } from '../../stores/commentsPanelStore';
import { cachedComments } from '../../api/comments';
import { stepComment } from '../panel/CommentsTab';
import { isAltKey, isTypingTarget, modalOpen, noModifiers } from './keys';

/**
 * Next / previous comment from anywhere in the app: Alt+↓ / Alt+↑, or J / K when focus is not in
 * a text field. Steps through the comments the panel lists (its filters apply).
 */
export function useCommentShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || modalOpen() || isTypingTarget(event.target)) return;
      let direction: 1 | -1 | 0 = 0;
      if (isAltKey(event, 'ArrowDown') || (noModifiers(event) && event.key.toLowerCase() === 'j')) direction = 1;
      else if (isAltKey(event, 'ArrowUp') || (noModifiers(event) && event.key.toLowerCase() === 'k')) direction = -1;
      if (!direction) return;
      const list = filterComments(cachedComments(), usePanelStore.getState().filters);
      if (list.length === 0) return;
      event.preventDefault();
      stepComment(list, direction);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
