/**
 * A parsed document as numbered blocks, ready for insertDocument: the body's structure recognised
 * (Phần, Chương, Mục, Điều, khoản, điểm, I./1./a)), then the notes, recognised on their own so their
 * paths do not continue the last Điều of the body.
 */
import type { Block } from '../../../shared/domain/types';
import { recogniseStructure } from '../../../shared/text/structure';
import { toNumberedBlocks } from '../../../shared/text/numbered-blocks';
import type { ParsedDocument } from './types';

export function buildDocumentBlocks(parsed: Pick<ParsedDocument, 'paragraphs'>, idFor: (position: number) => string): Block[] {
  const body = parsed.paragraphs.filter((p) => !p.note);
  const notes = parsed.paragraphs.filter((p) => p.note);
  return toNumberedBlocks([...recogniseStructure(body), ...recogniseStructure(notes)], idFor);
}
