/**
 * Every message main sends the user, in Vietnamese (the source language). A key's parameters are
 * its `{name}` placeholders; en.ts must have the same keys and the same placeholders (checked by
 * the compiler and by test/shared/messages.test.ts). How to add one: docs/architecture.md.
 */
import { viImport } from './vi.import';
import { viZod } from './vi.zod';
import { viStatus } from './vi.status';
import { viDoors } from './vi.doors';

export const vi = {
  ...viImport,
  ...viZod,
  ...viStatus,
  ...viDoors,
  // Doors and dispatch
  'ipc.unknown_channel': 'Kênh "{channel}" không tồn tại.',
  'ipc.invalid_payload': 'Dữ liệu gửi tới "{channel}" không hợp lệ ({issues}).',
  'ipc.issue_at': '{path}: {issue}',
  'ipc.file_too_large': 'Tệp {file} không hợp lệ: lớn hơn giới hạn {limit} MB; tệp không được đọc.',
  'ipc.file_unnamed': 'gửi lên',
  'ipc.unexpected': 'Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện.',
  'ipc.not_from_window': 'Yêu cầu không đến từ cửa sổ của ứng dụng nên bị từ chối.',
  'ipc.no_main': 'Không kết nối được với tiến trình chính của ứng dụng.',
  'web.post_only': 'Chỉ chấp nhận POST.',
  'web.get_only': 'Chỉ chấp nhận GET.',
  'web.bad_token': 'Thiếu hoặc sai mã truy cập của phiên làm việc.',
  'web.body_too_large': 'Dữ liệu gửi lên quá lớn.',
  'web.bad_json': 'Dữ liệu gửi lên không phải JSON hợp lệ.',
  'web.bad_file_name': 'Tên tệp không hợp lệ.',
  'web.download_only_exports': 'Chỉ tải được tệp ứng dụng đã xuất (một tên tệp, không có đường dẫn).',
  'web.export_not_found': 'Không tìm thấy tệp đã xuất.',
  'web.internal': 'Lỗi máy chủ nội bộ.',
  'web.bad_port': 'Cổng không hợp lệ: {port}',
  'web.renderer_missing': 'Chưa dựng giao diện (out/renderer). Hãy chạy "npm run build" trước.',
  'web.open_failed': '{message}\n{restore}',
  // Text that came from elsewhere (a system error, an older message) and is shown as is.
  'text.raw': '{text}',

  // Files at the doors
  'file.not_found':
    'Không tìm thấy tệp hoặc thư mục "{name}" ({path}): có thể đã bị di chuyển, đổi tên hoặc xóa. Hãy kiểm tra lại đường dẫn.',
  'file.no_permission': 'Không có quyền đọc "{name}" ({path}).',
  'file.is_directory': '"{name}" là một thư mục, không phải tệp.',
  'file.unreadable': 'Không đọc được "{name}" ({path}).',
  'file.too_large': 'Tệp "{file}" bị từ chối: nặng {size}, lớn hơn giới hạn {limit}; tệp không được đọc.',
  'file.exists': 'Tệp "{path}" đã tồn tại; dùng --force để ghi đè.',
  'file.save_cancelled': 'Đã hủy lưu tệp.',

  // Sessions, agenda, documents
  'session.none': 'Chưa có kỳ họp nào trong dữ liệu.',
  'session.not_found': 'Không tìm thấy kỳ họp này.',
  'session.end_before_start': 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
  'agenda.item_not_found': 'Không tìm thấy nội dung này trong chương trình.',
  'agenda.item_not_in_session': 'Không tìm thấy nội dung này trong chương trình kỳ họp.',
  'agenda.item_has_comments': 'Nội dung này đã có góp ý của đại biểu nên không thể xóa; hãy sửa tên hoặc chuyển buổi.',
  'agenda.changed_elsewhere': 'Chương trình đã thay đổi ở nơi khác; hãy tải lại rồi sắp xếp lại.',
  'document.not_found': 'Không tìm thấy tài liệu "{id}".',
  'document.not_in_session': 'Không tìm thấy tài liệu này trong kỳ họp hiện tại.',
  'document.has_comments': 'Tài liệu này đã có góp ý của đại biểu nên không thể xóa; hãy nhập phiên bản mới thay thế.',
  'note.not_found': 'Không tìm thấy ghi chú này.',

  // Comments and answers
  'comment.no_identity': 'Hãy cho biết bạn là ai (chọn tên trong danh sách đại biểu) trước khi góp ý hoặc xuất góp ý.',
  'comment.item_not_in_session': 'Không tìm thấy nội dung chương trình này trong kỳ họp hiện tại.',
  'comment.document_not_in_item': 'Tài liệu không thuộc nội dung chương trình đã chọn.',
  'comment.anchor_needs_document': 'Góp ý vào một đoạn văn phải thuộc một tài liệu.',
  'comment.not_mine': 'Không tìm thấy góp ý này trong các góp ý của bạn.',
  'comment.deleted': 'Góp ý này đã bị xóa.',
  'comment.stale_revision': 'Góp ý đã được sửa ở nơi khác (bản sửa {revision}); hãy tải lại trước khi sửa tiếp.',
  'comment.not_found': 'Không tìm thấy góp ý này.',
  'anchor.block_not_found': 'Không tìm thấy đoạn văn được chọn trong tài liệu này.',
  'anchor.out_of_block': 'Vị trí đoạn trích không nằm trong đoạn văn.',
  'anchor.quote_mismatch': 'Đoạn trích không khớp với nội dung văn bản; hãy chọn lại đoạn cần góp ý.',
  'answer.comment_gone': 'Một góp ý trong nhóm không còn tồn tại; chưa trả lời góp ý nào.',
  'identity.not_in_roster': 'Không tìm thấy đại biểu này trong danh sách của kỳ họp.',
  'identity.choose_or_type': 'Hãy chọn tên trong danh sách đại biểu hoặc nhập họ tên và tổ đại biểu.',
  'on_behalf.not_in_roster': 'Không tìm thấy đại biểu này trong danh sách của kỳ họp; hãy kiểm tra mã đại biểu.',
  'on_behalf.no_delegation': 'Không có Tổ đại biểu "{delegation}" trong danh sách; hãy ghi đúng tên Tổ như trong danh sách.',

  // Revised draft
  'revision.export_unresolved':
    'Dự thảo chỉnh lý còn xung đột hoặc thay đổi không còn khớp; hãy xử lý hết (lệnh revisions) rồi xuất lại.',
  'revision.nothing_to_export':
    'Tài liệu này chưa có thay đổi nào được tiếp thu (hoặc phiên bản hiện tại không phải dự thảo chỉnh lý); chưa có gì để xuất.',
  'revision.conflicts_remain':
    'Còn {count} chỗ xung đột giữa các thay đổi đã tiếp thu; hãy chọn một thay đổi hoặc viết lời văn hợp nhất cho từng chỗ rồi làm lại.',
  'revision.stale_remain':
    'Còn {count} thay đổi không còn khớp với phiên bản hiện tại; hãy xem danh sách thay đổi, rút lại hoặc sửa trực tiếp đoạn đó rồi làm lại.',
  'revision.nothing_accepted': 'Tài liệu này chưa có thay đổi nào được tiếp thu; chưa có gì để làm dự thảo chỉnh lý.',
  'revision.block_gone': 'Đoạn văn này không còn trong phiên bản hiện tại của tài liệu; hãy mở lại tài liệu rồi chọn lại.',
  'revision.cannot_edit': 'Không sửa được đoạn đã chọn: {reason}. Hãy chọn lại đoạn cần sửa.',
  'revision.select_a_word': 'Hãy chọn ít nhất một từ của đoạn cần sửa.',
  'revision.same_wording': 'Lời văn mới giống hệt đoạn đang có; không có gì để sửa.',
  'revision.change_not_pending':
    'Một thay đổi đã chọn không còn chờ áp dụng (đã được xử lý hoặc không thuộc tài liệu này); hãy tải lại danh sách.',
  'revision.not_one_group':
    'Các thay đổi đã chọn không phải là đúng một nhóm xung đột; hãy chọn lại cả nhóm như danh sách xung đột hiển thị.',
  'revision.kept_not_in_group': 'Thay đổi được giữ lại phải thuộc nhóm xung đột này.',
  'revision.stale.block_missing': 'đoạn văn không còn trong phiên bản hiện tại',
  'revision.stale.out_of_range': 'vị trí không còn nằm trong đoạn văn',
  'revision.stale.text_changed': 'đoạn văn đã đổi lời văn từ khi được tiếp thu',
  'revision.stale.splits_character': 'vị trí cắt ngang một chữ có dấu',
  'revision.stale.breaks_table': 'thay đổi vượt qua ranh giới ô của bảng',
  'accept.wording_without_accept': 'Lời văn sửa chỉ dùng khi tiếp thu lời văn đề xuất; hãy chọn cả “tiếp thu lời văn”.',
  'accept.only_tiep_thu': 'Chỉ có thể đưa lời văn vào dự thảo chỉnh lý khi trả lời là “Tiếp thu”.',
  'accept.one_comment': 'Chỉ tiếp thu lời văn đề xuất cho từng góp ý một; hãy trả lời riêng góp ý có lời văn cần tiếp thu.',
  'accept.comment_deleted': 'Góp ý này đã bị đại biểu xóa; không thể tiếp thu lời văn của góp ý đã xóa.',
  'accept.no_anchor': 'Góp ý này không gắn với đoạn nào của dự thảo nên không có lời văn để tiếp thu.',
  'accept.no_wording':
    'Góp ý này không đề xuất lời văn; hãy nhập lời văn sửa của Văn phòng hoặc trả lời mà không tiếp thu lời văn.',
  'accept.passage_gone':
    'Đoạn văn mà góp ý này trích dẫn không còn trong phiên bản hiện tại của dự thảo; không thể tiếp thu lời văn. Hãy sửa trực tiếp đoạn văn mới (kèm lý do).',
  'accept.same_wording': 'Lời văn tiếp thu giống hệt đoạn đang có; không có gì để sửa.',

  // Reports and exports
  'report.no_comments_for_sheet': 'Chưa có góp ý nào để in phiếu.',
  'report.no_comments_to_compile': 'Chưa có góp ý nào để tổng hợp.',
  'pdf.job_not_found': 'Không tìm thấy lượt xuất PDF này.',
  'pdf.cancelled': 'Đã hủy xuất PDF.',
  'pdf.not_done': 'Tệp PDF chưa tạo xong.',

  // Packages (.gopy, .hoso) and keys
  'package.rejected': 'Tệp "{file}" bị từ chối: {why}',
  'package.older':
    'Gói này cũ hơn gói đã nhập của đại biểu: gói này xuất lúc {exported}, gói đã nhập xuất lúc {latest}; các góp ý trong gói mới hơn được giữ, không có gì thay đổi.',
  'package.held_new_key':
    'khóa mới — chờ xác nhận: khóa cũ {old}, khóa mới {new}. Hãy so dấu khóa mới với phiếu góp ý có chữ ký của đại biểu rồi chấp nhận hoặc từ chối.',
  'package.unexpected': 'Tệp "{file}" bị từ chối: lỗi không mong muốn ({detail}).',
  'package.too_large': 'Tệp "{file}" bị từ chối: lớn hơn giới hạn {limit} MB.',
  'package.unzipped_too_large': 'Tệp "{file}" bị từ chối: nội dung giải nén vượt quá {limit} MB.',
  'package.why.not_gzip':
    'tệp bị cắt cụt hoặc hỏng khi chép, hoặc không phải {kind}; hãy chép lại tệp từ nguồn hoặc đề nghị người gửi gửi lại. Chi tiết kỹ thuật: không giải nén được (gzip).',
  'package.why.bad_json': 'nội dung bị hỏng (không đọc được JSON).',
  'package.why.bad_structure': 'không đúng cấu trúc {kind}.',
  'package.why.wrong_kind': 'đây không phải {kind}.',
  'package.why.version': 'phiên bản định dạng {version} chưa được hỗ trợ; hãy cập nhật ứng dụng.',
  'package.why.tampered':
    'tệp đã bị thay đổi sau khi được ký; hãy đề nghị người gửi gửi lại tệp. Chi tiết kỹ thuật: mã băm SHA-256 không khớp.',
  'package.why.bad_signature':
    'chữ ký số không hợp lệ: tệp có thể đã bị sửa hoặc giả mạo; hãy đề nghị người gửi gửi lại tệp. Chi tiết kỹ thuật: chữ ký Ed25519 không khớp với nội dung.',
  'package.why.invalid_data': 'dữ liệu không hợp lệ ({path}: {issue}).',
  'package.why.root': 'gốc',
  'package.why.other_session': 'gói góp ý thuộc kỳ họp khác ("{session}"), không phải kỳ họp đang mở.',
  'package.why.refused_key':
    'được ký bằng khóa mới {fingerprint} mà Văn phòng đã từ chối ngày {date} ({reason}). Hãy liên hệ đại biểu {name} để kiểm tra máy và phiếu góp ý có chữ ký.',
  'package.why.other_author': 'góp ý {id} thuộc về một đại biểu khác.',
  'package.kind.comments': 'gói góp ý',
  'package.kind.dossier': 'hồ sơ kỳ họp',
  'dossier.other_publisher':
    'Tệp "{file}" bị từ chối: được ký bởi một nơi phát hành khác với hồ sơ kỳ họp đã có; có thể đã bị giả mạo.',
  'dossier.two_issues':
    'Hồ sơ "{file}" chưa được nhận: Văn phòng đã phát hành hai hồ sơ khác nhau cùng phiên bản {version} ({firstMachine} lúc {firstAt}, {secondMachine} lúc {secondAt}). Hãy báo Văn phòng phát hành một phiên bản mới từ máy đã có đủ thay đổi.',
  'dossier.machine': 'máy "{name}"',
  'dossier.another_machine': 'một máy khác',
  'dossier.untrusted_key':
    'Hồ sơ "{file}" chưa được nhận: tệp được ký bởi một khóa văn phòng máy này chưa biết, dấu khóa {fingerprint} ("{office}"). Máy này chỉ nhận hồ sơ từ: {known}. Hãy gọi điện hoặc hỏi trực tiếp Văn phòng để so dấu khóa; nếu đúng, bấm "Tin khóa này và nhập" (hoặc thêm --trust {fingerprint} vào lệnh import). Nếu không đúng, đừng dùng tệp này.',
  'keys.no_office_key': 'Máy này chưa có khóa văn phòng.',
  'keys.office_key_os_protected':
    'Khóa văn phòng của máy này được hệ điều hành bảo vệ; hãy làm việc này từ ứng dụng trên máy tính (npm start).',
  'keys.not_publisher': 'Máy này không giữ khóa của văn phòng đã phát hành kỳ họp này.',
  'keys.no_signing_key': 'Máy này chưa có khóa ký.',
  'keys.signing_key_os_protected':
    'Khóa ký của máy này được hệ điều hành bảo vệ; hãy ký gói từ ứng dụng trên máy tính (npm start).',
  'keys.nothing_held': 'Không có gói nào của đại biểu này đang chờ xác nhận khóa mới.',
  'keys.several_waiting': 'Đại biểu này có {count} khóa mới đang chờ ({fingerprints}); hãy chọn một dấu khóa.',
  'keys.passphrase_too_short': 'Cụm mật khẩu quá ngắn: hãy dùng ít nhất {min} ký tự (nên là một câu dễ nhớ).',
  'keyfile.refused': 'Tệp khóa "{file}" chưa được nhập: {why}',
  'keyfile.why.not_a_key_file': 'đây không phải tệp khóa văn phòng, hoặc tệp bị hỏng; hãy xuất lại tệp trên máy thư ký kia.',
  'keyfile.why.bad_parameters': 'tham số bảo vệ của tệp vượt giới hạn cho phép.',
  'keyfile.why.wrong_passphrase': 'sai cụm mật khẩu (hoặc tệp đã bị sửa). Hãy nhập lại đúng cụm mật khẩu đã đặt khi xuất tệp.',
  'keyfile.why.already_published':
    'máy này đã phát hành kỳ họp "{session}" bằng khóa văn phòng của chính nó ({fingerprint}); nhập khóa khác sẽ làm máy này mất quyền với kỳ họp đó. Hãy nhập khóa trên một máy chưa phát hành kỳ họp nào.',
  'role.not_secretariat':
    'Không thể {action} trên máy này: máy này nhận kỳ họp "{session}" từ Văn phòng qua tệp hồ sơ, nên là máy của đại biểu (đọc tài liệu và góp ý). Việc này chỉ làm được trên máy của Văn phòng, máy giữ khóa văn phòng đã phát hành hồ sơ. Nếu anh/chị là thư ký, hãy nhập khóa văn phòng vào máy này (lệnh import-secretariat-key) rồi thử lại.',

  // Roster CSV
  'roster.too_large': 'Tệp "{file}" bị từ chối: lớn hơn 2 MB.',
  'roster.why.not_utf8': 'không phải văn bản UTF-8. Hãy lưu bảng tính dưới dạng "CSV UTF-8".',
  'roster.why.no_rows': 'không có dòng dữ liệu nào dưới dòng tiêu đề.',
  'roster.why.too_many_rows': 'quá {max} dòng.',
  'roster.why.missing_columns': 'thiếu cột {columns}.',
  'roster.why.row_missing_name': 'dòng {row} thiếu họ tên hoặc tổ đại biểu.',
  'roster.why.cell_too_long': 'dòng {row} có ô dài quá 200 ký tự.',
  'roster.why.control_character':
    'dòng {row}, cột "{column}" chứa ký tự điều khiển ({found}); hãy xóa ký tự đó trong bảng tính rồi xuất lại.',

  // Database and backups
  'db.empty_file':
    'Tệp dữ liệu {file} rỗng (0 byte): nội dung đã bị mất. Ứng dụng không tạo dữ liệu mới đè lên và không tạo khóa ký mới; tệp được giữ nguyên.',
  'db.truncated': 'Tệp {file} đã bị cắt cụt hoặc hỏng; tệp được giữ nguyên.',
  'db.cannot_open': 'Không mở được cơ sở dữ liệu {file}: {detail}',
  'db.newer':
    'Cơ sở dữ liệu này được tạo bởi một phiên bản mới hơn của ứng dụng (lược đồ {version}, ứng dụng hỗ trợ đến {supported}). Hãy cập nhật ứng dụng; dữ liệu không bị thay đổi.',
  'db.not_a_database':
    'Tệp {file} không phải là cơ sở dữ liệu hợp lệ hoặc đã bị hỏng; tệp được giữ nguyên. Hãy khôi phục bản sao lưu tốt gần nhất: trong Cài đặt → Sao lưu, hoặc bằng lệnh `restore-backup latest`; tệp hỏng được giữ lại bên cạnh, không bị ghi đè.',
  'db.damaged':
    'Cơ sở dữ liệu {file} bị hỏng bên trong ({detail}). Hãy khôi phục bản sao lưu tốt gần nhất: trong Cài đặt → Sao lưu, hoặc bằng lệnh `restore-backup latest`; tệp hỏng được giữ lại bên cạnh, không bị ghi đè.',
  'backup.check_failed': 'Không kiểm tra được bản sao lưu vừa tạo: {detail}',
  'backup.bad_name': 'Tên bản sao lưu không hợp lệ.',
  'backup.not_found': 'Không tìm thấy bản sao lưu "{name}".',
  'backup.damaged':
    'Bản sao lưu "{name}" bị hỏng ({detail}) nên không được khôi phục; hãy chọn một bản khác. Dữ liệu hiện tại không bị thay đổi.',
  'backup.none_good': 'Không có bản sao lưu tốt nào để khôi phục.',
} as const;
