/** Small helpers for the end-to-end tests: the sample dossier's facts, the API, DOM probes, axe. */
import { AxeBuilder } from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { DocumentView } from '../../shared/domain/types';
import { REPO_ROOT, SCREENSHOT_DIR, type Harness } from './harness';

interface DossierDocument {
  id: string;
  kind: string;
  title: string;
  numberSymbol?: string | null;
}

interface DossierItem {
  id: string;
  title: string;
  documents: DossierDocument[];
}

export interface SampleDossier {
  session: { name: string; council: string; term: string; isSample: boolean };
  items: DossierItem[];
}

/** The bundled sample dossier, read from resources/ (the source the app seeds itself from). */
export function readSampleDossier(): SampleDossier {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'resources', 'sample-dossier', 'dossier.json'), 'utf8')) as SampleDossier;
}

/** Calls the loopback API from the test process (not from the page) with the run's token. */
export async function callApi<T>(harness: Harness, channel: string, input?: unknown): Promise<T> {
  const token = new URL(harness.url).searchParams.get('token') ?? '';
  const response = await fetch(`${harness.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'x-gopy-token': token },
    body: input === undefined ? '' : JSON.stringify(input),
  });
  const envelope = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

export function getDocument(harness: Harness, documentId: string): Promise<DocumentView> {
  return callApi<DocumentView>(harness, 'document:get', { documentId });
}

/** The data-block-id of the focused element, or null. */
export function focusedBlockId(page: Page): Promise<string | null> {
  return page.evaluate<string | null>('document.activeElement ? document.activeElement.getAttribute("data-block-id") : null');
}

/**
 * Polls a JavaScript expression in the page until it is truthy. (page.waitForFunction evaluates
 * strings with eval inside the page, which the app's CSP rightly refuses.)
 */
export async function waitUntil(page: Page, expression: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await page.evaluate<unknown>(expression)) return;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for: ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Waits until the element with this block id has focus. */
export async function waitForFocusedBlock(page: Page, blockId: string): Promise<void> {
  await waitUntil(
    page,
    `document.activeElement && document.activeElement.getAttribute("data-block-id") === ${JSON.stringify(blockId)}`,
  );
}

/** Whether an element lies inside the viewport, below the sticky header. */
export function isInViewport(page: Page, selector: string): Promise<boolean> {
  return page.evaluate<boolean>(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    const header = document.querySelector('.app-header');
    if (!el) return false;
    const box = el.getBoundingClientRect();
    const top = header ? header.getBoundingClientRect().bottom : 0;
    return box.top >= top - 1 && box.top < window.innerHeight && box.bottom > top;
  })()`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Runs axe-core; returns the serious and critical violations, printing every finding. */
export async function seriousAxeViolations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  const review = result.incomplete.map((r) => r.id).join(', ') || 'none';
  console.log(
    `[axe ${screen}] ${result.passes.length} rules passed, ${result.violations.length} violated, to review by hand: ${review}`,
  );
  for (const v of result.violations) {
    console.log(
      `[axe ${screen}] ${v.impact ?? 'unknown'} ${v.id}: ${v.help} (${v.nodes.length} node(s): ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')})`,
    );
  }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact})`);
}

/** Folds like shared/text/fold: NFD, no combining marks, đ→d, lower case. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/gu, 'd').toLowerCase();
}
