/**
 * Every message an import shows the user, in Vietnamese, each naming the file. Kept in one place so
 * the wording stays consistent and reviewable; the errors are AppErrors with a user-facing code.
 */
import { msg, type MessageKey, type MessageRef, type ParamsArg } from '../../../shared/messages/types';
import { AppError } from '../errors';

const invalid = <K extends MessageKey>(key: K, ...args: ParamsArg<K>): AppError => new AppError('invalid_input', key, ...args);
const bytes = (n: number) => ({ bytes: n });

export const importErrors = {
  wrongExtension: (file: string, accepted: readonly string[]) =>
    invalid('import.wrong_extension', { file, accepted: accepted.join(', ') }),
  tooLarge: (file: string, size: number, max: number) =>
    new AppError('too_large', 'import.file_too_large', { file, size: bytes(size), limit: bytes(max) }),
  partTooLarge: (file: string, part: string, max: number) =>
    new AppError('too_large', 'import.part_too_large', { file, part, limit: bytes(max) }),
  tooManyParagraphs: (file: string, max: number) => new AppError('too_large', 'import.too_many_paragraphs', { file, max }),
  tooManyPages: (file: string, pages: number, max: number) =>
    new AppError('too_large', 'import.too_many_pages', { file, pages, max }),
  tooManyEntries: (file: string, max: number) => new AppError('too_large', 'import.too_many_entries', { file, max }),
  empty: (file: string) => invalid('import.empty', { file }),
  emptyFile: (file: string) => invalid('import.empty_file', { file }),
  notDocx: (file: string) => invalid('import.not_docx', { file }),
  legacyDoc: (file: string) => invalid('import.legacy_doc', { file }),
  encrypted: (file: string) => invalid('import.encrypted', { file }),
  pdf: (file: string) => invalid('import.pdf_named_docx', { file }),
  rtf: (file: string) => invalid('import.rtf', { file }),
  openDocument: (file: string) => invalid('import.open_document', { file }),
  noMainDocument: (file: string) => invalid('import.no_main_document', { file }),
  /** `detail` is a reason from the catalogue, or a library's own words (technical, shown as is). */
  corrupt: (file: string, detail: MessageRef | string) => invalid('import.corrupt', { file, detail }),
  corruptXml: (file: string, part: string) => invalid('import.corrupt_xml', { file, part }),
  badUtf8: (file: string) => invalid('import.bad_utf8', { file }),
  unreadable: (file: string, detail: MessageRef | string) => invalid('import.unreadable', { file, detail }),
  notDoc: (file: string) => invalid('import.not_doc', { file }),
  word6: (file: string) => invalid('import.word6', { file }),
  docxNamedDoc: (file: string) => invalid('import.docx_named_doc', { file }),
  pdfNamedDoc: (file: string) => invalid('import.pdf_named_doc', { file }),
  rtfNamedDoc: (file: string) => invalid('import.rtf_named_doc', { file }),
  htmlNamedDoc: (file: string) => invalid('import.html_named_doc', { file }),
  notPdf: (file: string) => invalid('import.not_pdf', { file }),
  pdfScanned: (file: string) => invalid('import.pdf_scanned', { file }),
  pdfEncrypted: (file: string) => invalid('import.pdf_encrypted', { file }),
  outOfMemory: (file: string) => new AppError('too_large', 'import.out_of_memory', { file }),
  timedOut: (file: string, seconds: number) => new AppError('internal', 'import.timed_out', { file, seconds: String(seconds) }),
  workerFailed: (file: string, detail: MessageRef | string) => new AppError('internal', 'import.worker_failed', { file, detail }),
};

/** What an import lets through but the user should know, as catalogue messages (import.warning.*). */
export const importWarnings = {
  images: (count: number): MessageRef => msg('import.warning.images', { count }),
  textBoxes: (count: number): MessageRef => msg('import.warning.text_boxes', { count }),
  legacyFonts: (fonts: readonly string[]): MessageRef => msg('import.warning.legacy_fonts', { fonts: fonts.join(', ') }),
  embedded: (count: number): MessageRef => msg('import.warning.embedded', { count }),
  legacyWordFormat: (): MessageRef => msg('import.warning.legacy_word'),
  pdfLayout: (): MessageRef => msg('import.warning.pdf_layout'),
  pdfScannedPages: (count: number): MessageRef => msg('import.warning.pdf_scanned_pages', { count }),
  noHeader: (): MessageRef => msg('import.warning.no_header'),
};
