/** Turns read items into the import's paragraphs: decoration dropped, tables as rows of cells, notes labelled. */
import { cellText, type RawItem, type RawParagraph } from './body';
import { isRule } from './header-lines';
import type { ImportedParagraph, InlineMark, NoteInfo } from './types';

function paragraph(p: RawParagraph): ImportedParagraph {
  const out: ImportedParagraph = { text: p.text };
  if (p.heading) out.heading = true;
  if (p.marks.length > 0) out.marks = p.marks;
  return out;
}

/** Body items as paragraphs; rule lines (underscores under a name) are decoration and dropped. */
export function itemsToParagraphs(items: readonly RawItem[]): ImportedParagraph[] {
  const out: ImportedParagraph[] = [];
  for (const item of items) {
    if (item.kind === 'paragraph') {
      if (item.text && !isRule(item.text)) out.push(paragraph(item));
      continue;
    }
    let first = true;
    for (const row of item.rows) {
      const cells = row.map(cellText);
      if (cells.every((c) => c === '')) continue;
      out.push(first ? { text: cells.join(' | '), cells, tableStart: true } : { text: cells.join(' | '), cells });
      first = false;
    }
  }
  return out;
}

function shift(marks: readonly InlineMark[] | undefined, by: number): InlineMark[] | undefined {
  return marks?.map((m) => ({ ...m, start: m.start + by, end: m.end + by }));
}

/** A note's paragraphs: the first starts with its label ("[1] …"); all carry `note`. */
export function noteToParagraphs(info: NoteInfo, items: readonly RawItem[]): ImportedParagraph[] {
  const paragraphs = itemsToParagraphs(items).map((p) => ({ ...p, note: info }));
  const prefix = `[${info.label}] `;
  if (paragraphs.length === 0) return [{ text: `[${info.label}]`, note: info }];
  const first = paragraphs[0];
  paragraphs[0] = first.cells
    ? { text: `${prefix}${first.text}`, note: info }
    : { ...first, text: `${prefix}${first.text}`, marks: shift(first.marks, prefix.length) };
  if (!paragraphs[0].marks?.length) delete paragraphs[0].marks;
  return paragraphs;
}
