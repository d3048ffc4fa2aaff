/** Messages of the document import (Word, PDF, text), in Vietnamese; each names the file. */
export const viImport = {
  'import.wrong_extension': 'Tệp “{file}” không được nhận: chỉ nhận tệp {accepted}.',
  'import.file_too_large': 'Tệp “{file}” quá lớn ({size}); giới hạn là {limit}.',
  'import.part_too_large':
    'Tệp “{file}” có phần nội dung ({part}) khi giải nén vượt quá {limit}; tệp quá lớn hoặc là tệp nén bất thường.',
  'import.too_many_paragraphs': 'Tệp “{file}” có quá nhiều đoạn văn (trên {max} đoạn).',
  'import.too_many_pages': 'Tệp “{file}” có {pages} trang; giới hạn là {max} trang.',
  'import.too_many_entries': 'Tệp “{file}” chứa quá nhiều thành phần (trên {max}); không phải tệp Word thông thường.',
  'import.empty': 'Tệp “{file}” không có nội dung chữ nào để nhập (văn bản trống).',
  'import.empty_file': 'Tệp “{file}” rỗng (0 byte).',
  'import.not_docx':
    'Tệp “{file}” không phải tệp Word .docx (không đúng định dạng Office Open XML). Hãy mở bằng Word và lưu lại dưới dạng .docx.',
  'import.legacy_doc':
    'Tệp “{file}” là tệp Word 97–2003 (.doc) hoặc định dạng Office cũ mang đuôi .docx. Hãy đổi đuôi tệp thành .doc rồi nhập lại, hoặc mở bằng Word và lưu lại dưới dạng .docx.',
  'import.encrypted':
    'Tệp “{file}” được bảo vệ bằng mật khẩu (đã mã hóa). Hãy gỡ mật khẩu trong Word (Tệp › Thông tin › Bảo vệ tài liệu) rồi nhập lại.',
  'import.pdf_named_docx':
    'Tệp “{file}” là tệp PDF mang đuôi .docx. Hãy đổi đuôi tệp thành .pdf rồi nhập lại, hoặc nhập bản Word (.docx) của văn bản.',
  'import.rtf': 'Tệp “{file}” là tệp RTF, không phải .docx. Hãy mở bằng Word và lưu lại dưới dạng .docx.',
  'import.open_document': 'Tệp “{file}” là tệp OpenDocument (.odt), không phải .docx. Hãy lưu lại dưới dạng Word (.docx).',
  'import.no_main_document':
    'Tệp “{file}” là tệp nén nhưng không có phần nội dung văn bản Word (word/document.xml); không phải tệp .docx.',
  'import.corrupt': 'Tệp “{file}” bị hỏng hoặc không đọc được ({detail}).',
  'import.corrupt_xml': 'Tệp “{file}” bị hỏng: phần {part} không phải XML hợp lệ.',
  'import.bad_utf8':
    'Tệp “{file}” không phải văn bản mã UTF-8 (có thể là mã TCVN3/VNI hoặc Windows-1258). Hãy lưu lại với mã hóa UTF-8.',
  'import.unreadable': 'Tệp “{file}” không đọc được: {detail}.',
  'import.not_doc':
    'Tệp “{file}” không phải tệp Word 97–2003 (.doc) hợp lệ. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.',
  'import.word6': 'Tệp “{file}” là tệp Word 6.0/95, quá cũ để đọc. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.',
  'import.docx_named_doc': 'Tệp “{file}” thực ra là tệp .docx nhưng mang đuôi .doc. Hãy đổi đuôi tệp thành .docx rồi nhập lại.',
  'import.pdf_named_doc': 'Tệp “{file}” thực ra là tệp PDF nhưng mang đuôi .doc. Hãy đổi đuôi tệp thành .pdf rồi nhập lại.',
  'import.rtf_named_doc':
    'Tệp “{file}” thực ra là tệp RTF mang đuôi .doc. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.',
  'import.html_named_doc':
    'Tệp “{file}” thực ra là trang web (HTML) hoặc XML được lưu với đuôi .doc, không phải tệp Word. Hãy mở bằng Word và lưu lại dưới dạng .docx rồi nhập lại.',
  'import.not_pdf': 'Tệp “{file}” không phải tệp PDF hợp lệ (thiếu phần đầu %PDF).',
  'import.pdf_scanned':
    'Tệp “{file}” là bản PDF quét (chỉ có hình ảnh, không có lớp chữ) nên không đọc được nội dung. Hãy xin cơ quan gửi bản Word (.docx hoặc .doc) của văn bản.',
  'import.pdf_encrypted':
    'Tệp “{file}” là tệp PDF được đặt mật khẩu (đã mã hóa). Hãy xin bản không đặt mật khẩu, hoặc bản Word (.docx) của văn bản.',
  'import.out_of_memory': 'Tệp “{file}” quá lớn để đọc: việc đọc tệp vượt quá bộ nhớ cho phép.',
  'import.timed_out': 'Tệp “{file}” đọc quá lâu (trên {seconds} giây) nên đã dừng.',
  'import.read_error': 'Lỗi khi đọc tệp: {detail}',
  'import.worker_failed': 'Tệp “{file}”: lỗi khi đọc tệp ({detail}).',
  'import.warning.images': 'Văn bản có {count} hình ảnh; hình ảnh không được nhập, chỉ nhập phần chữ.',
  'import.warning.text_boxes':
    'Văn bản có {count} khung chữ (text box); chữ trong khung được đặt thành đoạn riêng trước đoạn chứa khung.',
  'import.warning.legacy_fonts':
    'Văn bản dùng phông chữ cũ ({fonts}); nếu chữ tiếng Việt hiển thị sai, hãy chuyển mã sang Unicode trước khi nhập.',
  'import.warning.embedded': 'Văn bản có {count} phần nhúng (đối tượng OLE, tài liệu nhúng) không được nhập.',
  'import.warning.legacy_word':
    'Tệp Word 97–2003 (.doc): chữ đậm, nghiêng, ô gộp và số thứ tự tự động của Word không được đọc; hãy kiểm tra kỹ phần xem trước.',
  'import.warning.pdf_layout':
    'Tệp PDF: đoạn văn được ghép lại theo vị trí dòng; bảng biểu đọc thành từng dòng chữ, chú thích cuối trang nằm trong thân văn bản. Nếu có bản Word, hãy dùng bản Word.',
  'import.warning.pdf_scanned_pages':
    '{count} trang của tệp PDF chỉ có hình ảnh (trang quét, không có lớp chữ) nên không được nhập; hãy xin bản Word nếu cần các trang đó.',
  'import.warning.no_header':
    'Không nhận ra phần đầu văn bản (cơ quan ban hành, số, ký hiệu, ngày); hãy nhập tay các thông tin này.',
  'import.detail.xml_too_deep': 'cấu trúc XML lồng nhau quá sâu',
  'import.detail.no_body': 'phần nội dung không có thân văn bản (w:body)',
  'import.detail.pdf_unopenable': 'không mở được tệp PDF: {reason}',
  'import.detail.binary_text': 'tệp chứa dữ liệu nhị phân, không phải văn bản thuần',
  'import.detail.not_a_file': 'đây không phải là một tệp',
  'import.detail.zip_no_directory': 'không tìm thấy mục lục tệp nén; tệp có thể bị cắt cụt',
  'import.detail.zip_multipart': 'tệp nén nhiều phần',
  'import.detail.zip64_bad': 'mục lục ZIP64 không hợp lệ',
  'import.detail.zip_directory_outside': 'mục lục tệp nén nằm ngoài tệp; tệp có thể bị cắt cụt',
  'import.detail.zip_directory_broken': 'mục lục tệp nén bị hỏng',
  'import.detail.zip_entry_repeated': 'thành phần “{name}” bị lặp',
  'import.detail.in_part': '{detail} ở phần {part}',
  'import.detail.zip_local_header': 'đầu mục nén bị hỏng',
  'import.detail.zip_truncated': 'dữ liệu bị cắt cụt',
  'import.detail.zip_inflate': 'dữ liệu nén hỏng',
  'import.detail.zip_method': 'phương thức nén {method} không được hỗ trợ',
  'import.detail.zip_size': 'kích thước sau giải nén không khớp',
  'import.detail.zip_crc': 'mã kiểm tra CRC sai',
  'import.detail.worker_exit': 'luồng đọc tệp dừng với mã {code}',
  'import.detail.cancelled': 'đã hủy',
  'import.detail.word_out_of_stream': 'đọc ngoài phạm vi luồng {stream}',
  'import.detail.word_piece_table_bad': 'bảng phân đoạn văn bản không hợp lệ',
  'import.detail.word_no_piece_table': 'không có bảng phân đoạn văn bản',
  'import.detail.ole_unreadable': 'tệp OLE không đọc được: {detail}',
  'import.detail.no_word_stream': 'không có luồng WordDocument',
  'import.detail.no_fib': 'không có khối FIB của Word',
  'import.detail.no_table_stream': 'thiếu luồng bảng (1Table/0Table)',
  'import.detail.too_many_chars': 'quá nhiều ký tự ({count})',
} as const;
