/**
 * Bounds on what an import will read, so a huge or hostile file is refused with a message instead of
 * freezing or exhausting the app. The numbers, and why, are in docs/docx-import.md.
 */
const MiB = 1024 * 1024;

export interface ImportLimits {
  /** Size of a .docx, .doc or .pdf file. */
  maxDocxBytes: number;
  /** Size of a .txt or .md file. */
  maxTextBytes: number;
  /** Entries in the .docx zip archive. */
  maxZipEntries: number;
  /** Uncompressed size of the main document part (word/document.xml). */
  maxDocumentXmlBytes: number;
  /** Uncompressed size of any other part read (styles, numbering, footnotes, relationships). */
  maxOtherPartBytes: number;
  /** Characters in a .doc (all stories). */
  maxDocChars: number;
  /** Pages of a PDF. */
  maxPdfPages: number;
  /** Paragraphs and table rows in the result. */
  maxParagraphs: number;
}

export const DEFAULT_LIMITS: Readonly<ImportLimits> = Object.freeze({
  maxDocxBytes: 20 * MiB,
  maxTextBytes: 5 * MiB,
  maxZipEntries: 5000,
  maxDocumentXmlBytes: 24 * MiB,
  maxOtherPartBytes: 8 * MiB,
  maxParagraphs: 100_000,
  maxDocChars: 20_000_000,
  maxPdfPages: 2_000,
});

export function withLimits(overrides?: Partial<ImportLimits>): ImportLimits {
  return { ...DEFAULT_LIMITS, ...overrides };
}

/** "20 MB", "512 KB": for messages. */
export function formatBytes(bytes: number): string {
  // One decimal near a limit would still read "20 MB, over the 20 MB limit": show the bytes then.
  if (bytes >= MiB)
    return Number.isInteger(bytes / MiB) || bytes % MiB > MiB / 20
      ? `${Math.round((bytes / MiB) * 10) / 10} MB`
      : `${bytes.toLocaleString('vi-VN')} byte`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} byte`;
}
