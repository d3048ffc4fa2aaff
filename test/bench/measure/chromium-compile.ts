/**
 * In headless Chromium against the real loopback server on the national database (100,000
 * comments): from page.goto of the compiled view to its first comment shown (target < 500 ms), and
 * then, while the mouse wheel scrolls down the list (fetching windows from main as it goes), the
 * longest frame: the longest gap between two requestAnimationFrame callbacks (target ≤ 50 ms), with
 * the longest 'long-animation-frame' entry beside it as a note. One warm-up run first (main builds
 * its compilation index on the first request; the app does it a moment after it opens).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyToFreshDir } from '../gen/copy';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { REPO_ROOT } from '../paths';
import { median } from '../stats';
import { SELECTORS } from './chromium-selectors';
import { startServer, stopServer } from '../../support/web-server';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'];
const WAIT_MS = 60_000;
/** Wheel turns while the frames are watched, and pixels per turn. */
const WHEEL_TURNS = 60;
const WHEEL_PX = 700;

/** Page code (a string: no DOM types here): records rAF gaps and long animation frames from now on. */
const WATCH_FRAMES = `window.__frames = { gaps: [], loaf: [], last: performance.now(), on: true };
  const tick = (t) => { const f = window.__frames; f.gaps.push(t - f.last); f.last = t; if (f.on) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  try {
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__frames.loaf.push(e.duration)))
      .observe({ type: 'long-animation-frame' });
  } catch {}`;
const READ_FRAMES = `(() => { const f = window.__frames; f.on = false;
  return { gap: Math.max(0, ...f.gaps), loaf: Math.max(0, ...f.loaf), frames: f.gaps.length,
    cards: document.querySelectorAll('.sx-comment-card').length, y: window.scrollY }; })()`;

interface Run {
  firstComment: number;
  /** CPU time of the page's main thread up to the first comment, and while scrolling (ms). */
  firstCpu: number;
  scrollCpu: number;
  longestFrame: number;
  longestLoaf: number;
  scrolledPx: number;
}

async function oneRun(browser: Browser, url: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  try {
    const page: Page = await context.newPage();
    // The main thread's CPU time beside the wall time: on a shared machine the wall time also counts
    // the time other work held the cores.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const threadMs = async () =>
      1000 * ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN);
    const t0 = performance.now();
    await page.goto(`${url}${SELECTORS.compileHash}`, { waitUntil: 'commit', timeout: WAIT_MS });
    await page.locator(SELECTORS.compiledComment).first().waitFor({ state: 'visible', timeout: WAIT_MS });
    const firstComment = performance.now() - t0;
    const firstCpu = await threadMs();
    await page.evaluate(WATCH_FRAMES);
    await page.mouse.move(SELECTORS.scrollPoint.x, SELECTORS.scrollPoint.y);
    for (let i = 0; i < WHEEL_TURNS; i++) {
      await page.mouse.wheel(0, WHEEL_PX);
      await page.waitForTimeout(50);
    }
    await page.waitForTimeout(500);
    const frames = (await page.evaluate(READ_FRAMES)) as { gap: number; loaf: number; y: number };
    const scrollCpu = (await threadMs()) - firstCpu;
    return { firstComment, firstCpu, scrollCpu, longestFrame: frames.gap, longestLoaf: frames.loaf, scrolledPx: frames.y };
  } finally {
    await context.close();
  }
}

export const chromiumCompile: Measurement = {
  id: 'chromium-compile',
  title: 'Headless Chromium: the compiled view of the national case (100,000 comments)',
  async run(bench: BenchContext): Promise<Figure[]> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html')))
      throw new Error('renderer not built: run electron-vite build');
    const national = await bench.fixtures.national();
    const server = await startServer(copyToFreshDir(national.largeDir, 'chromium-national'));
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      await oneRun(browser, server.url); // warm-up: main's index, the server's caches
      const runs: Run[] = [];
      for (let i = 0; i < bench.runs; i++) runs.push(await oneRun(browser, server.url));
      const scrolled = `scrolled ${median(runs.map((r) => r.scrolledPx)).toFixed(0)} px in ${WHEEL_TURNS} wheel turns`;
      return [
        figureOf(
          'Chromium national: goto compiled view → first of 100,000 comments shown',
          runs.map((r) => r.firstComment),
          {
            target: { stat: 'median', max: 500, label: '< 500 ms' },
            note: `the page's main thread used median ${median(runs.map((r) => r.firstCpu)).toFixed(0)} ms of CPU up to then (script, style, layout, paint)`,
          },
        ),
        figureOf(
          'Chromium national: longest frame while scrolling the compiled view (rAF gap)',
          runs.map((r) => r.longestFrame),
          {
            target: { stat: 'median', max: 50, label: '≤ 50 ms' },
            note: `longest long-animation-frame entry: median ${median(runs.map((r) => r.longestLoaf)).toFixed(0)} ms; ${scrolled}; main-thread CPU while scrolling: median ${median(runs.map((r) => r.scrollCpu)).toFixed(0)} ms`,
          },
        ),
      ];
    } finally {
      await browser?.close();
      await stopServer(server.child);
    }
  },
};
