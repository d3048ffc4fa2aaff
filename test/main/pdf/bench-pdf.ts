/**
 * Measures the PDF engine (issue 6 benchmark): the compiled report of 5,000 and 20,000 comments
 * and a delegate's sheet of 200, each in a fresh Node process so its peak memory is its own.
 * Prints a table; not a pass/fail test. Run: `npx tsx test/main/pdf/bench-pdf.ts`
 * (one case: `npx tsx test/main/pdf/bench-pdf.ts report 20000`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommentSheetInput } from '../../../shared/domain/reports';
import { writeCommentSheet, writeCompiledReport } from '../../../main/core/pdf';
import { FONTS_DIR, sheetInput } from './fixtures';
import { generatedReport } from './generated';

interface Measured {
  kind: string;
  comments: number;
  pages: number;
  ms: number;
  /** CPU time of the process during the write (user + system, all threads). */
  cpuMs: number;
  peakRssMb: number;
  startRssMb: number;
  fileMb: number;
}

const CASES: Array<[string, number]> = [
  ['sheet', 200],
  ['report', 5000],
  ['report', 20000],
];

/** A delegate's sheet of `n` comments, built from the generated report's comments. */
export function bigSheet(n: number): CommentSheetInput {
  const report = generatedReport(n);
  const base = sheetInput();
  const entries = report.groups.flatMap((g) =>
    g.passages.flatMap((p) =>
      p.comments.map((c) => ({
        documentTitle: g.documentTitle,
        documentKind: g.documentKind,
        path: p.path,
        lineFirst: p.lineFirst,
        lineLast: p.lineLast,
        quote: p.quote,
        stance: c.stance,
        text: c.text,
        proposedText: c.proposedText,
      })),
    ),
  );
  return { ...base, entries: entries.slice(0, n) };
}

async function measureOne(kind: string, n: number): Promise<Measured> {
  const dir = mkdtempSync(join(tmpdir(), 'gopy-bench-pdf-'));
  const file = join(dir, `${kind}-${n}.pdf`);
  try {
    const sheet = kind === 'sheet' ? bigSheet(n) : null;
    const report = kind === 'report' ? generatedReport(n) : null;
    const startRssMb = process.memoryUsage().rss / 2 ** 20;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { pages } = sheet
      ? await writeCommentSheet(sheet, file, { fontsDir: FONTS_DIR })
      : await writeCompiledReport(report ?? generatedReport(n), file, { fontsDir: FONTS_DIR });
    const ms = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return {
      kind,
      comments: n,
      pages,
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      startRssMb,
      fileMb: statSync(file).size / 2 ** 20,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [kind, n] = process.argv.slice(2);
  if (kind) {
    process.stdout.write(JSON.stringify(await measureOne(kind, Number(n))));
    return;
  }
  console.log('PDF engine benchmark (each case in its own process; peak RSS includes Node and tsx)');
  console.log('case            comments   pages    time ms     cpu ms   peak RSS MB   RSS before MB   file MB');
  for (const [k, count] of CASES) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, k, String(count)], { encoding: 'utf8' });
    const m = JSON.parse(out) as Measured;
    console.log(
      `${m.kind.padEnd(14)} ${String(m.comments).padStart(9)} ${String(m.pages).padStart(7)} ${m.ms.toFixed(0).padStart(10)} ${m.cpuMs.toFixed(0).padStart(10)} ${m.peakRssMb.toFixed(0).padStart(13)} ${m.startRssMb.toFixed(0).padStart(15)} ${m.fileMb.toFixed(1).padStart(9)}`,
    );
  }
}

// Imported by the benchmark (test/bench/measure/pdf-child.ts) for bigSheet: run only as a script.
if (require.main === module) void main();
