/**
 * Bounds and file facts shared by main (which enforces them) and the renderer (which checks them
 * before sending). Free of zod, so the page can import it cheaply.
 */

/** Upper bounds on what any request may carry. */
export const LIMITS = {
  id: 100,
  query: 200,
  searchResults: 100,
  name: 200,
  commentText: 10_000,
  proposedText: 10_000,
  quote: 10_000,
  noteText: 10_000,
  draftPayload: 60_000,
  draftKey: 200,
  fileName: 255,
  filesPerImport: 200,
  answerText: 10_000,
  answerGroup: 1_000,
} as const;

/**
 * Windowed lists (issue 18): no answer of a list channel goes over ANSWER_BYTES of JSON. A window
 * ends at its row limit or when its rows reach WINDOW_BYTES, whichever comes first (at least one
 * row); a passage with more than PASSAGE_CARD_COMMENTS comments is shown as several cards.
 */
export const LIST_WINDOWS = {
  answerBytes: 1024 * 1024,
  windowBytes: 768 * 1024,
  compileRows: 40,
  compileMaxRows: 200,
  passageCardComments: 12,
  /** comments:list of a whole session (not a delegate's own): comments per page. */
  commentsPage: 500,
  commentsMaxPage: 2_000,
  /** document:get: at most this many blocks in one window (fewer when they reach the byte budget). */
  documentMaxBlocks: 5_000,
} as const;

/**
 * Comment packages per import call as the exchange screen once sent them, to move its progress bar;
 * progress is pushed now (`import:progress`) and the screen sends up to LIMITS.filesPerImport per call.
 * Kept for the benchmark's comparison.
 */
export const IMPORT_FILES_PER_CALL = 5;

export const COMMENT_PACKAGE_EXT = '.gopy';
export const DOSSIER_PACKAGE_EXT = '.hoso';

export const PACKAGE_LIMITS = {
  /** Compressed file size. */
  fileBytes: 20 * 1024 * 1024,
  /** Decompressed size: a guard against gzip bombs. */
  jsonBytes: 100 * 1024 * 1024,
  comments: 50_000,
  documents: 500,
  blocksPerDocument: 50_000,
  roster: 2_000,
  text: 10_000,
  blockText: 100_000,
} as const;
