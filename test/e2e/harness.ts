/**
 * End-to-end harness: a fresh data folder, the loopback web server (main/web/start-web.ts) on a
 * random port, and Debian's Chromium driven by playwright-core. It records every request the page
 * makes and every console error or page error, so a test can fail on anything that leaves
 * 127.0.0.1 or logs an error. Assumes `npx electron-vite build` already ran (npm run test:e2e).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer, stopServer, type RunningServer } from '../support/web-server';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const SCREENSHOT_DIR = join(REPO_ROOT, 'test-results');
const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

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
  close(): Promise<void>;
}

export async function startHarness(options: { viewport?: { width: number; height: number } } = {}): Promise<Harness> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  if (!existsSync(join(REPO_ROOT, 'out', 'renderer', 'index.html'))) {
    throw new Error('The renderer is not built: run "npx electron-vite build" (npm run test:e2e does).');
  }
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'gopy-e2e-'));
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startServer(dataDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  } catch (error) {
    await browser?.close();
    if (server) await stopServer(server.child);
    rmSync(dataDir, { recursive: true, force: true });
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
    },
  };
}
