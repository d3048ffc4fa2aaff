/**
 * How wide the reader's fixed lines are, in ems of the reading size, measured with the reading face
 * (canvas text metrics, no layout) in the weight and size the reader shows them, list indentation
 * included. The page layout gives the column the room the body text needs, so every numbered line
 * fits on one visual line at the size the user chose. A heading set in capitals may be wider than
 * any room there is (80 bold capitals at 150 % exceed a 13-inch screen): such a heading keeps its
 * size and is set condensed to fit its line (document.css, --own-em against --fit-em).
 */
import type { Segment } from '../reader/prepare';

/** The reader's face (fonts.css) and the size the measurement is taken at. */
const FACE = 'Tinos';
const PROBE_PX = 100;
/** List indentation in ems per depth (document.css: depth-1…depth-4). */
const INDENT_EM = [0, 1, 2, 3, 3.5];
/** Heading sizes relative to the reading size (document.css .heading-rank-N). */
const RANK_SCALE: Record<number, number> = { 2: 1.05 };
/** Rounding between canvas metrics and the laid-out text, and a hair for sub-pixel positions. */
const SAFETY = 1.01;
/** Never narrower than this, so a document of short lines does not get a strip of a page. */
const MIN_MEASURE_EM = 30;

let canvas: HTMLCanvasElement | null = null;

function context(): CanvasRenderingContext2D | null {
  canvas ??= document.createElement('canvas');
  return canvas.getContext('2d');
}

/** Loads the reading face's styles the measure needs (resolves at once when already loaded). */
export async function loadReadingFaces(): Promise<void> {
  if (!('fonts' in document)) return;
  await Promise.all(
    [`400 ${PROBE_PX}px ${FACE}`, `700 ${PROBE_PX}px ${FACE}`, `italic 700 ${PROBE_PX}px ${FACE}`].map((font) =>
      document.fonts.load(font).catch(() => []),
    ),
  );
}

export interface ReaderMeasure {
  /** The widest line of body text (paragraphs, list items): the column must hold it. */
  bodyEm: number;
  /** The widest line of all, headings included: the column's width when there is room. */
  widestEm: number;
  /** Each heading's widest line, by block id (at its rank's size). */
  headingEm: ReadonlyMap<string, number>;
}

const round = (em: number): number => Math.ceil(em * SAFETY * 100) / 100;

/**
 * A body line's width is the widest of thousands (a 3,000-block document has ~10,000 lines, and
 * shaping each with measureText took ~250 ms on opening). A line is first estimated as the sum of
 * its characters' cached advances (kerning aside); only the lines whose estimate comes within
 * ESTIMATE_SLACK of the widest measured so far are measured whole, so the result is the exact one.
 */
const ESTIMATE_SLACK = 0.03;

function estimator(ctx: CanvasRenderingContext2D): (text: string) => number {
  const advances = new Float64Array(0x10000).fill(-1);
  return (text) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      let advance = advances[code];
      if (advance < 0) {
        advance = ctx.measureText(text[i]).width;
        advances[code] = advance;
      }
      width += advance;
    }
    return width;
  };
}

interface BodyLine {
  text: string;
  indent: number;
  estimate: number;
}

/** The widest body line, in ems, measured exactly among the lines whose estimate could be it. */
function widestBody(ctx: CanvasRenderingContext2D, lines: BodyLine[]): number {
  lines.sort((a, b) => b.estimate - a.estimate);
  let widest = 0;
  for (const line of lines) {
    if (line.estimate < widest * (1 - ESTIMATE_SLACK)) break;
    widest = Math.max(widest, ctx.measureText(line.text).width / PROBE_PX + line.indent);
  }
  return widest;
}

export function measureLines(segments: readonly Segment[]): ReaderMeasure {
  const headingEm = new Map<string, number>();
  const ctx = context();
  if (!ctx) return { bodyEm: MIN_MEASURE_EM, widestEm: MIN_MEASURE_EM, headingEm };
  const bodyFont = `400 ${PROBE_PX}px ${FACE}`;
  ctx.font = bodyFont;
  const estimate = estimator(ctx);
  const bodyLines: BodyLine[] = [];
  for (const segment of segments) {
    if (segment.type !== 'block' || segment.rank !== null) continue;
    const indent = INDENT_EM[segment.depth] ?? INDENT_EM[INDENT_EM.length - 1];
    for (const line of segment.lines)
      bodyLines.push({ text: line.text, indent, estimate: estimate(line.text) / PROBE_PX + indent });
  }
  const body = Math.max(MIN_MEASURE_EM, widestBody(ctx, bodyLines));
  let font = bodyFont;
  for (const segment of segments) {
    if (segment.type !== 'block' || segment.rank === null) continue;
    const italic = (segment.rank ?? 0) >= 5;
    const scale = RANK_SCALE[segment.rank ?? 0] ?? 1;
    const wanted = `${italic ? 'italic ' : ''}700 ${PROBE_PX}px ${FACE}`;
    if (wanted !== font) {
      ctx.font = wanted;
      font = wanted;
    }
    const indent = INDENT_EM[segment.depth] ?? INDENT_EM[INDENT_EM.length - 1];
    let widest = 0;
    for (const line of segment.lines) {
      widest = Math.max(widest, (ctx.measureText(line.text).width / PROBE_PX) * scale + indent);
    }
    headingEm.set(segment.block.id, round(widest));
  }
  const bodyEm = round(body);
  return { bodyEm, widestEm: Math.max(bodyEm, ...headingEm.values()), headingEm };
}
