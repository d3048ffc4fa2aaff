/**
 * Helpers for the comment end-to-end tests: the Đề án and one of its sentences, selecting text in
 * the reader the way a mouse drag does (a DOM Range over the line spans' text nodes), and small
 * page probes for the panel, the margin and the CSS highlights.
 */
import type { Page } from 'playwright-core';
import type { Block } from '../../shared/domain/types';
import type { Harness } from './harness';
import { getDocument, readSampleDossier, waitUntil } from './helpers';

const dossier = readSampleDossier();
export const MERGER_ITEM = dossier.items.find((item) => item.documents.some((d) => d.kind === 'de_an'))!;
export const DE_AN = MERGER_ITEM.documents.find((d) => d.kind === 'de_an')!;
export const DELEGATE = { id: 'db01-nguyen-thi-thanh-huong', name: 'Nguyễn Thị Thanh Hương' };

export interface Sentence {
  block: Block;
  start: number;
  end: number;
  quote: string;
}

/** The first paragraph of the Đề án whose first sentence runs over two lines or more, and that sentence. */
export async function sentenceOfDeAn(h: Harness, skip = 0): Promise<Sentence> {
  const view = await getDocument(h, DE_AN.id);
  const found: Sentence[] = [];
  for (const block of view.blocks) {
    if (block.kind === 'table_row' || block.kind === 'heading' || block.lineCount < 3) continue;
    const stop = block.text.indexOf('. ', 60);
    if (stop < 0 || stop > 400) continue;
    found.push({ block, start: 0, end: stop + 1, quote: block.text.slice(0, stop + 1) });
  }
  if (found.length <= skip) throw new Error('No suitable sentence in the Đề án');
  return found[skip];
}

export async function openDeAn(h: Harness, hash = ''): Promise<void> {
  await h.open(hash);
  await h.page.locator(`a.agenda-doc[data-document-id="${DE_AN.id}"]`).click();
  await h.page.locator('#doc-title', { hasText: DE_AN.title }).waitFor();
}

/**
 * Selects [start, end) of a block's text as a user's drag would: a Range from the text node of
 * the line holding `start` to the one holding `end`, then the pointer is released over the text.
 */
export async function selectInBlock(page: Page, blockId: string, start: number, end: number): Promise<void> {
  await page.locator(`#${blockId}`).scrollIntoViewIfNeeded();
  // A string, not a function: test/ is type-checked without the DOM library (see helpers.ts).
  await page.evaluate(`(() => {
    const block = document.getElementById(${JSON.stringify(blockId)});
    const spans = Array.from(block.querySelectorAll('.line-text[data-offset]'));
    const at = (offset, side) => {
      for (const span of spans) {
        const base = Number(span.dataset.offset);
        const length = span.textContent.length;
        if (side === 'start' ? offset < base + length : offset <= base + length) {
          return { node: span.firstChild, offset: Math.max(0, offset - base) };
        }
      }
      throw new Error('offset ' + offset + ' is not in the block');
    };
    const a = at(${start}, 'start');
    const b = at(${end}, 'end');
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  })()`);
  await page.locator('.passage-toolbar').waitFor();
}

export async function pickIdentityFromRoster(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /Bạn là ai|Tôi là ai/u });
  await dialog.waitFor();
  await dialog.getByLabel('Tìm theo tên hoặc Tổ đại biểu').fill('huong ha long');
  await dialog.getByRole('radio', { name: new RegExp(name, 'u') }).check();
  await dialog.getByRole('button', { name: /^Lưu/u }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The draft status line of the open form shows a save (the debounced write reached main). */
export async function waitForDraftSaved(page: Page): Promise<void> {
  await page.locator('.composer .draft-status', { hasText: 'Đã lưu nháp lúc' }).waitFor();
}

/** Names of the CSS highlights currently painted and how many ranges each holds. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate<Record<string, number>>(`(() => {
    const out = {};
    CSS.highlights.forEach((highlight, name) => (out[name] = highlight.size));
    return out;
  })()`);
}

export function waitForMarker(page: Page, blockId: string, kind: 'comment' | 'note'): Promise<void> {
  return waitUntil(page, `document.querySelector('#${blockId} .${kind}-marker') !== null`);
}
