/**
 * Bold and italic in a .md line: `**đậm**` (or `__đậm__`) and `*nghiêng*` become marks and lose their
 * asterisks. Only well-formed pairs count (no space just inside the markers), so a lone "*" or
 * "2 * 3" stays as typed; underscores count only for the double form, as names and rules use single ones.
 */
import { InlineTextBuilder, type FinishedText } from './inline-text';

const EMPHASIS = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|\*(?=[^\s*])(.+?)(?<=[^\s*])\*/gu;

function appendLine(builder: InlineTextBuilder, line: string, bold: boolean, italic: boolean): void {
  let last = 0;
  for (const m of line.matchAll(EMPHASIS)) {
    const index = m.index ?? 0;
    builder.append(line.slice(last, index), bold, italic);
    if (m[2] !== undefined) appendLine(builder, m[2], true, italic);
    else appendLine(builder, m[3] ?? '', bold, true);
    last = index + m[0].length;
  }
  builder.append(line.slice(last), bold, italic);
}

export function parseMarkdownInline(line: string): FinishedText {
  const builder = new InlineTextBuilder();
  appendLine(builder, line, false, false);
  return builder.finish();
}
