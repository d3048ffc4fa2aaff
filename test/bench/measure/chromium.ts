/**
 * In headless Chromium (Debian's, driven by playwright-core) against the real loopback server on
 * the large database: time from page.goto to the agenda shown (target < 500 ms), and from a click
 * on a 3,000-block document to: its first block shown; shown and scrollable, i.e. a mouse-wheel
 * scroll answered (target < 1 s); and its last block rendered and scrolled into view. Each run uses
 * a new browser context (no cache); the longest main-thread task while the document opens is
 * reported as a note (the window must stay responsive). Then the secretariat's compiled view of all
 * 20,000 comments, from page.goto to its first comment shown.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { copyToFreshDir } from '../gen/copy';
import { addTallDocument, TALL_BLOCKS } from '../gen/tall-document';
import { figureOf, type BenchContext, type Figure, type Measurement } from '../measurement';
import { REPO_ROOT } from '../paths';
import { median } from '../stats';
import { SELECTORS, SELECTORS_FILE } from './chromium-selectors';
import { startServer, stopServer } from '../../support/web-server';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WAIT_MS = 15_000;

async function waitFor(page: Page, selector: string, state: 'visible' | 'attached' = 'visible'): Promise<void> {
  try {
    await page.locator(selector).first().waitFor({ state, timeout: WAIT_MS });
  } catch {
    throw new Error(`"${selector}" did not appear within ${WAIT_MS} ms: has the UI changed? Update ${SELECTORS_FILE}.`);
  }
}

/** Records the main thread's long tasks (> 50 ms) from now on (page code: a string, no DOM types here). */
const watchLongTasks = (page: Page): Promise<unknown> =>
  page.evaluate(`window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e.duration)))
      .observe({ type: 'longtask' });`);
const longestTask = async (page: Page): Promise<number> => Number(await page.evaluate('Math.max(0, ...window.__longTasks)'));

/** Turns the mouse wheel until the document has scrolled (the app may still reset it to the top once). */
async function scrollOnce(page: Page): Promise<void> {
  await page.mouse.move(SELECTORS.scrollPoint.x, SELECTORS.scrollPoint.y);
  const deadline = performance.now() + WAIT_MS;
  for (;;) {
    await page.mouse.wheel(0, 600);
    if (await page.evaluate(SELECTORS.scrolledProbe)) return;
    if (performance.now() > deadline) {
      throw new Error(`the document did not scroll within ${WAIT_MS} ms: has the layout changed? Update ${SELECTORS_FILE}.`);
    }
  }
}

interface Run {
  compile: number;
  agenda: number;
  docShown: number;
  docScrollable: number;
  docEnd: number;
  longTask: number;
}

async function oneRun(browser: Browser, url: string, documentId: string, lastBlockId: string): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    const t0 = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    await waitFor(page, SELECTORS.agendaDocument);
    const agenda = performance.now() - t0;
    await watchLongTasks(page);
    const t1 = performance.now();
    await page.locator(SELECTORS.documentLink(documentId)).click({ timeout: WAIT_MS });
    await waitFor(page, SELECTORS.anyBlock);
    const docShown = performance.now() - t1;
    await scrollOnce(page);
    const docScrollable = performance.now() - t1;
    await waitFor(page, SELECTORS.bodyComplete, 'attached');
    await page.locator(SELECTORS.block(lastBlockId)).scrollIntoViewIfNeeded({ timeout: WAIT_MS });
    await waitFor(page, SELECTORS.block(lastBlockId));
    const docEnd = performance.now() - t1;
    const longTask = await longestTask(page);
    const t2 = performance.now();
    await page.goto(`${url}${SELECTORS.compileHash}`, { waitUntil: 'commit' });
    await waitFor(page, SELECTORS.compiledComment);
    const compile = performance.now() - t2;
    return { agenda, docShown, docScrollable, docEnd, longTask, compile };
  } finally {
    await context.close();
  }
}

export const chromiumReader: Measurement = {
  id: 'chromium',
  title: 'Headless Chromium: agenda and a 3,000-block document',
  async run(bench: BenchContext): Promise<Figure[]> {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html')))
      throw new Error('renderer not built: run electron-vite build');
    const session = await bench.fixtures.session();
    const dataDir = copyToFreshDir(session.largeDir, 'chromium');
    const { documentId, lastBlockId } = addTallDocument(dataDir, session.sessionId);
    const server = await startServer(dataDir);
    let browser: Browser | undefined;
    try {
      browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
      await oneRun(browser, server.url, documentId, lastBlockId); // warm-up: server caches, Chromium's disk cache is per context
      const runs: Run[] = [];
      for (let i = 0; i < bench.runs; i++) runs.push(await oneRun(browser, server.url, documentId, lastBlockId));
      const longTask = `longest main-thread task while opening: median ${median(runs.map((r) => r.longTask)).toFixed(0)} ms`;
      return [
        figureOf(
          'Chromium: goto → agenda shown',
          runs.map((r) => r.agenda),
          { target: { stat: 'median', max: 500, label: '< 500 ms' } },
        ),
        figureOf(
          `Chromium: click → ${TALL_BLOCKS}-block document, first block shown`,
          runs.map((r) => r.docShown),
        ),
        figureOf(
          `Chromium: click → ${TALL_BLOCKS}-block document shown and scrollable (wheel answered)`,
          runs.map((r) => r.docScrollable),
          {
            target: { stat: 'median', max: 1000, label: '< 1 s' },
            note: longTask,
          },
        ),
        figureOf(
          `Chromium: click → ${TALL_BLOCKS}-block document, all rendered, last block in view`,
          runs.map((r) => r.docEnd),
        ),
        figureOf(
          'Chromium: goto compiled view → first of 20,000 comments shown',
          runs.map((r) => r.compile),
        ),
      ];
    } finally {
      await browser?.close();
      await stopServer(server.child);
    }
  },
};
