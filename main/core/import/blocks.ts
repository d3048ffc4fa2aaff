/**
 * A parsed document as numbered blocks, ready for insertDocument: the body's structure recognised
 * (Phần, Chương, Mục, Điều, khoản, điểm, I./1./a)), then each note recognised on its own, so its
 * path does not continue the last Điều of the body. A note's first block is labelled with the
 * note's reference ("[1]"), which is how the reader finds the note a marker opens.
 */
import type { Block } from '../../../shared/domain/types';
import { recogniseStructure, type StructuredBlock } from '../../../shared/text/structure';
import { toNumberedBlocks } from '../../../shared/text/numbered-blocks';
import type { ImportedParagraph, ParsedDocument } from './types';

export function buildDocumentBlocks(parsed: Pick<ParsedDocument, 'paragraphs'>, idFor: (position: number) => string): Block[] {
  const body = parsed.paragraphs.filter((p) => !p.note);
  const notes = new Map<string, ImportedParagraph[]>();
  for (const p of parsed.paragraphs) {
    if (!p.note) continue;
    const key = `${p.note.kind}:${p.note.label}`;
    if (!notes.has(key)) notes.set(key, []);
    notes.get(key)!.push(p);
  }
  const noteBlocks: StructuredBlock[] = [];
  for (const paragraphs of notes.values()) {
    const blocks = recogniseStructure(paragraphs);
    if (blocks.length > 0) blocks[0].label = `[${paragraphs[0].note!.label}]`;
    noteBlocks.push(...blocks);
  }
  return toNumberedBlocks([...recogniseStructure(body), ...noteBlocks], idFor);
}
