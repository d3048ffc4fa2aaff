/**
 * The Word (.docx) writer of the document model, with the `docx` package: A4 sections with the
 * margins of Nghị định 30/2020, Times New Roman, the page number centred in the header from each
 * section's second page (a different first page), a landscape section for the report's Phụ lục
 * numbered from 1. The package builds the document with a marker paragraph where each table goes;
 * the tables' rows are then streamed into document.xml (table-xml.ts) as the file is zipped, so
 * memory stays bounded however many comments there are. The file is written beside the target
 * and renamed over it when complete; a cancel or an error leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { basename, dirname, join } from 'node:path';
import { strToU8, unzipSync, Zip, ZipDeflate } from 'fflate';
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { DocModel, MBlock, MSection, MTable } from '../report/model';
import { headerTable, signatureTable, titleParagraphs } from './blocks';
import { marginLabel, markerParagraph } from './margin';
import { TableXml } from './table-xml';
import { A4, FONT, MARGINS, paragraphOptions, SIZE, TEXT_WIDTH } from './styles';

export interface DocxOptions {
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface DocxResult {
  /** Word lays out the pages itself: the writer cannot know their number. */
  pages: null;
  bytes: number;
}

const PROGRESS_EVERY_MS = 100;

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.pageNumber })],
      }),
    ],
  });
}

/** A table waiting for its place in document.xml: the marker paragraph's text and what goes there. */
interface PendingTable {
  marker: string;
  table: MTable;
  width: number;
}

function sectionOptions(section: MSection, first: boolean, tables: PendingTable[]): ISectionOptions {
  const width = TEXT_WIDTH[section.orientation];
  const children: Array<Paragraph | Table> = [];
  const add = (b: MBlock, next: MBlock | undefined): void => {
    switch (b.kind) {
      case 'header':
        children.push(headerTable(b.header, width));
        return;
      case 'title':
        children.push(...titleParagraphs(b.title, b.subject, b.note, width));
        return;
      case 'marker':
        children.push(markerParagraph(b.text, width));
        return;
      case 'para':
        if (b.para.margin) children.push(marginLabel(b.para.margin));
        // The last paragraph keeps with the signature, as in the PDF.
        children.push(new Paragraph({ ...paragraphOptions(b.para), ...(next?.kind === 'signature' ? { keepNext: true } : {}) }));
        return;
      case 'table': {
        const marker = `GOPY-TABLE-${randomUUID()}`;
        tables.push({ marker, table: b.table, width });
        if (b.table.caption) children.push(new Paragraph({ ...paragraphOptions(b.table.caption), keepNext: true }));
        children.push(new Paragraph({ children: [new TextRun(marker)] }));
        children.push(new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }));
        return;
      }
      case 'signature':
        children.push(signatureTable(b.signature, width));
        return;
    }
  };
  section.blocks.forEach((b, k) => add(b, section.blocks[k + 1]));
  const landscape = section.orientation === 'landscape';
  return {
    properties: {
      titlePage: true,
      page: {
        // docx writes w:w and w:h from these and swaps them for a landscape page.
        size: {
          width: A4.width,
          height: A4.height,
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: MARGINS,
        ...(first || section.restartNumbering ? { pageNumbers: { start: 1 } } : {}),
      },
    },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new Paragraph({ children: [] })] }) },
    children,
  };
}

/** Where the marker's paragraph starts and ends in document.xml. */
function markerSpan(xml: string, marker: string): [number, number] {
  const at = xml.indexOf(marker);
  if (at < 0) throw new Error('Không tìm thấy chỗ đặt bảng trong tệp Word.');
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  return [start, end];
}

export async function writeModelDocx(model: DocModel, outFile: string, opts: DocxOptions = {}): Promise<DocxResult> {
  opts.signal?.throwIfAborted();
  const tables: PendingTable[] = [];
  const doc = new Document({
    creator: 'Góp ý HĐND',
    title: model.meta.title,
    subject: model.meta.subject,
    description: model.meta.subject,
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE.body }, paragraph: { spacing: { before: 0, after: 0 } } },
      },
    },
    sections: model.sections.map((s, i) => sectionOptions(s, i === 0, tables)),
  });
  const parts = unzipSync(await Packer.toBuffer(doc));
  const temp = join(dirname(outFile), `.${basename(outFile)}.${randomUUID().slice(0, 8)}.part`);
  const out = createWriteStream(temp, { flags: 'wx' });
  let failure: unknown = null;
  out.on('error', (e) => (failure ??= e));
  let bytes = 0;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure ??= error;
    else {
      bytes += chunk.length;
      out.write(chunk);
      if (final) out.end();
    }
  });

  let done = 0;
  let lastYield = performance.now();
  let lastProgress = 0;
  /** Lets the file stream drain, reports progress and notices a cancel, every few milliseconds. */
  const tick = async (units: number): Promise<void> => {
    done += units;
    if (failure) throw failure;
    const now = performance.now();
    if (opts.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      opts.onProgress(done, model.total);
    }
    if (now - lastYield < 15 && !out.writableNeedDrain) return;
    if (out.writableNeedDrain) await once(out, 'drain');
    else await new Promise<void>((resolve) => setImmediate(resolve));
    lastYield = performance.now();
    opts.signal?.throwIfAborted();
  };

  try {
    for (const [name, data] of Object.entries(parts)) {
      const entry = new ZipDeflate(name, { level: 6 });
      zip.add(entry);
      if (name !== 'word/document.xml') {
        entry.push(data, true);
        continue;
      }
      let xml = new TextDecoder().decode(data);
      for (const t of tables) {
        const [start, end] = markerSpan(xml, t.marker);
        entry.push(strToU8(xml.slice(0, start)));
        xml = xml.slice(end);
        const writer = new TableXml(t.table, t.width);
        entry.push(strToU8(writer.open()));
        let batch = '';
        for (const row of t.table.rows) {
          batch += writer.row(row);
          if (batch.length > 64 * 1024) {
            entry.push(strToU8(batch));
            batch = '';
          }
          if (row.units) await tick(row.units);
        }
        entry.push(strToU8(batch + writer.close()));
      }
      entry.push(strToU8(xml), true);
    }
    zip.end();
    if (!out.writableFinished) await once(out, 'finish');
    if (failure) throw failure;
    await rename(temp, outFile);
  } catch (error) {
    zip.terminate();
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await rm(temp, { force: true });
    throw error;
  }
  opts.onProgress?.(model.total, model.total);
  return { pages: null, bytes };
}
