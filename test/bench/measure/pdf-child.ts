/**
 * One PDF run in a process of its own, started by pdf.ts: `node --import tsx pdf-child.ts
 * <report|sheet> <comments> <folder>`. Generates the input (test/main/pdf: generatedReport, and
 * bigSheet for the sheet), then times writeCompiledReport / writeCommentSheet into a file in
 * <folder>, and prints one line of JSON (ChildResult) on stdout. The file is deleted afterwards.
 *
 * The clock covers the write only, as the app's worker does it: each export job is a new worker,
 * so parsing the four Tinos files is inside it; loading modules and generating the input are not.
 * Peak memory is this process's own getrusage maxRSS read at the end: its whole life's peak
 * (Node, tsx and the generated input included), which is what a user's machine has to hold.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { writeModelDocx } from '../../../main/core/docx';
import { writeCommentSheet, writeCompiledReport } from '../../../main/core/pdf';
import { buildReportModel } from '../../../main/core/report/report-model';
import { bigSheet } from '../../main/pdf/bench-pdf';
import { FONTS_DIR } from '../../main/pdf/fixtures';
import { generatedReport } from '../../main/pdf/generated';

/** `report-docx`: the same report as Word (.docx), from the same model. */
export type PdfKind = 'report' | 'sheet' | 'report-docx';

export interface ChildResult {
  kind: PdfKind;
  comments: number;
  /** Wall time of the write, milliseconds. */
  ms: number;
  /** CPU time of the process during the write (user + system), milliseconds. */
  cpuMs: number;
  /** Null for a .docx: Word lays out its own pages. */
  pages: number | null;
  bytes: number;
  /** Resident set size when the write started (input generated), MB. */
  rssBeforeMb: number;
  /** Peak resident set size of the process over its whole life (getrusage ru_maxrss), MB. */
  peakRssMb: number;
}

async function main(): Promise<void> {
  const [kind, count, folder] = process.argv.slice(2);
  const n = Number(count);
  if ((kind !== 'report' && kind !== 'sheet' && kind !== 'report-docx') || !Number.isInteger(n) || n < 1 || !folder) {
    throw new Error('usage: pdf-child.ts <report|sheet|report-docx> <comments> <folder>');
  }
  const file = join(folder, `${kind}-${n}-${process.pid}.${kind === 'report-docx' ? 'docx' : 'pdf'}`);
  const opts = { fontsDir: FONTS_DIR };
  let write: () => Promise<{ pages: number | null }>;
  if (kind === 'report-docx') {
    const input = generatedReport(n);
    // The model is built inside the clock, as the app's worker does for either format.
    write = () => writeModelDocx(buildReportModel(input, { release: true }), file);
  } else if (kind === 'sheet') {
    const input = bigSheet(n);
    write = () => writeCommentSheet(input, file, opts);
  } else {
    const input = generatedReport(n);
    // As the app's worker does: each comment is let go of once its row is built.
    write = () => writeCompiledReport(input, file, opts, { release: true });
  }
  const rssBefore = process.memoryUsage.rss();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { pages } = await write();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const bytes = statSync(file).size;
  rmSync(file, { force: true });
  const result: ChildResult = {
    kind,
    comments: n,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    pages,
    bytes,
    rssBeforeMb: rssBefore / 2 ** 20,
    // In KiB (Node's unit on every platform).
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
