/**
 * Messages main builds outside an error: a package's meaning check, a roster CSV's parse error, a
 * group of packages lost with its transaction, a failed export, the start-up failure and restore,
 * an import stopped. Each travels as a key with parameters (shared/messages/types.ts MessageRef).
 */
export const viStatus = {
  'package.why.comment': 'góp ý {id} {problem}',
  'package.meaning.item_unknown': 'nói về nội dung "{item}" không có trong chương trình kỳ họp.',
  'package.meaning.document_not_in_item': 'nói về tài liệu "{document}" không có trong nội dung "{item}".',
  'package.meaning.anchor_without_document': 'có đoạn trích nhưng không nói thuộc tài liệu nào.',
  'package.meaning.block_unknown': 'trích một đoạn văn ("{block}") không có trong tài liệu.',
  'package.meaning.past_block_end': 'trích vượt quá cuối đoạn văn (ký tự {end}, đoạn dài {length}).',
  'package.meaning.lines_outside': 'ghi dòng {first}–{last}, ngoài các dòng {blockFirst}–{blockLast} của đoạn văn được trích.',
  'package.write_failed':
    'Tệp "{file}" chưa được nhập: ghi vào cơ sở dữ liệu thất bại (ổ đĩa đầy hoặc lỗi đọc ghi). Hãy nhập lại tệp.',
  'package.import_stopped': 'Đã dừng nhập gói góp ý.',
  'roster.why.csv_quote_not_closed': 'không đọc được CSV: có dấu ngoặc kép mở mà không đóng{where}.',
  'roster.why.csv_after_closing_quote': 'không đọc được CSV: có ký tự ngay sau dấu ngoặc kép đóng{where}.',
  'roster.why.csv_quote_in_cell': 'không đọc được CSV: dấu ngoặc kép đặt giữa ô{where}.',
  'roster.why.csv_line_too_long': 'không đọc được CSV: một dòng quá dài{where}.',
  'roster.why.csv_other': 'không đọc được CSV{where}; hãy lưu lại bảng tính dưới dạng "CSV UTF-8".',
  'roster.why.csv_where_line': ' ở dòng {line}',
  'export.failed_pdf': 'Không tạo được tệp PDF: {detail}',
  'export.failed_docx': 'Không tạo được tệp Word: {detail}',
  'export.worker_exit': 'Luồng tạo tệp dừng bất thường (mã {code}).',
  'export.worker_out_of_memory': 'Luồng tạo tệp hết bộ nhớ.',
  'export.worker_timeout': 'Tạo tệp quá {seconds} giây.',
  'startup.cannot_open': 'Không mở được dữ liệu: {detail}',
  'startup.offer_restore':
    '{problem} Có thể khôi phục bản sao lưu gần nhất còn tốt ({name}){skipped}; tệp hiện tại sẽ được giữ lại bên cạnh, không bị ghi đè.',
  'startup.skipped_newer': ' ({count} bản mới hơn bị hỏng nên bỏ qua)',
  'startup.no_good_backup': '{problem} Không có bản sao lưu tốt nào trong thư mục dữ liệu.',
  'startup.restored': 'Đã khôi phục {name}.{skipped}{movedAside}',
  'startup.restore_skipped': ' Bỏ qua {name} (hỏng: {problem}).',
  'startup.moved_aside': ' Tệp cũ được giữ tại {path}.',
} as const;
