/**
 * The delegate's side of the revised draft in a real browser (web door): the office (another
 * installation, driven through the core) takes two of this delegate's proposed wordings into the
 * revised draft — one as proposed, one edited — settles a conflict with a third by keeping the
 * first, makes the revised version and exports the dossier; the delegate imports it on the
 * exchange screen and sees, in the reader, the new version's changes marked (struck through /
 * underlined) and, on the comment cards, "Đã tiếp thu vào dự thảo chỉnh lý" where it applies.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Comment } from '../../shared/domain/comments';
import type { SavedFile } from '../../shared/domain/packages';
import type { MakeRevisionResult, RevisionView } from '../../shared/domain/revisions';
import { CHANNELS } from '../../shared/ipc/channels';
import { call, DE_AN, ITEM, openInstallation } from '../support/exchange';
import { startHarness, type Harness } from './harness';
import { callApi, getDocument, screenshot } from './helpers';
import { fullScreenshot, texts } from './secretariat-helpers';

let h: Harness;
let root: string;

/** The text a sighted reader sees in each match (screen-reader-only labels left out), joined. */
function visible(locator: Locator): Promise<string> {
  return locator
    .evaluateAll((els) =>
      els.map((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
        return copy.textContent ?? '';
      }),
    )
    .then((parts) => parts.join('|'));
}

beforeEach(async () => {
  root = mkdtempSync(join(tmpdir(), 'gopy-e2e-revised-'));
  h = await startHarness();
});

afterEach(async () => {
  try {
    h.assertClean();
  } finally {
    await h.close();
    rmSync(root, { recursive: true, force: true });
  }
});

describe('a revised draft reaching the delegate', () => {
  it('marks the new version’s changes and says which comments were taken into the revised draft', async () => {
    const { page } = h;
    const office = openInstallation(join(root, 'van-phong'));
    try {
      const dossier = async () => (await call<SavedFile>(office, CHANNELS.packagesExportDossier)).path;
      await h.open('#/exchange');
      await page.getByRole('heading', { level: 1, name: 'Trao đổi tệp' }).waitFor();
      await page.locator('input[name="dossier-file"]').setInputFiles(await dossier());
      await page.locator('.sx-outcome.is-ok', { hasText: 'Đã mở hồ sơ kỳ họp' }).waitFor();
      await callApi(h, 'identity:set', { rosterId: 'db01-nguyen-thi-thanh-huong' });

      // The delegate's comments, with proposed wordings, on two paragraphs of the Đề án.
      const doc = await getDocument(h, DE_AN);
      const [p1, p2] = doc.blocks.filter((b) => b.kind === 'paragraph' && b.text.length > 80);
      const propose = (block: typeof p1, quote: string, proposedText: string, text: string) => {
        const start = block.text.indexOf(quote);
        return callApi<Comment>(h, 'comments:create', {
          itemId: ITEM,
          documentId: DE_AN,
          anchor: { blockId: block.id, start, end: start + quote.length, quote },
          stance: 'khong_tan_thanh',
          text,
          proposedText,
        });
      };
      const q1 = p1.text.split(' ').slice(1, 4).join(' ');
      const q3 = p1.text.split(' ').slice(2, 5).join(' ');
      const q2 = p2.text.split(' ').slice(1, 4).join(' ');
      const asProposed = await propose(p1, q1, 'cụm từ thay thế theo đề xuất', 'Đề nghị viết lại cho rõ.');
      const edited = await propose(p2, q2, 'đề xuất ban đầu của đại biểu', 'Đề nghị sửa lời văn đoạn sau.');
      const lost = await propose(p1, q3, 'một cách viết khác chồng lên', 'Đề nghị khác cho cùng chỗ.');
      const sent = await callApi<SavedFile>(h, 'packages:exportComments');
      await call(office, CHANNELS.packagesImportComments, {
        files: [{ name: basename(sent.path), dataBase64: readFileSync(sent.path).toString('base64') }],
      });

      // The office: two wordings taken (one edited), a conflict settled by keeping the first, the revision made.
      const accept = { kind: 'tiep_thu', text: 'Tiếp thu.', acceptWording: true } as const;
      const kept = await call<{ changeId: string }>(office, CHANNELS.answersSet, { ...accept, commentIds: [asProposed.id] });
      await call(office, CHANNELS.answersSet, { ...accept, commentIds: [edited.id], wording: 'lời văn Văn phòng đã sửa' });
      await call(office, CHANNELS.answersSet, { ...accept, commentIds: [lost.id] });
      const view = await call<RevisionView>(office, CHANNELS.revisionsList, { documentId: DE_AN });
      expect(view.conflicts).toHaveLength(1);
      await call(office, CHANNELS.revisionsResolve, {
        documentId: DE_AN,
        changeIds: view.conflicts[0].changeIds,
        resolution: { kind: 'keep', changeId: kept.changeId },
      });
      expect(await call<MakeRevisionResult>(office, CHANNELS.revisionsMake, { documentId: DE_AN })).toMatchObject({
        applied: 2,
        orphaned: 0,
      });

      // The delegate imports the next dossier on the exchange screen.
      await page.locator('input[name="dossier-file"]').setInputFiles(await dossier());
      const outcome = page.locator('.sx-outcome.is-ok', { hasText: 'đã được tiếp thu vào dự thảo chỉnh lý' });
      await outcome.waitFor();
      expect(await outcome.textContent()).toContain('2 lời văn bạn đề xuất');
      await fullScreenshot(page, 'revised-delegate-exchange');

      // The reader lists the new version's changes, the words struck through and underlined.
      await page.locator(`a.agenda-doc[data-document-id="${DE_AN}"]`).first().click();
      const changes = page.locator('.version-changes');
      await changes.waitFor();
      expect(await changes.locator('summary').textContent()).toBe('Phiên bản mới: 2 chỗ thay đổi so với bản trước');
      const first = changes.locator(`[data-version-change="${p1.id}"]`);
      // One deleted phrase, then one inserted phrase (the grouped word diff of the comment proposals).
      expect(await visible(first.locator('ins'))).toBe('cụm từ thay thế theo đề xuất');
      expect(await visible(first.locator('del'))).toBe(q1);
      const second = changes.locator(`[data-version-change="${p2.id}"]`);
      expect(await visible(second.locator('ins'))).toBe('lời văn Văn phòng đã sửa');
      expect(await visible(second.locator('del'))).toBe(q2);
      // The text of the document is the new version.
      expect(await page.locator(`[data-block-id="${p2.id}"]`).textContent()).toContain('lời văn Văn phòng đã sửa');
      await screenshot(page, 'revised-delegate-reader');

      // The comment cards: taken as proposed, taken with the office's edit (its wording shown), and nothing.
      await page.getByRole('button', { name: /^Góp ý \(3\)$/u }).click();
      const card = (c: Comment) => page.locator(`.comment-card[data-comment-id="${c.id}"]`);
      await card(asProposed).locator('.comment-adoption').waitFor();
      expect(await card(asProposed).locator('.comment-adoption-head').textContent()).toMatch(
        /Đã tiếp thu vào dự thảo chỉnh lý · phiên bản 2/u,
      );
      expect(await card(asProposed).locator('.comment-adoption-how').textContent()).toBe('Theo đúng lời văn bạn đề xuất.');
      expect(await card(edited).locator('.comment-adoption-how').textContent()).toMatch(/Văn phòng đã sửa lời văn/u);
      expect(await visible(card(edited).locator('.comment-adoption-wording ins'))).toContain('Văn phòng');
      expect(await card(lost).locator('.comment-answer').count()).toBe(1);
      expect(await card(lost).locator('.comment-adoption').count()).toBe(0);
      expect(await texts(page, '.comment-adoption-head')).toHaveLength(2);
      await card(edited).scrollIntoViewIfNeeded();
      await screenshot(page, 'revised-delegate-cards');
    } finally {
      office.close();
    }
  });
});
