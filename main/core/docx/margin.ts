/**
 * What a draft prints outside its text, in Word: the boxed "DỰ THẢO" marker at the top left of
 * the first page, and a paragraph's line numbers as a small frame in the left margin beside its
 * first line. Frames, not text boxes: Word and LibreOffice both place them, and the text stays
 * plain paragraphs.
 */
import { AlignmentType, BorderStyle, FrameAnchorType, FrameWrap, Paragraph, TextRun } from 'docx';
import { FONT, twip } from './styles';

const BOX = { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 3 };

/**
 * A bordered paragraph as narrow as the word, above the header (LibreOffice drops a frame
 * anchored in the top margin, so Word's own layout is used: the header moves down one line).
 */
export function markerParagraph(text: string, textWidth: number): Paragraph {
  return new Paragraph({
    border: { top: BOX, bottom: BOX, left: BOX, right: BOX },
    indent: { left: twip(1), right: Math.max(0, textWidth - twip(27)) },
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 120 },
    children: [new TextRun({ text, font: FONT, size: 24, bold: true })],
  });
}

/** Right-aligned against the text's left edge, level with the top of the paragraph that follows. */
export function marginLabel(label: string): Paragraph {
  return new Paragraph({
    frame: {
      type: 'absolute',
      position: { x: -twip(16), y: 0 },
      width: twip(14),
      anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.TEXT },
      wrap: FrameWrap.AROUND,
    },
    alignment: AlignmentType.RIGHT,
    spacing: { before: 0, after: 0 },
    children: [new TextRun({ text: label, font: FONT, size: 18 })],
  });
}
