/**
 * Every message an import shows the user, in Vietnamese, each naming the file. Kept in one place so
 * the wording stays consistent and reviewable; the errors are AppErrors with a user-facing code.
 */
import { AppError } from '../errors';
import { formatBytes } from './limits';

const file = (name: string): string => `Tệp “${name}”`;

const invalid = (name: string, problem: string): AppError => new AppError('invalid_input', `${file(name)} ${problem}`);

export const importErrors = {
  wrongExtension: (name: string, accepted: readonly string[]) =>
    invalid(name, `không được nhận: chỉ nhận tệp ${accepted.join(', ')}.`),
  tooLarge: (name: string, size: number, max: number) =>
    new AppError('too_large', `${file(name)} quá lớn (${formatBytes(size)}); giới hạn là ${formatBytes(max)}.`),
  partTooLarge: (name: string, part: string, max: number) =>
    new AppError(
      'too_large',
      `${file(name)} có phần nội dung (${part}) khi giải nén vượt quá ${formatBytes(max)}; tệp quá lớn hoặc là tệp nén bất thường.`,
    ),
  tooManyParagraphs: (name: string, max: number) =>
    new AppError('too_large', `${file(name)} có quá nhiều đoạn văn (trên ${max.toLocaleString('vi-VN')} đoạn).`),
  tooManyPages: (name: string, pages: number, max: number) =>
    new AppError(
      'too_large',
      `${file(name)} có ${pages.toLocaleString('vi-VN')} trang; giới hạn là ${max.toLocaleString('vi-VN')} trang.`,
    ),
  tooManyEntries: (name: string, max: number) =>
    new AppError(
      'too_large',
      `${file(name)} chứa quá nhiều thành phần (trên ${max.toLocaleString('vi-VN')}); không phải tệp Word thông thường.`,
    ),
  empty: (name: string) => invalid(name, 'không có nội dung chữ nào để nhập (văn bản trống).'),
  emptyFile: (name: string) => invalid(name, 'rỗng (0 byte).'),
  notDocx: (name: string) =>
    invalid(
      name,
      'không phải tệp Word .docx (không đúng định dạng Office Open XML). Hãy mở bằng Word và lưu lại dưới dạng .docx.',
    ),
  legacyDoc: (name: string) =>
    invalid(
      name,
      'là tệp Word 97–2003 (.doc) hoặc định dạng Office cũ mang đuôi .docx. Hãy đổi đuôi tệp thành .doc rồi nhập lại, hoặc mở bằng Word và lưu lại dưới dạng .docx.',
    ),
  encrypted: (name: string) =>
    invalid(
      name,
      'được bảo vệ bằng mật khẩu (đã mã hóa). Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi nhập lại.',
    ),
  pdf: (name: string) =>
    invalid(
      name,
      'là tệp PDF mang đuôi .docx. Hãy đổi đuôi tệp thành .pdf rồi nhập lại, hoặc nhập bản Word (.docx) của văn bản.',
    ),
  rtf: (name: string) => invalid(name, 'là tệp RTF, không phải .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.'),
  openDocument: (name: string) =>
    invalid(name, 'là tệp OpenDocument (.odt), không phải .docx. Hãy lưu lại dưới dạng Word (.docx).'),
  noMainDocument: (name: string) =>
    invalid(name, 'là tệp nén nhưng không có phần nội dung văn bản Word (word/document.xml); không phải tệp .docx.'),
  corrupt: (name: string, detail: string) => invalid(name, `bị hỏng hoặc không đọc được (${detail}).`),
  corruptXml: (name: string, part: string) => invalid(name, `bị hỏng: phần ${part} không phải XML hợp lệ.`),
  badUtf8: (name: string) =>
    invalid(name, 'không phải văn bản mã UTF-8 (có thể là mã TCVN3/VNI hoặc Windows-1258). Hãy lưu lại với mã hóa UTF-8.'),
  unreadable: (name: string, detail: string) => invalid(name, `không đọc được: ${detail}.`),
  notFound: (name: string) =>
    invalid(
      name,
      'không đọc được: không tìm thấy tệp ở đường dẫn đã cho (tệp đã bị di chuyển, đổi tên hoặc xóa?). Hãy kiểm tra lại đường dẫn.',
    ),
  notDoc: (name: string) =>
    invalid(name, 'không phải tệp Word 97–2003 (.doc) hợp lệ. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.'),
  word6: (name: string) =>
    invalid(name, 'là tệp Word 6.0/95, quá cũ để đọc. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.'),
  docxNamedDoc: (name: string) =>
    invalid(name, 'thực ra là tệp .docx nhưng mang đuôi .doc. Hãy đổi đuôi tệp thành .docx rồi nhập lại.'),
  pdfNamedDoc: (name: string) =>
    invalid(name, 'thực ra là tệp PDF nhưng mang đuôi .doc. Hãy đổi đuôi tệp thành .pdf rồi nhập lại.'),
  rtfNamedDoc: (name: string) =>
    invalid(name, 'thực ra là tệp RTF mang đuôi .doc. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.'),
  htmlNamedDoc: (name: string) =>
    invalid(
      name,
      'thực ra là trang web (HTML) hoặc XML được lưu với đuôi .doc, không phải tệp Word. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.',
    ),
  notPdf: (name: string) => invalid(name, 'không phải tệp PDF hợp lệ (thiếu phần đầu %PDF).'),
  pdfScanned: (name: string) =>
    invalid(
      name,
      'là bản PDF quét (chỉ có hình ảnh, không có lớp chữ) nên không đọc được nội dung. Hãy xin cơ quan gửi bản Word (.docx hoặc .doc) của văn bản.',
    ),
  pdfEncrypted: (name: string) =>
    invalid(name, 'là tệp PDF được đặt mật khẩu (đã mã hóa). Hãy xin bản không đặt mật khẩu, hoặc bản Word (.docx) của văn bản.'),
  outOfMemory: (name: string) =>
    new AppError('too_large', `${file(name)} quá lớn để đọc: việc đọc tệp vượt quá bộ nhớ cho phép.`),
  timedOut: (name: string, seconds: number) =>
    new AppError('internal', `${file(name)} đọc quá lâu (trên ${seconds} giây) nên đã dừng.`),
  workerFailed: (name: string, detail: string) => new AppError('internal', `${file(name)}: lỗi khi đọc tệp (${detail}).`),
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
