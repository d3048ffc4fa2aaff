/**
 * Reads a .txt or .md file (UTF-8, with or without BOM; anything else refused) into the same
 * ParsedDocument shape as a .docx, through the plain-text dossier format of shared/text/structure.ts:
 * one paragraph per line, "# " headings, "| a | b |" table rows. The header is only looked for when
 * a "Số: …" line is among the first lines; otherwise every header field is null and all lines are body.
 * In a .md file, **bold** and *italic* become marks (markdown-inline.ts).
 */
import { parsePlainText, type SourceParagraph } from '../../../shared/text/structure';
import type { RawItem, RawParagraph } from './body';
import { asBuffer, sha256Hex, type ReadOptions } from './docx';
import { recogniseHeader } from './header';
import { withLimits } from './limits';
import { importErrors } from './messages';
import { extensionOf } from './sniff';
import { parseMarkdownInline } from './markdown-inline';
import { itemsToParagraphs } from './to-paragraphs';
import { EMPTY_HEADER, type ParsedDocument } from './types';
import { msg } from '../../../shared/messages/types';

const HEADER_WINDOW = 15;
const NUMBER_LINE = /^Số\s*:/u;

function decodeUtf8(buffer: Buffer, fileName: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buffer); // strips a BOM
  } catch {
    throw importErrors.badUtf8(fileName);
  }
  if (text.includes('\u0000')) throw importErrors.unreadable(fileName, msg('import.detail.binary_text'));
  return text;
}

function raw(p: SourceParagraph, markdown: boolean): RawParagraph {
  if (!markdown) return { kind: 'paragraph', text: p.text, marks: [], allBold: false, heading: !!p.heading };
  const { text, marks, allBold } = parseMarkdownInline(p.text);
  return { kind: 'paragraph', text, marks, allBold, heading: !!p.heading };
}

/** Consecutive "| a | b |" rows become one table, so a header written as a Markdown table is recognised too. */
function toItems(paragraphs: readonly SourceParagraph[], markdown: boolean): RawItem[] {
  const items: RawItem[] = [];
  for (const p of paragraphs) {
    if (!p.cells) {
      items.push(raw(p, markdown));
      continue;
    }
    const row = p.cells.map((c) => (c ? [raw({ text: c }, markdown)] : []));
    const last = items[items.length - 1];
    if (last?.kind === 'table') last.rows.push(row);
    else items.push({ kind: 'table', rows: [row] });
  }
  return items;
}

export async function readPlainText(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  const limits = withLimits(options.limits);
  const buffer = asBuffer(data);
  const extension = extensionOf(fileName);
  if (extension !== '.txt' && extension !== '.md') throw importErrors.wrongExtension(fileName, ['.txt', '.md']);
  if (buffer.length === 0) throw importErrors.emptyFile(fileName);
  if (buffer.length > limits.maxTextBytes) throw importErrors.tooLarge(fileName, buffer.length, limits.maxTextBytes);

  const source = parsePlainText(decodeUtf8(buffer, fileName));
  const items = toItems(source, extension === '.md');
  const hasNumberLine = items
    .slice(0, HEADER_WINDOW)
    .some((item) =>
      item.kind === 'paragraph' ? NUMBER_LINE.test(item.text) : item.rows.flat(2).some((p) => NUMBER_LINE.test(p.text)),
    );
  const recognised = hasNumberLine ? recogniseHeader(items) : { header: EMPTY_HEADER, bodyStart: 0 };
  const paragraphs = itemsToParagraphs(items.slice(recognised.bodyStart));
  if (paragraphs.length === 0) throw importErrors.empty(fileName);
  if (paragraphs.length > limits.maxParagraphs) throw importErrors.tooManyParagraphs(fileName, limits.maxParagraphs);
  return { fileName, sha256: sha256Hex(buffer), header: { ...recognised.header }, paragraphs, warnings: [] };
}
