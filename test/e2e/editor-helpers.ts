/** Helpers for the dossier editor's end-to-end tests: temp files, the API with file payloads, the editor's screens. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { AgendaView } from '../../shared/domain/types';
import type { Harness } from './harness';
import { callApi } from './helpers';

/** A private folder for the files a test writes; remove() deletes it. */
export function tempFolder(): { path: string; write(name: string, content: string | Buffer): string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'gopy-editor-e2e-'));
  return {
    path,
    write(name, content) {
      const file = join(path, name);
      writeFileSync(file, content);
      return file;
    },
    remove() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

/** A file as the API takes it. */
export function filePayload(path: string): { name: string; dataBase64: string } {
  return { name: basename(path), dataBase64: readFileSync(path).toString('base64') };
}

export function getAgenda(h: Harness): Promise<AgendaView> {
  return callApi<AgendaView>(h, 'agenda:get');
}

/** Opens the app, then the editor from the header's link. */
export async function openEditor(h: Harness): Promise<void> {
  await h.open();
  await h.page.getByRole('banner').getByRole('link', { name: 'Soạn hồ sơ' }).click();
  await h.page.locator('#editor-heading').waitFor();
  await h.page.locator('.ed-item').first().waitFor();
}

/** The editor's card for an agenda item. */
export const itemCard = (itemId: string): string => `.ed-item[data-item-id="${itemId}"]`;
