/**
 * Reads a .docx into a ParsedDocument: validates the file, opens the zip with bounds, parses the
 * WordprocessingML parts, recognises the header block, leaves out the closing block and appends
 * footnotes and endnotes. See docs/docx-import.md.
 */
import { createHash } from 'node:crypto';
import { assertNever } from '../errors';
import { BodyReader, type RawItem } from './body';
import { removeClosing } from './closing';
import { recogniseHeader } from './header';
import { withLimits, type ImportLimits } from './limits';
import { importErrors, importWarnings } from './messages';
import { NoteCollector, readNotesPart, type NoteEntry } from './notes';
import { ListNumbering } from './numbering';
import { locateParts } from './package-parts';
import { extensionOf, sniffContainer } from './sniff';
import { StyleSheet } from './styles';
import { itemsToParagraphs, noteToParagraphs } from './to-paragraphs';
import type { ParsedDocument } from './types';
import { XmlSyntaxError, parseXml, wChild, type XmlNode } from './xml';
import { ZipArchive } from './zip';
import { msg, type MessageRef } from '../../../shared/messages/types';

export interface ReadOptions {
  limits?: Partial<ImportLimits>;
}

export function sha256Hex(buffer: Uint8Array): string {
  return createHash('sha256').update(buffer).digest('hex');
}

export function asBuffer(data: Uint8Array): Buffer {
  return Buffer.isBuffer(data) ? data : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
}

/** Decodes an XML part: UTF-8 (with or without BOM), or UTF-16 when it starts with a UTF-16 BOM. */
function decodePart(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Rejects what is not a .docx, before any parsing, with a message that says what the file is. */
function checkContainer(buffer: Buffer, fileName: string, limits: ImportLimits): void {
  if (extensionOf(fileName) !== '.docx') throw importErrors.wrongExtension(fileName, ['.docx']);
  if (buffer.length === 0) throw importErrors.emptyFile(fileName);
  if (buffer.length > limits.maxDocxBytes) throw importErrors.tooLarge(fileName, buffer.length, limits.maxDocxBytes);
  const container = sniffContainer(buffer);
  switch (container) {
    case 'zip':
      return;
    case 'ole-encrypted':
      throw importErrors.encrypted(fileName);
    case 'ole':
      throw importErrors.legacyDoc(fileName);
    case 'pdf':
      throw importErrors.pdf(fileName);
    case 'rtf':
      throw importErrors.rtf(fileName);
    case 'unknown':
      throw importErrors.notDocx(fileName);
    default:
      assertNever(container);
  }
}

export async function readDocx(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  const limits = withLimits(options.limits);
  const buffer = asBuffer(data);
  checkContainer(buffer, fileName, limits);
  try {
    return readPackage(buffer, fileName, limits);
  } catch (error) {
    // Elements nested tens of thousands deep (no real document does that) exhaust the stack.
    if (error instanceof RangeError && /call stack/iu.test(error.message)) {
      throw importErrors.corrupt(fileName, msg('import.detail.xml_too_deep'));
    }
    throw error;
  }
}

function readPackage(buffer: Buffer, fileName: string, limits: ImportLimits): ParsedDocument {
  const zip = ZipArchive.open(buffer, fileName, limits.maxZipEntries);
  const readText = (name: string, max = limits.maxOtherPartBytes): string | null => {
    const bytes = zip.read(name, max);
    return bytes ? decodePart(bytes) : null;
  };
  const parts = locateParts(readText, (name) => zip.has(name));
  if (!parts) {
    if (zip.has('mimetype') && zip.has('content.xml')) throw importErrors.openDocument(fileName);
    throw importErrors.noMainDocument(fileName);
  }
  const parsePart = (name: string | null, max?: number): XmlNode | null => {
    if (!name) return null;
    const text = readText(name, max);
    if (text === null) return null;
    try {
      return parseXml(text);
    } catch (error) {
      if (error instanceof XmlSyntaxError) throw importErrors.corruptXml(fileName, name);
      throw error;
    }
  };

  const documentRoot = parsePart(parts.document, limits.maxDocumentXmlBytes);
  const body = wChild(documentRoot, 'body');
  if (!body) throw importErrors.corrupt(fileName, msg('import.detail.no_body'));
  const styles = StyleSheet.read(parsePart(parts.styles));
  const numbering = ListNumbering.read(parsePart(parts.numbering), styles);
  const notes = new NoteCollector({
    footnote: readNotesPart(parsePart(parts.footnotes)),
    endnote: readNotesPart(parsePart(parts.endnotes)),
  });
  const reader = new BodyReader(styles, numbering, notes);

  const items = reader.readBlocks(body);
  const { header, bodyStart, found } = recogniseHeader(items);
  const paragraphs = itemsToParagraphs(removeClosing(items.slice(bodyStart)));
  if (paragraphs.length === 0) throw importErrors.empty(fileName);

  // Notes are read after the body, in order of first reference; a note may refer to another.
  const noteContent = new Map<NoteEntry, RawItem[]>();
  for (let n = 0; n < notes.all.length; n++) noteContent.set(notes.all[n], reader.readBlocks(notes.all[n].content));
  for (const entry of NoteCollector.orderForOutput(notes.all)) {
    paragraphs.push(...noteToParagraphs(entry.info, noteContent.get(entry) ?? []));
  }
  if (paragraphs.length > limits.maxParagraphs) throw importErrors.tooManyParagraphs(fileName, limits.maxParagraphs);

  const warnings: MessageRef[] = [];
  const { stats } = reader;
  if (!found && !header.numberSymbol && !header.issuer) warnings.push(importWarnings.noHeader());
  if (stats.images > 0) warnings.push(importWarnings.images(stats.images));
  if (stats.textBoxes > 0) warnings.push(importWarnings.textBoxes(stats.textBoxes));
  if (stats.embedded > 0) warnings.push(importWarnings.embedded(stats.embedded));
  if (stats.legacyFonts.size > 0) warnings.push(importWarnings.legacyFonts([...stats.legacyFonts].sort()));

  return { fileName, sha256: sha256Hex(buffer), header, paragraphs, warnings };
}
