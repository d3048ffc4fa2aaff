/**
 * Recognises the header block at the top of a document — issuing body, "Số: …", place and date,
 * whether as a Word table (the usual layout) or as paragraphs — then the type line ("NGHỊ ĐỊNH",
 * "TỜ TRÌNH") and the summary under it ("Về công tác văn thư"), and says where the body starts.
 */
import { assertNever } from '../errors';
import type { RawItem, RawParagraph, RawTable } from './body';
import { classifyHeaderLine, isDraftMark, isRule, isUpperCaseLine, type HeaderLine } from './header-lines';
import { hasCapitalSummary, kindOf, makeTitle, startsWithTypeWord } from './title';
import { EMPTY_HEADER, type DocumentHeader } from './types';

export interface HeaderRecognition {
  header: DocumentHeader;
  /** Index of the first body item. */
  bodyStart: number;
  /** Whether a header block (table or lines with a number, motto or place and date) was found. */
  found: boolean;
}

interface OrgLine {
  text: string;
  bold: boolean;
}

// `(?![\p{L}\p{N}])` ends a word: `\b` knows only ASCII letters and fails after "cứ", "XÃ", "ký".
// A Chương / Điều line has a number: "CHƯƠNG TRÌNH" and "ĐIỀU LỆ" are type lines, not structure.
const STRUCTURAL = /^(Phần|Chương|Mục|Điều)\s+([IVXLC]+|\d+|thứ)(?![\p{L}\p{N}])|^[IVXLC]+\.\s|^\d+(\.\d+)*\.?\s|^[a-zđ]\)\s/iu;
const BODY_OPENING = /^(Căn cứ|Kính gửi|Thực hiện|Xét|Theo đề nghị|Trên cơ sở)(?![\p{L}\p{N}])/u;
const LOCALITY = /^(TỈNH|THÀNH PHỐ|TP\.|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|KHÓA|KHOÁ)(?![\p{L}\p{N}])/u;
const PARAGRAPH_HEADER_WINDOW = 15;
/** "Phụ lục I" on its own line heads an appendix issued as a file of its own. */
const APPENDIX_LINE = /^(Phụ lục|PHỤ LỤC)(\s+(số\s+)?([IVXLC]+|\d+[a-z]?))?\s*$/u;

class HeaderFacts {
  numberSymbol: string | null = null;
  place: string | null = null;
  date: string | null = null;
  subject: string | null = null;
  draft = false;
  signals = 0;
  readonly org: OrgLine[] = [];

  /** Takes a classified line; returns false for a plain text line, which the caller decides about. */
  take(line: HeaderLine): boolean {
    switch (line.type) {
      case 'motto':
      case 'motto2':
        this.signals++;
        return true;
      case 'number':
        this.signals++;
        this.numberSymbol ??= line.value || null;
        return true;
      case 'placeDate':
        this.signals++;
        this.place ??= line.place;
        this.date ??= line.date;
        return true;
      case 'subject':
        this.subject ??= line.value;
        return true;
      case 'draft':
        this.draft = true;
        return true;
      case 'rule':
        return true;
      case 'text':
        return false;
      default:
        return assertNever(line);
    }
  }
}

/** Issuer and parent body from the left column's capital lines: bold lines are the issuer (ND 30, Phụ lục I). */
function splitIssuer(lines: readonly OrgLine[]): { issuer: string | null; parentIssuer: string | null } {
  if (lines.length === 0) return { issuer: null, parentIssuer: null };
  const firstBold = lines.findIndex((l) => l.bold);
  if (firstBold > 0 && lines.slice(firstBold).every((l) => l.bold)) {
    return {
      parentIssuer: lines
        .slice(0, firstBold)
        .map((l) => l.text)
        .join(' '),
      issuer: lines
        .slice(firstBold)
        .map((l) => l.text)
        .join(' '),
    };
  }
  // Without a bold difference: "ỦY BAN NHÂN DÂN" / "TỈNH QUẢNG NINH" is one name; "UBND TỈNH X" / "SỞ Y" is two.
  const groups: string[] = [];
  for (const l of lines) {
    if (groups.length > 0 && LOCALITY.test(l.text)) groups[groups.length - 1] += ` ${l.text}`;
    else groups.push(l.text);
  }
  const issuer = groups.pop() ?? null;
  return { issuer, parentIssuer: groups.length ? groups.join(' ') : null };
}

function looksLikeHeaderTable(table: RawTable): boolean {
  if (table.rows.length > 4) return false;
  return table.rows.some((row) =>
    row.some((cell) =>
      cell.some((p) =>
        classifyHeaderLine(p.text).some((l) => l.type === 'motto' || l.type === 'number' || l.type === 'placeDate'),
      ),
    ),
  );
}

function readHeaderTable(table: RawTable, facts: HeaderFacts): void {
  for (const row of table.rows) {
    row.forEach((cell, column) => {
      let afterNumber = false;
      let inSubject = false;
      for (const p of cell) {
        for (const line of classifyHeaderLine(p.text)) {
          if (facts.take(line)) {
            if (line.type === 'number') afterNumber = true;
            inSubject = line.type === 'subject';
            continue;
          }
          if (line.type !== 'text') continue;
          if (inSubject && facts.subject) facts.subject += ` ${line.text}`;
          else if (column === 0 && !afterNumber && isUpperCaseLine(line.text))
            facts.org.push({ text: line.text, bold: p.allBold });
        }
      }
    });
  }
}

/** A header written as paragraphs: returns the index after it, or 0 when the top is not a header. */
function readParagraphHeader(items: readonly RawItem[], facts: HeaderFacts): number {
  let k = 0;
  const limit = Math.min(items.length, PARAGRAPH_HEADER_WINDOW);
  for (; k < limit; k++) {
    const item = items[k];
    if (item.kind !== 'paragraph') break;
    const texts: string[] = [];
    for (const line of classifyHeaderLine(item.text)) if (!facts.take(line) && line.type === 'text') texts.push(line.text);
    if (texts.length === 0) continue;
    // After "Số:" or the date comes the type line; before them, only capital lines (the issuer) belong here.
    const dated = facts.numberSymbol !== null || facts.date !== null || facts.place !== null;
    if (dated || !texts.every((t) => isUpperCaseLine(t) && t.length <= 80)) break;
    for (const text of texts) facts.org.push({ text, bold: item.allBold });
  }
  const found = facts.numberSymbol !== null || facts.place !== null || facts.signals >= 2;
  return found ? k : 0;
}

function paragraphAt(items: readonly RawItem[], i: number): RawParagraph | null {
  const item = items[i];
  return item && item.kind === 'paragraph' ? item : null;
}

function isTypeLine(items: readonly RawItem[], i: number, headerFound: boolean): boolean {
  const p = paragraphAt(items, i);
  if (p && APPENDIX_LINE.test(p.text)) {
    const title = paragraphAt(items, i + 1);
    return title !== null && isUpperCaseLine(title.text);
  }
  if (!p || !isUpperCaseLine(p.text) || p.text.length > 80 || STRUCTURAL.test(p.text)) return false;
  if (startsWithTypeWord(p.text)) return true;
  const next = paragraphAt(items, i + 1);
  return headerFound && p.text.length <= 50 && next !== null && !isUpperCaseLine(next.text);
}

/**
 * The header table among an item and the tables nested in it: a layout table that holds the real
 * header table in a cell gives the inner one, whose columns are still apart.
 */
function headerTableOf(item: RawItem): RawTable | null {
  if (item.kind !== 'table') return null;
  const inner = (item.nested ?? []).find((t) => looksLikeHeaderTable(t));
  if (inner) return inner;
  return looksLikeHeaderTable(item) ? item : null;
}

/** A small table or text box that only says "Dự thảo" (the draft box beside or under the header). */
function isDraftBox(item: RawItem | undefined): boolean {
  if (!item || item.kind !== 'table' || item.rows.length > 2) return false;
  const texts = item.rows.flat(2).map((p) => p.text);
  return (
    texts.length > 0 &&
    texts.length <= 3 &&
    texts.some((t) => isDraftMark(t)) &&
    texts.every((t) => isDraftMark(t) || t.length <= 40)
  );
}

/** A trích yếu line goes on like the first one: same bold and centring (the body is neither). */
function continuesSummary(first: RawParagraph, p: RawParagraph): boolean {
  if (!(first.allBold || first.centered)) return false;
  return p.allBold === first.allBold && !!p.centered === !!first.centered && p.text.length <= 200;
}

export function recogniseHeader(items: readonly RawItem[]): HeaderRecognition {
  let facts = new HeaderFacts();
  let i = 0;
  const tableIndex = items.slice(0, 4).findIndex((item) => headerTableOf(item) !== null);
  let found: boolean;
  if (tableIndex >= 0) {
    for (let k = 0; k < tableIndex; k++) {
      const p = paragraphAt(items, k);
      if (p) for (const line of classifyHeaderLine(p.text)) facts.take(line);
    }
    readHeaderTable(headerTableOf(items[tableIndex])!, facts);
    i = tableIndex + 1;
    found = true;
  } else {
    i = readParagraphHeader(items, facts);
    found = i > 0;
    if (!found) facts = new HeaderFacts();
  }

  const skipDecoration = () => {
    for (;;) {
      const p = paragraphAt(items, i);
      if (p && (isRule(p.text) || isDraftMark(p.text))) {
        if (isDraftMark(p.text)) facts.draft = true;
      } else if (isDraftBox(items[i])) facts.draft = true;
      else return;
      i++;
    }
  };
  skipDecoration();

  let docType: string | null = null;
  let summary: string | null = null;
  if (isTypeLine(items, i, found)) {
    docType = (items[i] as RawParagraph).text;
    i++;
    const next = paragraphAt(items, i);
    if (next && /^THẨM TRA(?![\p{L}\p{N}])/u.test(next.text) && isUpperCaseLine(next.text)) {
      docType += ` ${next.text}`;
      i++;
    }
    skipDecoration();
    const capitalSummary = hasCapitalSummary(docType);
    const collected: RawParagraph[] = [];
    let closed = false;
    for (
      let p = paragraphAt(items, i + collected.length);
      p && collected.length < 3;
      p = paragraphAt(items, i + collected.length)
    ) {
      if (isRule(p.text)) {
        closed = true;
        break;
      }
      const capitals = isUpperCaseLine(p.text);
      if (
        isDraftMark(p.text) ||
        (capitals && !(capitalSummary && collected.every((c) => isUpperCaseLine(c.text)))) ||
        (!capitals && capitalSummary && collected.length > 0) ||
        STRUCTURAL.test(p.text) ||
        BODY_OPENING.test(p.text) ||
        p.text.length > 300
      ) {
        break;
      }
      if (collected.length > 0 && !closed && !continuesSummary(collected[0], p) && !(capitals && capitalSummary)) {
        // Without a rule under it, a further line belongs to the summary only when it looks like the first.
        const rest = items.slice(i + collected.length).findIndex((item) => item.kind === 'paragraph' && isRule(item.text));
        if (rest !== 0 && (rest < 0 || rest > 3 - collected.length)) break;
      }
      collected.push(p);
    }
    summary = collected.length ? collected.map((p) => p.text).join(' ') : null;
    i += collected.length;
  }
  summary ??= facts.subject;

  const { issuer, parentIssuer } = splitIssuer(facts.org);
  const header: DocumentHeader = {
    ...EMPTY_HEADER,
    issuer,
    parentIssuer,
    kind: docType ? kindOf(docType, summary) : null,
    docType,
    numberSymbol: facts.numberSymbol,
    date: facts.date,
    place: facts.place,
    summary,
    title: makeTitle(docType, summary, facts.draft),
  };
  return { header, bodyStart: i, found };
}
