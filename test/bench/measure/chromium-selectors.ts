/**
 * The renderer's DOM as the Chromium measurements see it: the only place that knows it. When the
 * UI changes, update these (and nothing else); a selector that no longer matches makes the
 * measurement report an error naming this file, never hang.
 */
export const SELECTORS = {
  /** A document link in the agenda: the agenda is shown. */
  agendaDocument: 'a.agenda-doc',
  /** The link to one document. */
  documentLink: (documentId: string) => `a.agenda-doc[data-document-id="${documentId}"]`,
  /** Any block of the open document's text. */
  anyBlock: '.doc-body [data-block-id]',
  /** One block, by id. */
  block: (blockId: string) => `[data-block-id="${blockId}"]`,
  /** The document body once every block is on the page (progressive rendering finished). */
  bodyComplete: '.doc-body[data-complete="true"]',
  /**
   * Where the mouse wheel lands to scroll the document: a point over the text at 1440×900, below the
   * document's header and its table of contents (which scrolls on its own and keeps the wheel).
   */
  scrollPoint: { x: 900, y: 860 },
  /** The secretariat's compiled view, and one comment card in its list. */
  compileHash: '#/compile',
  compiledComment: '.sx-comment-card',
  /** Page code, true once the document has scrolled (the window, or the main pane if it scrolls itself). */
  scrolledProbe: "[document.scrollingElement, document.querySelector('.main-pane')].some((e) => e && e.scrollTop > 0)",
} as const;

export const SELECTORS_FILE = 'test/bench/measure/chromium-selectors.ts';
