/**
 * The PDF figures of the PDF issue (6): the compiled report of 5,000 and 20,000 comments and the
 * delegate's sheet of 200 through the PDF engine (main/core/pdf), and Chromium's print-to-PDF of
 * the same report for comparison.
 *
 * Each engine run is a fresh Node process (pdf-child.ts, `node --import tsx`, the one process that
 * does the work: the tsx command would run the script in a second process of its own). The child
 * times the write itself and reports its own getrusage maxRSS at the end: Node's ChildProcess has
 * no resourceUsage(), and this is the figure /usr/bin/time prints, that run's peak alone, not
 * hidden by the benchmark's own memory. Inputs: test/main/pdf/generated.ts (seeded), so every run
 * and Chromium lay out the same report.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freemem } from 'node:os';
import { join } from 'node:path';
import { generatedReport } from '../../main/pdf/generated';
import { figureOf, type BenchContext, type Figure, type Measurement, type Target } from '../measurement';
import { freshDir, REPO_ROOT } from '../paths';
import { median, percentile } from '../stats';
import type { ChildResult, PdfKind } from './pdf-child';
import { CHROMIUM, closeBrowser, launchChromium, printWithChromium, writeReportHtml, type ChromiumPrint } from './pdf-chromium';

const CHILD = join(__dirname, 'pdf-child.ts');
/** A child that takes longer is stopped and the measurement reports an error (longer for the national 100,000). */
const childTimeoutMs = (comments: number): number => Math.max(180_000, comments * 6);
/** Chromium at 5,000 comments: 22–70 s measured on a busy 2-core machine. */
const CHROMIUM_5K_TIMEOUT_MS = 300_000;
/** Chromium at 20,000 comments: an attempt; giving up is a result, not an error. */
const CHROMIUM_20K_TIMEOUT_MS = 90_000;
/**
 * The attempt's renderer grows to ~13 GB before "Printing failed": on a machine with less memory
 * free it would rather meet the OOM killer (and maybe take other work with it), so it is skipped.
 */
const CHROMIUM_20K_MIN_FREE_GIB = 16;

const MB = 2 ** 20;
const n0 = (x: number): string => x.toFixed(0);
const thousands = (n: number): string => n.toLocaleString('en-US');
/** A PDF's pages; a .docx has none of its own (Word lays it out): its size says how big it is. */
const pagesOf = (r: ChildResult): string => (r.pages === null ? 'Word paginates' : `${thousands(r.pages)} pages`);

/** Runs one PDF in its own process; rejects with the child's stderr when it fails. */
function runChild(kind: PdfKind, comments: number, folder: string): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    // cwd: `--import tsx` is resolved from the working folder.
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, kind, String(comments), folder], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, childTimeoutMs(comments));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) return resolve(JSON.parse(last) as ChildResult);
      const how = timedOut
        ? `took over ${childTimeoutMs(comments) / 1000} s and was stopped`
        : signal
          ? `was killed (${signal})`
          : `exited with code ${code}`;
      reject(new Error(`the PDF process (${kind}, ${comments} comments) ${how}\n${stderr.trim().slice(-2000)}`));
    });
  });
}

/** A run in its own process, logged; `what` names it in the progress lines. */
async function logged(bench: BenchContext, what: string, kind: PdfKind, comments: number, folder: string): Promise<ChildResult> {
  const r = await runChild(kind, comments, folder);
  bench.log(`${what}: ${n0(r.ms)} ms, ${pagesOf(r)}, peak ${n0(r.peakRssMb)} MB`);
  return r;
}

/**
 * `runs` runs after one unrecorded one of the small sheet: the runs are cold by design (a new
 * process each), the warm-up only brings the fonts, modules and tsx's cache into the OS file cache.
 */
async function runChildren(bench: BenchContext, label: string, kind: PdfKind, comments: number, runs: number) {
  const folder = freshDir(`pdf-${kind}`);
  await runChild('sheet', 200, folder);
  const results: ChildResult[] = [];
  for (let i = 0; i < runs; i++) results.push(await logged(bench, `${label}, run ${i + 1}/${runs}`, kind, comments, folder));
  return results;
}

const memoryFigure = (name: string, samples: number[], extra: Partial<Figure> = {}): Figure => ({
  name,
  unit: 'MB',
  median: median(samples),
  p95: percentile(samples, 95),
  samples,
  ...extra,
});

interface EngineCase {
  id: string;
  title: string;
  /** Row names start with it. */
  label: string;
  kind: PdfKind;
  comments: number;
  runs(bench: BenchContext): number;
  time?: Target;
  memory?: Target;
}

/** Write time and peak memory of one PDF, each run in a fresh process. */
function engineMeasurement(c: EngineCase): Measurement {
  return {
    id: c.id,
    title: c.title,
    async run(bench: BenchContext): Promise<Figure[]> {
      const results = await runChildren(bench, c.label, c.kind, c.comments, c.runs(bench));
      const last = results[results.length - 1];
      const before = median(results.map((r) => r.rssBeforeMb));
      const added = median(results.map((r) => r.peakRssMb - r.rssBeforeMb));
      return [
        figureOf(
          `${c.label}: write`,
          results.map((r) => r.ms),
          {
            target: c.time,
            note:
              `${pagesOf(last)}, ${(last.bytes / MB).toFixed(1)} MB; CPU ${n0(median(results.map((r) => r.cpuMs)))} ms ` +
              `(median); ${results.length} runs, each a new process: the four Tinos files are parsed inside the clock (a new ` +
              `worker per export in the app), loading modules and generating the input outside`,
          },
        ),
        memoryFigure(
          `${c.label}: peak memory (process maxRSS)`,
          results.map((r) => r.peakRssMb),
          {
            target: c.memory,
            note: `the whole process (Node, tsx, modules, the generated input: ${n0(before)} MB when the write began); the write added ${n0(added)} MB (medians)`,
          },
        ),
      ];
    },
  };
}

const reportCase = (comments: number, runs: (bench: BenchContext) => number, targets: Partial<EngineCase>): Measurement =>
  engineMeasurement({
    id: `pdf-report-${comments / 1000}k`,
    title: `Compiled report PDF, ${thousands(comments)} comments (time, peak memory)`,
    label: `PDF report, ${thousands(comments)} comments`,
    kind: 'report',
    comments,
    runs,
    ...targets,
  });

const describePeaks = (peaks: Record<string, number>): string =>
  Object.entries(peaks)
    .filter(([kind]) => kind === 'browser' || kind === 'renderer' || kind.includes('Print'))
    .sort((a, b) => b[1] - a[1])
    .map(([kind, mb]) => `${kind.replace(/^utility /u, '')} ${mb} MB`)
    .join(', ') || 'not measured (no /proc)';

/** Chromium at 5,000 comments, each run paired with an engine run in the same minute, and an attempt at 20,000. */
const pdfVsChromium: Measurement = {
  id: 'pdf-vs-chromium',
  title: 'The same content through Chromium print-to-PDF, for comparison',
  async run(bench: BenchContext): Promise<Figure[]> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    const folder = freshDir('pdf-chromium');
    const pairs = Math.min(bench.runs, 3);
    const html = writeReportHtml(generatedReport(5_000), folder);
    const engine: ChildResult[] = [];
    const prints: ChromiumPrint[] = [];
    await runChild('sheet', 200, folder); // warm-up, as in runChildren
    const browser = await launchChromium();
    try {
      for (let i = 0; i < pairs; i++) {
        const ours = await logged(bench, `pdfkit, 5,000 comments, pair ${i + 1}/${pairs}`, 'report', 5_000, folder);
        const theirs = await printWithChromium(browser, html.file, join(folder, 'chromium-5000.pdf'), CHROMIUM_5K_TIMEOUT_MS);
        if (theirs.error) throw new Error(`Chromium could not print 5,000 comments: ${theirs.error}`);
        bench.log(`Chromium, 5,000 comments, pair ${i + 1}/${pairs}: ${n0(theirs.ms)} ms, ${thousands(theirs.pages)} pages`);
        engine.push(ours);
        prints.push(theirs);
      }
    } finally {
      await closeBrowser(browser);
    }
    const ratios = engine.map((r, i) => r.ms / prints[i].ms);
    const last = prints[prints.length - 1];
    const peaks: Record<string, number> = {};
    for (const p of prints) for (const [k, v] of Object.entries(p.peakMb)) peaks[k] = Math.max(peaks[k] ?? 0, v);
    return [
      figureOf(
        'Chromium page.pdf, 5,000 comments (load HTML + print)',
        prints.map((p) => p.ms),
        {
          note:
            `${thousands(last.pages)} pages (pdfkit: ${pagesOf(engine[0])}), ${(last.bytes / MB).toFixed(1)} MB, from ` +
            `${(html.bytes / MB).toFixed(1)} MB of HTML; peak RSS by process: ${describePeaks(peaks)}`,
        },
      ),
      figureOf(
        'PDF report, 5,000 comments, pdfkit (each run beside a Chromium run)',
        engine.map((r) => r.ms),
      ),
      {
        name: 'pdfkit ÷ Chromium time, 5,000 comments',
        unit: 'x',
        median: median(ratios),
        p95: percentile(ratios, 95),
        samples: ratios,
        target: { stat: 'median', max: 0.25, label: '≤ 0.25× (4× faster)' },
        note: `pdfkit is ${(1 / median(ratios)).toFixed(1)}× faster than Chromium (median of the ${pairs} paired runs)`,
      },
      await chromium20k(bench).catch((error: unknown): Figure => ({
        name: CHROMIUM_20K,
        unit: 'ms',
        median: Number.NaN,
        samples: [],
        note: `not measured: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]}`,
      })),
    ];
  },
};

/** One attempt at 20,000 comments in a browser of its own; a failure or a timeout is the figure's note. */
const CHROMIUM_20K = 'Chromium page.pdf, 20,000 comments (one attempt)';

async function chromium20k(bench: BenchContext): Promise<Figure> {
  const name = CHROMIUM_20K;
  const free = freemem() / 2 ** 30;
  if (free < CHROMIUM_20K_MIN_FREE_GIB) {
    const note = `skipped: ${free.toFixed(1)} GiB of memory free, under ${CHROMIUM_20K_MIN_FREE_GIB} GiB (its renderer grew to ~13 GB before failing on a 23.5 GiB machine)`;
    return { name, unit: 'ms', median: Number.NaN, samples: [], note };
  }
  const folder = freshDir('pdf-chromium-20k');
  const html = writeReportHtml(generatedReport(20_000), folder);
  let result: ChromiumPrint;
  const browser = await launchChromium();
  try {
    result = await printWithChromium(browser, html.file, join(folder, 'chromium-20000.pdf'), CHROMIUM_20K_TIMEOUT_MS);
  } finally {
    await closeBrowser(browser);
  }
  const seconds = (result.ms / 1000).toFixed(1);
  const peaks = `peak RSS by process: ${describePeaks(result.peakMb)}`;
  const htmlSize = `${(html.bytes / MB).toFixed(1)} MB of HTML`;
  bench.log(`Chromium, 20,000 comments: ${result.error ? `failed after ${seconds} s: ${result.error}` : `${seconds} s`}`);
  if (result.error) {
    return {
      name,
      unit: 'ms',
      median: Number.NaN,
      samples: [],
      note: `no PDF: ${result.error} (after ${seconds} s; ${htmlSize}; ${peaks})`,
    };
  }
  return figureOf(name, [result.ms], {
    note: `${thousands(result.pages)} pages, ${(result.bytes / MB).toFixed(1)} MB, from ${htmlSize}; ${peaks}`,
  });
}

export const pdfMeasurements: Measurement[] = [
  reportCase(5_000, (bench) => bench.runs, {}),
  reportCase(20_000, (bench) => Math.min(bench.runs, 3), {
    time: { stat: 'median', max: 5_000, label: '< 5 s' },
    memory: { stat: 'median', max: 300, label: '< 300 MB' },
  }),
  // The national case (issue 18).
  reportCase(100_000, () => 1, {
    time: { stat: 'median', max: 25_000, label: '< 25 s' },
    memory: { stat: 'median', max: 400, label: '< 400 MB' },
  }),
  engineMeasurement({
    id: 'docx-report-20k',
    title: 'Compiled report as Word (.docx), 20,000 comments (time, peak memory)',
    label: 'Word report, 20,000 comments',
    kind: 'report-docx',
    comments: 20_000,
    runs: (bench) => Math.min(bench.runs, 3),
    time: { stat: 'median', max: 10_000, label: '< 10 s' },
    memory: { stat: 'median', max: 600, label: '< 600 MB' },
  }),
  engineMeasurement({
    id: 'pdf-sheet',
    title: "Delegate's comment sheet PDF, 200 comments",
    label: "Delegate's sheet PDF, 200 comments",
    kind: 'sheet',
    comments: 200,
    runs: (bench) => bench.runs,
    time: { stat: 'median', max: 300, label: '< 300 ms' },
  }),
  pdfVsChromium,
];
