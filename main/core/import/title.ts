/**
 * The document's kind and title from its type line and summary: "NGHỊ ĐỊNH" + "Về công tác văn
 * thư" → "Nghị định về công tác văn thư", the way the dossier names documents ("Tờ trình về việc …",
 * "Dự thảo Nghị quyết về …").
 */
import type { DocumentKind } from '../../../shared/domain/types';

const KNOWN_TYPES = [
  'NGHỊ QUYẾT',
  'NGHỊ ĐỊNH',
  'QUYẾT ĐỊNH',
  'TỜ TRÌNH',
  'BÁO CÁO',
  'ĐỀ ÁN',
  'KẾ HOẠCH',
  'CHƯƠNG TRÌNH',
  'THÔNG BÁO',
  'THÔNG TƯ',
  'CHỈ THỊ',
  'LUẬT',
  'PHƯƠNG ÁN',
  'QUY CHẾ',
  'QUY ĐỊNH',
  'HƯỚNG DẪN',
  'BIÊN BẢN',
  'CÔNG VĂN',
  'DỰ ÁN',
  'DỰ THẢO',
  'KẾT LUẬN',
  'PHIẾU',
  'ĐIỀU LỆ',
  'THAM LUẬN',
  'GIẢI TRÌNH',
  'BẢN GIẢI TRÌNH',
  'DANH SÁCH',
  'DANH MỤC',
  'PHỤ LỤC',
  'BÀI PHÁT BIỂU',
  'DIỄN VĂN',
  'ĐIỂM TỔNG HỢP',
  'BẢNG TỔNG HỢP',
  'TỔNG HỢP',
  'ĐỀ CƯƠNG',
  'THUYẾT MINH',
  'BẢN THUYẾT MINH',
  'QUY TRÌNH',
  'NỘI QUY',
  'GIẤY MỜI',
  'CÔNG ĐIỆN',
];

/** Types whose subject is written in capitals under the type line ("DANH SÁCH / ĐẠI BIỂU …", "PHỤ LỤC I / THỂ THỨC …"). */
const CAPITAL_SUMMARY_TYPES =
  /^(PHỤ LỤC|DANH SÁCH|DANH MỤC|THAM LUẬN|BÀI PHÁT BIỂU|DIỄN VĂN|ĐIỂM TỔNG HỢP|BẢNG TỔNG HỢP|TỔNG HỢP|GIẢI TRÌNH|BẢN GIẢI TRÌNH|ĐIỀU LỆ|ĐỀ CƯƠNG)(?![\p{L}\p{N}])/u;

export function hasCapitalSummary(docType: string): boolean {
  return CAPITAL_SUMMARY_TYPES.test(docType.toLocaleUpperCase('vi'));
}

/** Whether an upper-case line starts with a known document type word ("TỜ TRÌNH", "DỰ THẢO NGHỊ QUYẾT"). */
export function startsWithTypeWord(line: string): boolean {
  const upper = line.replace(/\s+/gu, ' ').trim();
  return KNOWN_TYPES.some((t) => upper === t || upper.startsWith(`${t} `));
}

// `(?![\p{L}\p{N}])` ends a word: `\b` knows only ASCII letters and fails after "cứ", "XÃ", "ký".
export function kindOf(docType: string, summary: string | null): DocumentKind {
  const t = docType.replace(/\s+/gu, ' ').trim().toUpperCase();
  if (/^(DỰ THẢO )?NGHỊ QUYẾT(?![\p{L}\p{N}])/u.test(t)) return 'du_thao_nghi_quyet';
  if (/^BÁO CÁO THẨM TRA(?![\p{L}\p{N}])/u.test(t)) return 'bao_cao_tham_tra';
  if (/^BÁO CÁO(?![\p{L}\p{N}])/u.test(t))
    return summary && /^(kết quả )?thẩm tra(?![\p{L}\p{N}])/iu.test(summary) ? 'bao_cao_tham_tra' : 'bao_cao';
  if (/^(DỰ THẢO )?TỜ TRÌNH(?![\p{L}\p{N}])/u.test(t)) return 'to_trinh';
  if (/^(DỰ THẢO )?ĐỀ ÁN(?![\p{L}\p{N}])/u.test(t)) return 'de_an';
  return 'khac';
}

/** Sentence case that keeps roman numerals and symbols ("PHỤ LỤC II" → "Phụ lục II", "HĐND" stays). */
function sentenceCase(text: string): string {
  const words = text
    .split(' ')
    .map((w, k) =>
      (k > 0 && /^[IVXLC]+[.:]?$/u.test(w)) || /^\p{Lu}*\d[\p{Lu}\d/-]*$/u.test(w) ? w : w.toLocaleLowerCase('vi'),
    );
  const lower = words.join(' ');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/** "DỰ THẢO NGHỊ QUYẾT" → "Dự thảo Nghị quyết"; "TỜ TRÌNH" → "Tờ trình". */
export function typeName(docType: string, draft: boolean): string {
  const t = docType.replace(/\s+/gu, ' ').trim();
  const m = t.match(/^DỰ THẢO\s+(.+)$/iu);
  if (m) return `Dự thảo ${sentenceCase(m[1])}`;
  return draft ? `Dự thảo ${sentenceCase(t)}` : sentenceCase(t);
}

/**
 * The summary as the continuation of a title: "V/v" spelled out, and a capital first word lowered
 * when it is an ordinary word ("Về công tác …" → "về công tác …"), not a name ("Quảng Ninh …").
 */
function summaryTail(summary: string): string {
  if (isCapitals(summary)) return sentenceCase(summary).charAt(0).toLocaleLowerCase('vi') + sentenceCase(summary).slice(1);
  const s = summary.replace(/^V\/[vV](?![\p{L}\p{N}])\.?\s*/u, 'về việc ').trim();
  const [first = '', second = ''] = s.split(' ');
  const ordinaryFirst = /^\p{Lu}\p{Ll}*$/u.test(first) && first.length > 0;
  const lowerSecond = second === '' || /^\p{Ll}/u.test(second);
  return ordinaryFirst && lowerSecond ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}

function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length > 1 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi');
}

export function makeTitle(docType: string | null, summary: string | null, draft: boolean): string | null {
  if (docType && summary && /^phụ lục/iu.test(docType)) {
    // "Phụ lục I: Thể thức, kỹ thuật trình bày …": the appendix's number, then its own title.
    const tail = summaryTail(summary);
    return `${typeName(docType, draft)}: ${tail.charAt(0).toLocaleUpperCase('vi')}${tail.slice(1)}`;
  }
  if (docType && summary) return `${typeName(docType, draft)} ${summaryTail(summary)}`;
  if (docType) return typeName(docType, draft);
  if (summary) {
    const tail = summaryTail(summary);
    return tail.charAt(0).toLocaleUpperCase('vi') + tail.slice(1);
  }
  return null;
}
