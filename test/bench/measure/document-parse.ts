/**
 * Parsing a document to import, in the import worker as the app does it (the bundled
 * out/main/import-worker.js when built, else worker.ts through tsx): a Nghị quyết of about 50
 * pages as .docx, as .doc and as PDF. Each run starts a worker, so the figure is what the user
 * waits for between choosing the file and seeing the preview (less the IPC).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseInWorker } from '../../../main/core/import/parse-in-worker';
import { importFiles } from '../gen/import-files';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { REPO_ROOT } from '../paths';
import { repeat } from '../stats';

const BUNDLED = join(REPO_ROOT, 'out', 'main', 'import-worker.js');

export const documentParse: Measurement = {
  id: 'document-parse',
  title: 'Parse a 50-page document for import (worker)',
  async run(bench: BenchContext): Promise<Figure[]> {
    const files = await importFiles();
    const workerFile = existsSync(BUNDLED) ? BUNDLED : undefined;
    const where = workerFile ? 'bundled worker' : 'worker.ts via tsx';
    if (!workerFile) bench.log('(no out/main/import-worker.js: measuring worker.ts through tsx)');
    const figures: Figure[] = [];
    const measure = async (label: string, path: string | null, note?: string) => {
      if (!path) {
        bench.log(`(${label}: LibreOffice not installed, file not made)`);
        return;
      }
      let blocks = 0;
      const samples = await repeat(
        bench.runs,
        async () => {
          const start = performance.now();
          const parsed = await parseInWorker(path, { workerFile });
          blocks = parsed.paragraphs.length;
          return performance.now() - start;
        },
        1,
      );
      const max = Math.max(...samples);
      figures.push(
        figureOf(`${label}, ${where}`, samples, {
          note: `${note ? `${note}, ` : ''}${blocks} paragraphs, max ${Math.round(max)} ms`,
        }),
      );
    };
    await measure('.docx (≈50 pages)', files.docx);
    await measure('.doc (LibreOffice, same text)', files.doc);
    await measure('PDF (LibreOffice, same text)', files.pdf, files.pdfPages ? `${files.pdfPages} pages` : undefined);
    return figures;
  },
};
