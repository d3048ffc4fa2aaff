/**
 * The Word (.docx) writer of the document model, with the `docx` package: A4 sections with the
 * margins of Nghị định 30/2020, Times New Roman, the page number centred in the header from each
 * section's second page (a different first page), a landscape section for the report's Phụ lục
 * numbered from 1. The file is written beside the target and renamed over it when complete; a
 * cancel or an error leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
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
import type { DocModel, MBlock, MSection } from '../report/model';
import { headerTable, modelTable, signatureTable, titleParagraphs } from './blocks';
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

async function sectionOptions(section: MSection, first: boolean, units: (n: number) => Promise<void>): Promise<ISectionOptions> {
  const width = TEXT_WIDTH[section.orientation];
  const children: Array<Paragraph | Table> = [];
  const add = async (b: MBlock): Promise<void> => {
    switch (b.kind) {
      case 'header':
        children.push(headerTable(b.header, width));
        return;
      case 'title':
        children.push(...titleParagraphs(b.title, b.subject, b.note, width));
        return;
      case 'para':
        children.push(new Paragraph(paragraphOptions(b.para)));
        if (b.units) await units(b.units);
        return;
      case 'table':
        children.push(...(await modelTable(b.table, width, units)));
        return;
      case 'signature':
        children.push(signatureTable(b.signature, width));
        return;
    }
  };
  for (const b of section.blocks) await add(b);
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

export async function writeModelDocx(model: DocModel, outFile: string, opts: DocxOptions = {}): Promise<DocxResult> {
  opts.signal?.throwIfAborted();
  let done = 0;
  let lastYield = performance.now();
  let lastProgress = 0;
  const units = async (n: number): Promise<void> => {
    done += n;
    const now = performance.now();
    if (opts.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      opts.onProgress(done, model.total);
    }
    if (now - lastYield > 15) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      lastYield = performance.now();
      opts.signal?.throwIfAborted();
    }
  };
  const sections: ISectionOptions[] = [];
  for (const [i, s] of model.sections.entries()) sections.push(await sectionOptions(s, i === 0, units));
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
    sections,
  });
  opts.signal?.throwIfAborted();
  const buffer = await Packer.toBuffer(doc);
  opts.signal?.throwIfAborted();
  const temp = join(dirname(outFile), `.${basename(outFile)}.${randomUUID().slice(0, 8)}.part`);
  try {
    await writeFile(temp, buffer, { flag: 'wx' });
    await rename(temp, outFile);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  opts.onProgress?.(model.total, model.total);
  return { pages: null, bytes: buffer.length };
}
