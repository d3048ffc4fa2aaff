/** Turns recognised paragraphs into numbered blocks with stable ids (import, dossier packages, editor). */
import type { Block } from '../domain/types';
import { numberLines } from './lines';
import type { StructuredBlock } from './structure';

export function toNumberedBlocks(structured: readonly StructuredBlock[], idFor: (position: number) => string): Block[] {
  const numbered = numberLines(structured.map((b) => b.text));
  return structured.map((b, position) => ({
    id: idFor(position),
    position,
    kind: b.kind,
    level: b.level,
    label: b.label,
    path: b.path,
    text: b.text,
    cells: b.cells,
    lineStart: numbered[position].lineStart,
    lineCount: numbered[position].lines.length,
  }));
}
