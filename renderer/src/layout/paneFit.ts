/**
 * Where the side panes go: beside the content ("docked") when the content keeps the room it needs,
 * otherwise over it ("overlay", a drawer the user closes with Escape or its button). In the reader
 * the content needs the whole fixed-line column, so panes fold before a numbered line would wrap;
 * the comment pane keeps its place before the agenda does (it is what one writes in while reading).
 * Each pane's mode is given as if it were open, so opening it never moves the other.
 */
export type PaneMode = 'docked' | 'overlay';

export interface PaneFitInput {
  /** Width of the page, without the scroll bar. */
  viewport: number;
  /** Width the content needs beside the panes (the reader's column, or a minimum elsewhere). */
  content: number;
  agendaWidth: number;
  commentsWidth: number;
  commentsOpen: boolean;
}

export interface PaneFit {
  agenda: PaneMode;
  comments: PaneMode;
  /** The agenda's mode once the comment pane is open too (to make room when it opens). */
  agendaWithComments: PaneMode;
}

export function fitPanes({ viewport, content, agendaWidth, commentsWidth, commentsOpen }: PaneFitInput): PaneFit {
  const fits = (width: number) => viewport - width >= content;
  const comments: PaneMode = fits(commentsWidth) ? 'docked' : 'overlay';
  const besideComments = comments === 'docked' ? commentsWidth : 0;
  const agendaWithComments: PaneMode = fits(agendaWidth + besideComments) ? 'docked' : 'overlay';
  const agenda: PaneMode = commentsOpen ? agendaWithComments : fits(agendaWidth) ? 'docked' : 'overlay';
  return { agenda, comments, agendaWithComments };
}
