/**
 * Leaves out the closing block of a document — "Nơi nhận:" with its list of recipients, and the
 * signature ("TM. CHÍNH PHỦ / THỦ TƯỚNG / (Đã ký) / Nguyễn Xuân Phúc") — which is not text to
 * comment on. Usually it is a borderless two-column table; sometimes plain paragraphs.
 */
import type { RawItem, RawParagraph, RawTable } from './body';
import { isUpperCaseLine } from './header-lines';

// `(?![\p{L}\p{N}])` ends a word: `\b` knows only ASCII letters and fails after "cứ", "XÃ", "ký".
const RECIPIENTS = /^Nơi\s+nhận(?![\p{L}\p{N}])/iu;
const SIGNATURE_AUTHORITY = /^(TM|KT|Q|TL|TUQ|T\/M)\.?\s+\p{Lu}/u;
const SIGNED = /^[[(]?\s*\(?\s*(Đã ký|Ký|ký tên|Chữ ký)(?![\p{L}\p{N}])/iu;
const LIST_LINE = /^([-–+•*]|Lưu(?![\p{L}\p{N}]))/u;

function isClosingTable(table: RawTable): boolean {
  if (table.rows.length > 3) return false;
  const cells = table.rows.flat();
  const recipients = cells.some((cell) => cell.some((p) => RECIPIENTS.test(p.text)));
  const signature = cells.some(
    (cell) => cell.length <= 10 && cell.some((p) => SIGNATURE_AUTHORITY.test(p.text) || SIGNED.test(p.text)),
  );
  return recipients || signature;
}

function isParagraph(item: RawItem | undefined): item is RawParagraph {
  return item?.kind === 'paragraph';
}

/** Short lines of a signature: the authority, the title in capitals, "(Đã ký)", the signer's name. */
function signatureEnd(items: readonly RawItem[], start: number): number {
  let i = start;
  const first = items[i];
  if (!isParagraph(first) || !SIGNATURE_AUTHORITY.test(first.text)) return start;
  i++;
  for (let taken = 0; taken < 4 && isParagraph(items[i]); taken++) {
    const text = (items[i] as RawParagraph).text;
    if (text.length > 60 || /[.;:]$/u.test(text)) break;
    if (!(isUpperCaseLine(text) || SIGNED.test(text) || /^\p{Lu}\p{Ll}*(\s\p{Lu}\p{Ll}*){1,4}$/u.test(text))) break;
    i++;
  }
  return i;
}

/** `items` without closing tables and without a trailing "Nơi nhận" / signature in paragraphs. */
export function removeClosing(items: readonly RawItem[]): RawItem[] {
  const kept = items.filter((item, index) => index === 0 || item.kind !== 'table' || !isClosingTable(item));

  // Paragraph form: the last "Nơi nhận:", its list, and a signature right before or after it.
  let at = -1;
  for (let i = kept.length - 1; i > 0; i--) {
    const item = kept[i];
    if (isParagraph(item) && RECIPIENTS.test(item.text) && item.text.length < 40) {
      at = i;
      break;
    }
  }
  if (at < 0) return kept;
  let end = at + 1;
  while (isParagraph(kept[end]) && LIST_LINE.test((kept[end] as RawParagraph).text)) end++;
  end = signatureEnd(kept, end);
  let start = at;
  for (let back = Math.max(1, at - 5); back < at; back++) {
    if (signatureEnd(kept, back) === at) {
      start = back;
      break;
    }
  }
  return [...kept.slice(0, start), ...kept.slice(end)];
}
