/**
 * Every message an import shows the user, in Vietnamese, each naming the file. Kept in one place so
 * the wording stays consistent and reviewable; the errors are AppErrors with a user-facing code.
 */
import type { MessageKey, ParamsArg } from '../../../shared/messages/types';
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
  /** `detail` is a technical reason, shown as is (Vietnamese, or the library's own words). */
  corrupt: (file: string, detail: string) => invalid('import.corrupt', { file, detail }),
  corruptXml: (file: string, part: string) => invalid('import.corrupt_xml', { file, part }),
  badUtf8: (file: string) => invalid('import.bad_utf8', { file }),
  unreadable: (file: string, detail: string) => invalid('import.unreadable', { file, detail }),
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
  workerFailed: (file: string, detail: string) => new AppError('internal', 'import.worker_failed', { file, detail }),
};

export const importWarnings = {
  images: (count: number) => `Văn bản có ${count} hình ảnh; hình ảnh không được nhập, chỉ nhập phần chữ.`,
  textBoxes: (count: number) =>
    `Văn bản có ${count} khung chữ (text box); chữ trong khung được đặt thành đoạn riêng trước đoạn chứa khung.`,
  legacyFonts: (fonts: readonly string[]) =>
    `Văn bản dùng phông chữ cũ (${fonts.join(', ')}); nếu chữ tiếng Việt hiển thị sai, hãy chuyển mã sang Unicode trước khi nhập.`,
  embedded: (count: number) => `Văn bản có ${count} phần nhúng (đối tượng OLE, tài liệu nhúng) không được nhập.`,
  legacyWordFormat: () =>
    'Tệp Word 97–2003 (.doc): chữ đậm, nghiêng, ô gộp và số thứ tự tự động của Word không được đọc; hãy kiểm tra kỹ phần xem trước.',
  pdfLayout: () =>
    'Tệp PDF: đoạn văn được ghép lại theo vị trí dòng; bảng biểu đọc thành từng dòng chữ, chú thích cuối trang nằm trong thân văn bản. Nếu có bản Word, hãy dùng bản Word.',
  pdfScannedPages: (count: number) =>
    `${count} trang của tệp PDF chỉ có hình ảnh (trang quét, không có lớp chữ) nên không được nhập; hãy xin bản Word nếu cần các trang đó.`,
  noHeader: () => 'Không nhận ra phần đầu văn bản (cơ quan ban hành, số, ký hiệu, ngày); hãy nhập tay các thông tin này.',
};
