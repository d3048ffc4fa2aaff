/**
 * Page content deflated off the main thread. pdfkit deflates each page synchronously when the
 * page ends (the largest single cost of a 20,000-comment report, about a sixth of its CPU). pdfkit
 * can write an object later: the document waits for every object it handed out (`_waiting`)
 * before writing the cross-reference table, and records each object's offset when written. So a
 * page's content is deflated on libuv's thread pool while the next page is laid out, and written
 * when done, in page order (the file is the same from one run to the next). Relies on pdfkit's
 * content stream internals (`buffer`, `compress`, `data`, `finalize`).
 */
import { deflate, deflateSync } from 'node:zlib';

export interface ContentStream {
  buffer: Uint8Array[];
  compress: boolean;
  data: Record<string, unknown>;
  finalize(): void;
}

/** zlib level 1: about three times faster than pdfkit's default for a file about a quarter larger. */
const LEVEL = 1;

interface Pending {
  ref: ContentStream;
  write: () => void;
  deflated: Buffer | null;
}

export class PageDeflater {
  /** Pages whose content is being deflated, in page order. */
  private readonly queue: Pending[] = [];

  /** Takes over the deflating of `page`'s content stream (call once the page is added). */
  take(page: PDFKit.PDFPage): void {
    const ref = (page as unknown as { content: ContentStream }).content;
    if (!ref.compress) return;
    ref.compress = false;
    const write = ref.finalize.bind(ref);
    ref.finalize = () => {
      if (ref.buffer.length === 0) {
        if (this.queue.length === 0) write();
        else this.queue.push({ ref, write, deflated: Buffer.alloc(0) });
        return;
      }
      const raw = Buffer.concat(ref.buffer);
      ref.buffer = [];
      const pending: Pending = { ref, write, deflated: null };
      this.queue.push(pending);
      deflate(raw, { level: LEVEL }, (err, out) => {
        pending.deflated = err ? deflateSync(raw, { level: LEVEL }) : out;
        this.drain();
      });
    };
  }

  /** Writes the pages at the head of the queue whose content is deflated. */
  private drain(): void {
    for (;;) {
      const head = this.queue[0];
      if (head === undefined || head.deflated === null) return;
      this.queue.shift();
      const { ref, write, deflated } = head;
      if (deflated.length > 0) {
        ref.buffer = [deflated];
        ref.data.Filter = 'FlateDecode';
      }
      write();
    }
  }
}
