/**
 * End-to-end harness: a fresh data folder, the loopback web server (main/web/start-web.ts) on a
 * random port, and Debian's Chromium driven by playwright-core. It records every request the page
 * makes and every console error or page error, so a test can fail on anything that leaves
 * 127.0.0.1 or logs an error. The browser itself is kept offline (host names resolve to nothing but
 * the loopback, background services off) and its own network log is read when it closes: `close()`
 * fails if the browser tried to reach anything but 127.0.0.1, page or not (support/net-log.ts). Assumes `npx electron-vite build` already ran (npm run test:e2e).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';
import { offlineChromiumArgs, readNetLog } from '../support/net-log';
import { startServer, stopServer, type RunningServer } from '../support/web-server';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');
const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu'];

/** Only the loopback server (and data:/blob: URLs) may ever be requested. */
export function isAllowedRequest(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url === origin || url.startsWith('data:') || url.startsWith('blob:');
}

export interface Harness {
  /** The app's URL, token included. */
  url: string;
  origin: string;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
  /** Opens the app and waits for the agenda. */
  open(hash?: string): Promise<void>;
  /** Throws if any request left the loopback server or any error was logged. */
  assertClean(): void;
  /** Closes everything; throws if the browser's own network log shows a connection beyond 127.0.0.1. */
  close(): Promise<void>;
  /** The browser's network log (complete once closed). */
  netLogFile: string;
}

export async function startHarness(options: { viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run "npx electron-vite build" (npm run test:e2e does).');
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'gopy-e2e-'));
  const netLogDir = mkdtempSync(join(tmpdir(), 'gopy-e2e-netlog-'));
  const netLogFile = join(netLogDir, 'net-log.json');
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(dataDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...offlineChromiumArgs(netLogFile)] });
  } catch (error) {
    await browser?.close();
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(netLogDir, { recursive: true, force: true });
    throw error;
  }
  const origin = new URL(server.url).origin;
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  const serverProcess = server.child;
  const openBrowser = browser;

  return {
    url: server.url,
    origin,
    dataDir,
    netLogFile,
    browser,
    context,
    page,
    requests,
    errors,
    async open(hash = '') {
      await page.goto(server.url + hash);
      await page.locator('a.agenda-doc').first().waitFor();
    },
    assertClean() {
      const outside = requests.filter((url) => !isAllowedRequest(url, origin));
      if (outside.length > 0) throw new Error(`Requests left the loopback server:\n${outside.join('\n')}`);
      if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
    },
    async close() {
      await context.close().catch(() => undefined);
      await openBrowser.close().catch(() => undefined);
      await stopServer(serverProcess);
      rmSync(dataDir, { recursive: true, force: true });
      const { connections } = readNetLog(netLogFile);
      rmSync(netLogDir, { recursive: true, force: true });
      if (connections.length > 0) throw new Error(`The browser tried to connect beyond 127.0.0.1:\n${connections.join('\n')}`);
    },
  };
}

/**
 * A fresh harness for every test of a file: started before each test, checked clean and closed
 * after it. `use` receives the harness (and, when `tempPrefix` is given, an empty folder of the
 * test's own, removed afterwards).
 */
export function harnessForEachTest(
  use: (harness: Harness, tempRoot: string) => void,
  options: { viewport?: { width: number; height: number }; tempPrefix?: string } = {},
): void {
  let harness: Harness | undefined;
  let root = '';
  beforeEach(async () => {
    root = options.tempPrefix ? mkdtempSync(join(tmpdir(), options.tempPrefix)) : '';
    harness = await startHarness({ viewport: options.viewport });
    use(harness, root);
  });
  afterEach(async () => {
    try {
      harness?.assertClean();
    } finally {
      await harness?.close();
      if (root) rmSync(root, { recursive: true, force: true });
    }
  });
}
