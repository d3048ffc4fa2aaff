/** A written .docx read back: one of its parts as XML (unzip -p), or the text of its runs. */
import { execFileSync } from 'node:child_process';

/** A part of the .docx package, `word/document.xml` unless named. */
export function docxPart(file: string, part = 'word/document.xml'): string {
  return execFileSync('unzip', ['-p', file, part], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** The body's XML and its runs' text (`<w:t>`) joined, NFC with white space squashed. */
export function docxText(file: string): { plain: string; xml: string } {
  const xml = docxPart(file);
  const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
  return { plain: runs.normalize('NFC').replace(/\s+/gu, ' ').trim(), xml };
}
