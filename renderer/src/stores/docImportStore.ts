/**
 * Attaching documents to agenda items: each picked or dropped file is read, previewed by main (what
 * its header and structure were recognised as), corrected by the secretariat, then saved or skipped.
 * Files are previewed one at a time, in the order they came.
 */
import { create } from 'zustand';
import type { DocumentHeaderFields, DocumentImportPreview } from '../../../shared/domain/imports';
import { api } from '../api/client';
import { DOCUMENT_EXTENSIONS, hasExtension, MAX_DOCUMENT_BYTES, readFilePayload, type FilePayload } from '../api/fileData';
import { refreshAgenda } from '../api/agenda';
import i18n from '../i18n';

export type ImportStatus = 'waiting' | 'previewing' | 'ready' | 'saving' | 'saved' | 'skipped' | 'error';

export interface ImportEntry {
  key: string;
  itemId: string;
  fileName: string;
  status: ImportStatus;
  file: FilePayload | null;
  preview: DocumentImportPreview | null;
  /** The header as corrected by the secretariat (starts as recognised). */
  header: DocumentHeaderFields | null;
  /** Main's refusal (it names the file), or ours before anything was sent. */
  error: string | null;
  documentId: string | null;
}

export interface DocImportState {
  entries: ImportEntry[];
  /** Queues files for an agenda item; previews run in the background, one after another. */
  addFiles(itemId: string, files: File[]): void;
  setHeader(key: string, patch: Partial<DocumentHeaderFields>): void;
  save(key: string): Promise<boolean>;
  skip(key: string): void;
  /** Forgets the files that are done with (saved, skipped, refused). */
  clearFinished(): void;
}

const t = i18n.t.bind(i18n);
let nextKey = 0;
let running = false;

/** The header main will accept: blanks are "not given", "Số:" typed by habit is dropped. */
export function cleanHeader(h: DocumentHeaderFields): DocumentHeaderFields {
  const blank = (v: string | null) => (v && v.trim() ? v.trim() : null);
  return {
    kind: h.kind,
    issuer: blank(h.issuer),
    numberSymbol: blank(h.numberSymbol?.replace(/^\s*Số\s*:\s*/iu, '') ?? null),
    date: blank(h.date),
    place: blank(h.place ?? null),
    title: h.title.trim(),
  };
}

export const useDocImportStore = create<DocImportState>()((set, get) => {
  const patch = (key: string, change: Partial<ImportEntry>) =>
    set({ entries: get().entries.map((e) => (e.key === key ? { ...e, ...change } : e)) });

  async function previewOne(entry: ImportEntry, file: File): Promise<void> {
    patch(entry.key, { status: 'previewing' });
    const payload = await readFilePayload(file).catch(() => null);
    if (!payload) {
      patch(entry.key, { status: 'error', error: t('docImport.unreadable', { name: file.name }) });
      return;
    }
    const reply = await api.documentsPreviewImport({ file: payload });
    if (!get().entries.some((e) => e.key === entry.key)) return; // Dropped meanwhile.
    if (reply.ok) patch(entry.key, { status: 'ready', file: payload, preview: reply.value, header: reply.value.header });
    else patch(entry.key, { status: 'error', error: reply.error.message });
  }

  const pending = new Map<string, File>();

  async function run(): Promise<void> {
    if (running) return;
    running = true;
    try {
      for (;;) {
        const next = get().entries.find((e) => e.status === 'waiting' && pending.has(e.key));
        if (!next) break;
        const file = pending.get(next.key)!;
        pending.delete(next.key);
        await previewOne(next, file);
      }
    } finally {
      running = false;
    }
  }

  return {
    entries: [],
    addFiles(itemId, files) {
      const added: ImportEntry[] = files.map((file) => {
        nextKey += 1;
        const key = `f${nextKey}`;
        const base = { key, itemId, fileName: file.name, file: null, preview: null, header: null, documentId: null };
        if (!hasExtension(file.name, DOCUMENT_EXTENSIONS)) {
          return { ...base, status: 'error', error: t('docImport.wrongType', { name: file.name }) };
        }
        if (file.size > MAX_DOCUMENT_BYTES) {
          return { ...base, status: 'error', error: t('docImport.tooLarge', { name: file.name }) };
        }
        pending.set(key, file);
        return { ...base, status: 'waiting', error: null };
      });
      set({ entries: [...get().entries, ...added] });
      void run();
    },
    setHeader(key, change) {
      const entry = get().entries.find((e) => e.key === key);
      if (entry?.header) patch(key, { header: { ...entry.header, ...change } });
    },
    async save(key) {
      const entry = get().entries.find((e) => e.key === key);
      if (!entry || !entry.file || !entry.header || entry.status !== 'ready') return false;
      patch(key, { status: 'saving', error: null });
      const reply = await api.documentsImport({ itemId: entry.itemId, file: entry.file, header: cleanHeader(entry.header) });
      if (!reply.ok) {
        patch(key, { status: 'ready', error: reply.error.message });
        return false;
      }
      // The bytes are no longer needed once saved.
      patch(key, { status: 'saved', documentId: reply.value.documentId, file: null });
      await refreshAgenda();
      return true;
    },
    skip(key) {
      pending.delete(key);
      patch(key, { status: 'skipped', file: null });
    },
    clearFinished() {
      set({ entries: get().entries.filter((e) => !['saved', 'skipped', 'error'].includes(e.status)) });
    },
  };
});

export const selectImportEntries = (s: DocImportState): ImportEntry[] => s.entries;
export const selectOpenImportCount = (s: DocImportState): number =>
  s.entries.filter((e) => e.status === 'waiting' || e.status === 'previewing' || e.status === 'ready').length;
