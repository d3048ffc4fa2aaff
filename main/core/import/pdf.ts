/**
 * Reads a PDF that has a text layer with Mozilla's pdfjs-dist (the legacy build, for Node 20),
 * then the layout step (pdf-layout.ts) and the same header, closing and paragraph steps as Word.
 * pdfjs runs in this (worker) thread with its "fake worker": nothing is fetched from a network, no
 * font is loaded or compiled (disableFontFace, isEvalSupported false); CMaps and standard font
 * metrics come from the installed package. A scan (no text) and a password are refused.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeClosing } from './closing';
import { asBuffer, sha256Hex, type ReadOptions } from './docx';
import { recogniseHeader } from './header';
import { withLimits } from './limits';
import { importErrors, importWarnings } from './messages';
import { layoutPdf, type PdfPage, type TextPiece } from './pdf-layout';
import { sniffContainer } from './sniff';
import { itemsToParagraphs } from './to-paragraphs';
import type { ImportedParagraph, ParsedDocument } from './types';
import { msg } from '../../../shared/messages/types';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Node's own import(): a TypeScript runner (tsx, when the app runs from sources) would turn an
 * import() into a require() and recompile pdfjs's 2 MB module on every start (seconds). The
 * specifier is the installed module's own path; nothing user-given is evaluated.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<PdfJs>;

let pdfjsModule: Promise<PdfJs> | null = null;
function loadPdfJs(): Promise<PdfJs> {
  // An absolute file URL: the import resolves the same from any working folder or bundle chunk.
  const url = pathToFileURL(createRequire(__filename).resolve('pdfjs-dist/legacy/build/pdf.mjs')).href;
  // Inside a vm context (the test runner) a Function has no import callback: the module's own import() works there.
  pdfjsModule ??= nativeImport(url).catch(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  return pdfjsModule;
}

/** The package folder, for CMaps and standard font data read from disk (never fetched). */
function packageDir(): string {
  return dirname(createRequire(__filename).resolve('pdfjs-dist/package.json'));
}

/** Characters that are text, not the private-use glyph codes some PDFs emit for bullets and symbols. */
function cleanText(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\ue000-\uf8ff\ufffd]/gu, '')
      .replace(/\u00a0/gu, ' ')
  );
}

async function readPages(data: Uint8Array, fileName: string, maxPages: number): Promise<PdfPage[]> {
  const pdfjs = await loadPdfJs();
  const dir = packageDir();
  const task = pdfjs.getDocument({
    data,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
    // Node's pdfjs reads these with fs.readFile: plain paths (a file:// string would not be found).
    cMapUrl: `${join(dir, 'cmaps')}/`,
    cMapPacked: true,
    standardFontDataUrl: `${join(dir, 'standard_fonts')}/`,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw importErrors.pdfEncrypted(fileName);
    throw importErrors.corrupt(
      fileName,
      msg('import.detail.pdf_unopenable', { reason: (error as Error)?.message ?? String(error) }),
    );
  }
  try {
    if (doc.numPages > maxPages) throw importErrors.tooManyPages(fileName, doc.numPages, maxPages);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, , d, e, f] = item.transform as number[];
        if (Math.abs(b) > Math.abs(a) * 0.1) continue; // rotated text (stamps, margins) is not body text
        const size = Math.hypot(a, b) || Math.abs(d);
        pieces.push({ text: cleanText(item.str), x: e - x0, y: f - y0, width: item.width, size });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, pieces });
      page.cleanup();
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

function checkContainer(buffer: Buffer, fileName: string, maxBytes: number): void {
  if (buffer.length === 0) throw importErrors.emptyFile(fileName);
  if (buffer.length > maxBytes) throw importErrors.tooLarge(fileName, buffer.length, maxBytes);
  // "%PDF" may follow a little junk (some scanners write a header); the format allows 1 KB of it.
  if (sniffContainer(buffer) !== 'pdf' && !buffer.subarray(0, 1024).includes('%PDF-')) throw importErrors.notPdf(fileName);
}

export async function readPdf(data: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ParsedDocument> {
  const limits = withLimits(options.limits);
  const buffer = asBuffer(data);
  checkContainer(buffer, fileName, limits.maxDocxBytes);
  // pdfjs takes ownership of (and may detach) the array it is given: hand it a copy.
  const pages = await readPages(new Uint8Array(buffer), fileName, limits.maxPdfPages);
  // A scan has no text layer; a signing tool may still stamp a line or two of text on it.
  const lettersOf = (page: PdfPage) => page.pieces.reduce((m, t) => m + t.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  const perPage = pages.map(lettersOf);
  const letters = perPage.reduce((a, b) => a + b, 0);
  if (letters < Math.max(20, 25 * pages.length)) throw importErrors.pdfScanned(fileName);
  const imageOnly = perPage.filter((n) => n === 0).length;

  const { items, notes } = layoutPdf(pages);
  const { header, bodyStart, found } = recogniseHeader(items);
  const paragraphs: ImportedParagraph[] = itemsToParagraphs(removeClosing(items.slice(bodyStart)));
  if (paragraphs.length === 0) throw importErrors.empty(fileName);
  for (const note of notes) {
    const info = { kind: 'footnote' as const, label: note.label };
    paragraphs.push({ text: `[${note.label}] ${note.text}`.trim(), note: info });
  }
  if (paragraphs.length > limits.maxParagraphs) throw importErrors.tooManyParagraphs(fileName, limits.maxParagraphs);
  const warnings = [importWarnings.pdfLayout()];
  if (imageOnly > 0) warnings.push(importWarnings.pdfScannedPages(imageOnly));
  if (!found && !header.numberSymbol && !header.issuer) warnings.push(importWarnings.noHeader());
  return { fileName, sha256: sha256Hex(buffer), header, paragraphs, warnings };
}
