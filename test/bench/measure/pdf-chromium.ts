/**
 * Chromium's print-to-PDF of the compiled report, the path most Electron apps take
 * (webContents.printToPDF, here page.pdf() in playwright-core on Debian's Chromium, the same
 * printing code): the report's HTML (pdf-html.ts) written to a file beside copies of the Tinos
 * files, loaded with page.goto (file://, fonts from the same folder), then page.pdf({ format: 'A4' })
 * with the engine's margins and the page number in the top margin. The clock runs from goto to
 * the PDF on disk. Peak memory: the largest VmHWM (Linux) of the browser's processes by kind,
 * sampled while the page loads and prints.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import type { CompiledReportInput } from '../../../shared/domain/reports';
import { FONT_FILES } from '../../../main/core/pdf/fonts';
import { FONTS_DIR } from '../../main/pdf/fixtures';
import { reportHtml } from './pdf-html';

export const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, timeout: 60_000 });
}

/** Writes the report's HTML into `folder` beside copies of the fonts; returns the page's file and its size. */
export function writeReportHtml(input: CompiledReportInput, folder: string): { file: string; bytes: number } {
  for (const font of Object.values(FONT_FILES)) copyFileSync(join(FONTS_DIR, font), join(folder, font));
  const file = join(folder, `report-${Date.now()}.html`);
  writeFileSync(
    file,
    reportHtml(input, (font) => font),
  );
  return { file, bytes: statSync(file).size };
}

export interface ChromiumPrint {
  /** From page.goto to the PDF on disk; on a failure, until it failed. */
  ms: number;
  /** Why it failed ("Printing failed", a timeout, a crash), or null when the PDF was written. */
  error: string | null;
  pages: number;
  bytes: number;
  /** Largest peak RSS among the browser's processes of each kind (renderer, utility, browser…), MB. */
  peakMb: Record<string, number>;
}

/**
 * Loads `htmlFile` in a new context of `browser` and prints it to `pdfFile`, giving up after
 * `timeoutMs`. A failure is returned, not thrown, with how long it took and the memory it reached;
 * after one, the page may still be busy: close the browser rather than reuse it.
 */
export async function printWithChromium(
  browser: Browser,
  htmlFile: string,
  pdfFile: string,
  timeoutMs: number,
): Promise<ChromiumPrint> {
  const sampler = new ProcessPeaks();
  const context = await browser.newContext();
  let timer: NodeJS.Timeout | undefined;
  const t0 = performance.now();
  try {
    const page = await context.newPage();
    const print = async (): Promise<void> => {
      await page.goto(pathToFileURL(htmlFile).href, { waitUntil: 'load', timeout: timeoutMs });
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      // Margins and page numbers come from the page's CSS (@page and its margin boxes): a
      // displayHeaderFooter template, rendered once per page, tripled the time at 5,000 comments.
      await page.pdf({ path: pdfFile, format: 'A4', preferCSSPageSize: true });
    };
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no PDF within ${timeoutMs / 1000} s (stopped)`)), timeoutMs);
    });
    await Promise.race([print(), timeout]);
    const ms = performance.now() - t0;
    return { ms, error: null, pages: pdfPages(pdfFile), bytes: statSync(pdfFile).size, peakMb: sampler.peaks() };
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { ms: performance.now() - t0, error: message, pages: 0, bytes: 0, peakMb: sampler.peaks() };
  } finally {
    clearTimeout(timer);
    sampler.stop();
    // After a failure the page may still be printing and closing its context hang: not for long.
    await Promise.race([context.close().catch(() => undefined), delay(5_000)]);
  }
}

export const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Closes the browser, or gives up after `ms` (playwright kills it when the benchmark exits). */
export async function closeBrowser(browser: Browser, ms = 15_000): Promise<void> {
  await Promise.race([browser.close().catch(() => undefined), delay(ms)]);
}

/** Page count of a PDF: poppler's pdfinfo when installed, else the page objects counted. */
function pdfPages(file: string): number {
  try {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const m = /^Pages:\s+(\d+)/mu.exec(info);
    if (m) return Number(m[1]);
  } catch {
    // no poppler-utils: count below
  }
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page(?![s\w])/gu) ?? []).length;
}

/**
 * The peak resident set (VmHWM) of each process below this one, by Chromium's process kind
 * (`--type=`, `--utility-sub-type=`; none for the browser process), sampled every 200 ms. Linux
 * only (reads /proc); elsewhere it reports nothing.
 */
class ProcessPeaks {
  private readonly byPid = new Map<number, { kind: string; kb: number }>();
  private readonly timer: NodeJS.Timeout;

  constructor() {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  peaks(): Record<string, number> {
    this.sample();
    const out: Record<string, number> = {};
    for (const { kind, kb } of this.byPid.values()) out[kind] = Math.max(out[kind] ?? 0, Math.round(kb / 1024));
    return out;
  }

  private sample(): void {
    let entries: string[];
    try {
      entries = readdirSync('/proc').filter((e) => /^\d+$/u.test(e));
    } catch {
      return;
    }
    const parent = new Map<number, number>();
    for (const e of entries) {
      try {
        // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
        const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
        parent.set(Number(e), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // gone already
      }
    }
    const mine = (pid: number): boolean => {
      for (let p = parent.get(pid), depth = 0; p !== undefined && depth < 20; p = parent.get(p), depth++) {
        if (p === process.pid) return true;
      }
      return false;
    };
    for (const pid of parent.keys()) {
      if (!mine(pid)) continue;
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!cmdline.includes('chrom')) continue;
        const hwm = /^VmHWM:\s+(\d+) kB/mu.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        if (!hwm) continue;
        const type = /--type=([\w-]+)/u.exec(cmdline)?.[1] ?? 'browser';
        const sub = /--utility-sub-type=([\w.]+)/u.exec(cmdline)?.[1];
        const kind = sub ? `${type} ${sub.split('.').pop()}` : type;
        const kb = Math.max(Number(hwm[1]), this.byPid.get(pid)?.kb ?? 0);
        this.byPid.set(pid, { kind, kb });
      } catch {
        // gone already
      }
    }
  }
}
