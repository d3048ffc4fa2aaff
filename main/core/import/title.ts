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
];

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

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
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
  const s = summary.replace(/^V\/[vV](?![\p{L}\p{N}])\.?\s*/u, 'về việc ').trim();
  const [first = '', second = ''] = s.split(' ');
  const ordinaryFirst = /^\p{Lu}\p{Ll}*$/u.test(first) && first.length > 0;
  const lowerSecond = second === '' || /^\p{Ll}/u.test(second);
  return ordinaryFirst && lowerSecond ? s.charAt(0).toLocaleLowerCase('vi') + s.slice(1) : s;
}

export function makeTitle(docType: string | null, summary: string | null, draft: boolean): string | null {
  if (docType && summary) return `${typeName(docType, draft)} ${summaryTail(summary)}`;
  if (docType) return typeName(docType, draft);
  if (summary) {
    const tail = summaryTail(summary);
    return tail.charAt(0).toLocaleUpperCase('vi') + tail.slice(1);
  }
  return null;
}
