/**
 * Writing a PDF to disk safely: the document streams into a temporary file beside the target and
 * is renamed over it only when complete, so a reader never sees half a PDF; a cancel or an error
 * deletes the temporary file. Layout yields to the event loop regularly, which lets the file
 * stream drain (memory stays flat however many pages), progress reach the UI and a cancel arrive.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import PDFDocument from 'pdfkit';
import { registerFonts } from './fonts';
import { PageFlow } from './page-flow';
import { Pen } from './pen';

export interface PdfOptions {
  /** Folder holding the Tinos TTF files (resources/fonts/tinos). */
  fontsDir: string;
  /** Items done (comments or entries) out of the total, at most every 100 ms and once at the end. */
  onProgress?(done: number, total: number): void;
  signal?: AbortSignal;
}

export interface PdfResult {
  pages: number;
}

export interface PdfMeta {
  title: string;
  subject: string;
  author: string;
}

export interface RenderContext {
  flow: PageFlow;
  /** Reports progress, lets the output drain, and throws if the job was cancelled. */
  tick(done: number): Promise<void>;
}

/** Bytes waiting in memory before layout pauses for the disk. */
const HIGH_WATER = 4 << 20;
/** Short turns keep the disk busy: a write completes only when layout lets the event loop run. */
const YIELD_EVERY_MS = 15;
const PROGRESS_EVERY_MS = 100;

export async function writePdf(
  outFile: string,
  opts: PdfOptions,
  meta: PdfMeta,
  total: number,
  render: (ctx: RenderContext) => Promise<void>,
): Promise<PdfResult> {
  opts.signal?.throwIfAborted();
  const temp = join(dirname(outFile), `.${basename(outFile)}.${randomUUID().slice(0, 8)}.part`);
  const doc = new PDFDocument({
    autoFirstPage: false,
    // Pages are written out as soon as the next one starts: memory does not grow with the page count.
    bufferPages: false,
    // The pen keeps its own compact cache of shaped words; pdfkit's would hold every word's glyph run.
    fontLayoutCache: false,
    // No default font: pdfkit would load Helvetica's metrics for nothing.
    font: '',
    pdfVersion: '1.7',
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Creator: 'Góp ý HĐND',
      Producer: 'Góp ý HĐND (pdfkit)',
    },
  });
  const out = createWriteStream(temp, { flags: 'wx' });
  let failure: unknown = null;
  const finished = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', (e) => {
      failure ??= e;
      reject(e);
    });
    doc.on('error', (e) => {
      failure ??= e;
      reject(e);
    });
  });
  finished.catch(() => undefined);

  let lastYield = performance.now();
  let lastProgress = 0;
  const tick = async (done: number): Promise<void> => {
    if (failure) throw failure;
    opts.signal?.throwIfAborted();
    const now = performance.now();
    if (opts.onProgress && now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      opts.onProgress(done, total);
    }
    if (now - lastYield < YIELD_EVERY_MS && doc.readableLength + out.writableLength < HIGH_WATER) return;
    do {
      if (out.writableNeedDrain) await once(out, 'drain');
      else await new Promise<void>((resolve) => setImmediate(resolve));
      if (failure) throw failure;
    } while (doc.readableLength + out.writableLength >= HIGH_WATER / 2);
    lastYield = performance.now();
    opts.signal?.throwIfAborted();
  };

  try {
    registerFonts(doc, opts.fontsDir);
    doc.pipe(out);
    // The render starts the first page, turned the way its first section says.
    const flow = new PageFlow(doc, new Pen(doc));
    await render({ flow, tick });
    flow.finish();
    doc.end();
    await finished;
    await rename(temp, outFile);
    opts.onProgress?.(total, total);
    return { pages: flow.pages };
  } catch (error) {
    doc.unpipe(out);
    // The file may still be opening (a failure before the first write): let the stream close, or
    // the file it creates would appear after the removal.
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    await rm(temp, { force: true });
    throw error;
  }
}
