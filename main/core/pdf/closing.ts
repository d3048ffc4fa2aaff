/**
 * The foot of the document: "Nơi nhận:" and its list on the left, the signing block on the right
 * (capacity in bold capitals, room for the signature and seal, the name in bold). Kept on one page.
 */
import { CONTENT, HEADER, LEADING, SIGNATURE_ROOM, SIZE } from './geometry';
import { upper } from './header';
import type { PageFlow } from './page-flow';
import { drawLaid, layoutPara, paraHeight, type LaidPara } from './paragraph';
import { para, paraStyle, run } from './text-model';

export interface ClosingSpec {
  /** Items without the leading "- ". */
  recipients: string[];
  /** The italic place-and-date line above the signer (the sheet), or null. */
  placeDate: string | null;
  capacity: string[];
  name: string;
  /** A small line under the name (the sheet: the signing key's fingerprint), or nothing. */
  underName?: string | null;
}

/** The height the block needs, so the paragraph before it can keep with it. */
export function closingHeight(flow: PageFlow, spec: ClosingSpec): number {
  return laidClosing(flow, spec).height;
}

function laidClosing(flow: PageFlow, spec: ClosingSpec) {
  const pen = flow.pen;
  const leftW = HEADER.leftWidth;
  const rightX = CONTENT.left + leftW;
  const rightW = CONTENT.width - leftW;
  const dash = pen.measure('regular', '- ').width * SIZE.recipients;

  const left: LaidPara[] = [
    layoutPara(pen, para([run('Nơi nhận:', 'boldItalic')], paraStyle(SIZE.recipientsLabel, LEADING.single)), leftW),
    ...spec.recipients.map((r) =>
      layoutPara(pen, para(`- ${r}`, paraStyle(SIZE.recipients, LEADING.single, { hanging: dash })), leftW - 8),
    ),
  ];
  const centred = (text: string, style: 'bold' | 'italic', size: number): LaidPara =>
    layoutPara(pen, para([run(text, style)], paraStyle(size, LEADING.single, { align: 'center' })), rightW, true);
  const above: LaidPara[] = [
    ...(spec.placeDate ? [centred(spec.placeDate, 'italic', SIZE.placeDate)] : []),
    ...spec.capacity.map((c) => centred(upper(c), 'bold', SIZE.signer)),
  ];
  const name = centred(spec.name, 'bold', SIZE.signer);
  const under = spec.underName ? [centred(spec.underName, 'italic', SIZE.recipients)] : [];

  const height = (ps: LaidPara[]): number => ps.reduce((h, p) => h + paraHeight(p), 0);
  const rightHeight = height(above) + SIGNATURE_ROOM + paraHeight(name) + height(under);
  return { left, above, name, under, rightX, height: 6 + Math.max(height(left), rightHeight) };
}

export function drawClosing(flow: PageFlow, spec: ClosingSpec): void {
  const pen = flow.pen;
  const { left, above, name, under, rightX, height } = laidClosing(flow, spec);
  flow.ensure(height);
  const top = flow.y + 6;

  let y = top;
  for (const p of left) y = drawLaid(pen, p, CONTENT.left, y);
  let ry = top;
  for (const p of above) ry = drawLaid(pen, p, rightX, ry);
  ry = drawLaid(pen, name, rightX, ry + SIGNATURE_ROOM);
  for (const p of under) ry = drawLaid(pen, p, rightX, ry);
  flow.y = Math.max(y, ry);
}
