/**
 * The test browser is kept offline and its own traffic is watched (issue 18): Chromium's network
 * log sees what page-level listeners do not (the browser's update and account requests); none of
 * them, nor a page's request beyond the loopback, gets as far as a connection.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { expect, test } from 'vitest';
import { offlineChromiumArgs, readNetLog } from '../support/net-log';
import { startServer, stopServer } from '../support/web-server';
import { CHROMIUM_ARGS } from './harness';

/** The harness's browser, on the app, doing `act`; returns what its network log shows. */
async function browse(act: (page: import('playwright-core').Page) => Promise<void>, flags?: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'gopy-offline-'));
  const netLog = join(dir, 'net-log.json');
  const server = await startServer(join(dir, 'data'));
  const args = [...CHROMIUM_ARGS, ...(flags ?? offlineChromiumArgs(netLog)), `--log-net-log=${netLog}`];
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.locator('a.agenda-doc').first().waitFor();
    await act(page);
    // The browser's own background requests start within seconds of launch.
    await page.waitForTimeout(3000);
  } finally {
    await browser.close();
    await stopServer(server.child);
  }
  try {
    return readNetLog(netLog);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the browser\u2019s own requests are seen, and none reaches a connection', async () => {
  const seen = await browse(async () => undefined);
  expect(seen.connections).toEqual([]);
  // What page listeners never see: the browser asked for its own services (stopped at resolution).
  expect(seen.stoppedRequests.some((url) => /google/u.test(url))).toBe(true);
}, 60_000);

test('a page request beyond the loopback is seen in the log and goes nowhere', async () => {
  const seen = await browse(async (page) => {
    // From a blank page: the app's CSP would stop the fetch before the network. (Not a navigation:
    // a failed main-frame navigation makes the error page probe DNS servers directly, which this
    // log does show as connections — the app never navigates away, Electron forbids it.)
    await page.goto('about:blank');
    const reached = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/', { mode: 'no-cors' });
        return true;
      } catch {
        return false;
      }
    });
    expect(reached).toBe(false);
  });
  expect(seen.stoppedRequests).toContain('https://example.com/');
  expect(seen.connections).toEqual([]);
}, 60_000);

test('without the offline switches the same log shows the browser connecting out: the check can fail', async () => {
  // Every name resolves to an unroutable test address (RFC 5737): the attempts are real, and harmless.
  const seen = await browse(async () => undefined, ['--host-resolver-rules=MAP * 192.0.2.1, EXCLUDE 127.0.0.1']);
  expect(seen.connections.some((a) => a.startsWith('192.0.2.1:'))).toBe(true);
}, 60_000);
