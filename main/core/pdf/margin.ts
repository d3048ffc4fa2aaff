/**
 * What a draft prints outside its text: the boxed "DỰ THẢO" marker at the top left of the first
 * page (in the top margin, so the header keeps its place), and the line numbers of the screen
 * beside each paragraph in the left margin.
 */
import { LEADING, MM } from './geometry';
import type { PageFlow } from './page-flow';
import { drawLine, layoutPara } from './paragraph';
import { para, paraStyle, run } from './text-model';

const MARKER = { size: 12, padX: 6, height: 20, top: 7 * MM, border: 0.75 } as const;
/** Line numbers: small, right-aligned against the text's left edge with this gap. */
const LINE_NUMBER = { size: 9, width: 40, gap: 6 } as const;

export function drawMarker(flow: PageFlow, text: string): void {
  const style = paraStyle(MARKER.size, LEADING.single);
  const laid = layoutPara(flow.pen, para([run(text, 'bold')], style), flow.frame.width);
  const line = laid.lines[0];
  const width = line.natural + 2 * MARKER.padX;
  const x = flow.frame.left;
  const top = MARKER.top;
  const bottom = top + MARKER.height;
  drawLine(flow.pen, line, MARKER.size, x + MARKER.padX, top + MARKER.height / 2 + MARKER.size * 0.35);
  for (const [x1, y1, x2, y2] of [
    [x, top, x + width, top],
    [x, bottom, x + width, bottom],
    [x, top, x, bottom],
    [x + width, top, x + width, bottom],
  ])
    flow.pen.rule(x1, y1, x2, y2, MARKER.border);
}

/** `label` right-aligned in the left margin, on the baseline of a text line. */
export function drawMarginLabel(flow: PageFlow, label: string, baseline: number): void {
  const style = paraStyle(LINE_NUMBER.size, LEADING.single, { align: 'right' });
  const laid = layoutPara(flow.pen, para([run(label, 'regular')], style), LINE_NUMBER.width);
  drawLine(flow.pen, laid.lines[0], LINE_NUMBER.size, flow.frame.left - LINE_NUMBER.gap - LINE_NUMBER.width, baseline);
}
