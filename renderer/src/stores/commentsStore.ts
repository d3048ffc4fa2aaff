/**
 * What the comment screens hold that is not server data: whose history dialog is open. The
 * comments, answers and revisions themselves live in the query cache (api/comments.ts).
 */
import { create } from 'zustand';

export interface CommentsUiState {
  /** The comment whose revisions the history dialog shows (null: closed). */
  historyCommentId: string | null;
  openHistory(commentId: string): void;
  closeHistory(): void;
}

export const useCommentsStore = create<CommentsUiState>()((set) => ({
  historyCommentId: null,
  openHistory(commentId) {
    set({ historyCommentId: commentId });
  },
  closeHistory() {
    set({ historyCommentId: null });
  },
}));

export const selectHistoryCommentId = (s: CommentsUiState): string | null => s.historyCommentId;
