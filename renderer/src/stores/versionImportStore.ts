/**
 * A new version of a document: main compares the picked file with the current version (block by
 * block, words marked); on save it re-anchors the comments and lists those whose passage is gone.
 */
import { create } from 'zustand';
import type { DocumentHeaderFields, VersionImportResult, VersionPreview } from '../../../shared/domain/imports';
import type { DocumentSummary } from '../../../shared/domain/types';
import { api } from '../api/client';
import { DOCUMENT_EXTENSIONS, hasExtension, MAX_DOCUMENT_BYTES, readFilePayload, type FilePayload } from '../api/fileData';
import { refreshAgenda } from '../api/agenda';
import { forgetDocuments } from './serverEvents';
import i18n from '../i18n';
import { cleanHeader } from './docImportStore';

export type VersionStatus = 'idle' | 'previewing' | 'ready' | 'saving' | 'saved' | 'error';

export interface VersionState {
  document: DocumentSummary | null;
  fileName: string | null;
  status: VersionStatus;
  file: FilePayload | null;
  preview: VersionPreview | null;
  header: DocumentHeaderFields | null;
  result: VersionImportResult | null;
  error: string | null;
  pick(document: DocumentSummary, file: File): Promise<void>;
  setHeader(patch: Partial<DocumentHeaderFields>): void;
  save(): Promise<boolean>;
  reset(): void;
}

const t = i18n.t.bind(i18n);
const IDLE = {
  document: null,
  fileName: null,
  status: 'idle',
  file: null,
  preview: null,
  header: null,
  result: null,
  error: null,
} as const;

/**
 * The header to start from: the new file's when it has a header block (a number, an issuer or a
 * date was found), else the document's current one, so a plain-text revision keeps its title.
 */
export function startingHeader(preview: VersionPreview, current: DocumentSummary): DocumentHeaderFields {
  const h = preview.header;
  const stem = preview.fileName.replace(/\.[^.]+$/u, '');
  const recognised = Boolean(h.numberSymbol || h.issuer || h.date);
  if (!recognised) {
    return {
      kind: current.kind,
      issuer: current.issuer,
      numberSymbol: current.numberSymbol,
      date: current.date,
      place: current.place,
      title: current.title,
    };
  }
  return { ...h, title: h.title === stem ? current.title : h.title };
}

export const useVersionImportStore = create<VersionState>()((set, get) => ({
  ...IDLE,
  async pick(document, file) {
    set({ ...IDLE, document, fileName: file.name, status: 'previewing' });
    const refuse = (error: string) => set({ status: 'error', error });
    if (!hasExtension(file.name, DOCUMENT_EXTENSIONS)) return refuse(t('docImport.wrongType', { name: file.name }));
    if (file.size > MAX_DOCUMENT_BYTES) return refuse(t('docImport.tooLarge', { name: file.name }));
    const payload = await readFilePayload(file).catch(() => null);
    if (!payload) return refuse(t('docImport.unreadable', { name: file.name }));
    const reply = await api.documentsPreviewVersion({ documentId: document.id, file: payload });
    if (get().document?.id !== document.id || get().fileName !== file.name) return; // Another pick meanwhile.
    if (!reply.ok) return refuse(reply.error.message);
    set({ status: 'ready', file: payload, preview: reply.value, header: startingHeader(reply.value, document) });
  },
  setHeader(change) {
    const header = get().header;
    if (header) set({ header: { ...header, ...change } });
  },
  async save() {
    const { document, file, header, status } = get();
    if (!document || !file || !header || status !== 'ready') return false;
    set({ status: 'saving', error: null });
    const reply = await api.documentsImportVersion({ documentId: document.id, file, header: cleanHeader(header) });
    if (!reply.ok) {
      set({ status: 'ready', error: reply.error.message });
      return false;
    }
    set({ status: 'saved', result: reply.value, file: null });
    await forgetDocuments(document.id);
    await refreshAgenda();
    return true;
  },
  reset() {
    set(IDLE);
  },
}));

export const selectVersionStatus = (s: VersionState): VersionStatus => s.status;
