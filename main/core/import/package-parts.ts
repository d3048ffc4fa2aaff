/**
 * Finds the parts of a .docx package that the reader needs, the way Word does: the main document
 * from the package relationships (_rels/.rels), then styles, numbering, footnotes and endnotes from
 * the main document's relationships, falling back to the usual names under word/.
 */
import { posix } from 'node:path';
import { NS, attr, children, is, parseXml } from './xml';

export interface DocxParts {
  document: string;
  styles: string | null;
  numbering: string | null;
  footnotes: string | null;
  endnotes: string | null;
}

type RelationshipKind = 'officeDocument' | 'styles' | 'numbering' | 'footnotes' | 'endnotes';

/** Reads a relationships part into type-suffix → target part name. */
function readRelationships(xml: string | null, baseDir: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!xml) return found;
  let root;
  try {
    root = parseXml(xml);
  } catch {
    return found; // A broken relationships part: fall back to the usual part names.
  }
  for (const rel of children(root)) {
    if (!is(rel, NS.rel, 'Relationship') || attr(rel, 'TargetMode') === 'External') continue;
    const type = attr(rel, 'Type') ?? '';
    const target = attr(rel, 'Target');
    if (!target) continue;
    const kind = type.slice(type.lastIndexOf('/') + 1);
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(baseDir, target));
    if (!found.has(kind)) found.set(kind, path);
  }
  return found;
}

/**
 * `readText(name)` returns a part's text or null when the package has no such part.
 * Returns null when the package has no main document part.
 */
export function locateParts(readText: (name: string) => string | null, has: (name: string) => boolean): DocxParts | null {
  const packageRels = readRelationships(readText('_rels/.rels'), '');
  let document = packageRels.get('officeDocument' satisfies RelationshipKind) ?? null;
  if (!document || !has(document)) document = has('word/document.xml') ? 'word/document.xml' : null;
  if (!document) return null;

  const dir = posix.dirname(document);
  const rels = readRelationships(readText(posix.join(dir, '_rels', `${posix.basename(document)}.rels`)), dir);
  const part = (kind: RelationshipKind, fallback: string): string | null => {
    const named = rels.get(kind);
    if (named && has(named)) return named;
    const usual = posix.join(dir, fallback);
    return has(usual) ? usual : null;
  };
  return {
    document,
    styles: part('styles', 'styles.xml'),
    numbering: part('numbering', 'numbering.xml'),
    footnotes: part('footnotes', 'footnotes.xml'),
    endnotes: part('endnotes', 'endnotes.xml'),
  };
}
