/**
 * The delegate roster as the secretariat edits it: rows typed by hand or read from a spreadsheet's
 * CSV export. Saving replaces the session's roster with the rows shown. The rows are the form's;
 * the stored roster is in the query cache with the identity (api/identity.ts), which the form is
 * filled from and read again after a save.
 */
import { create } from 'zustand';
import type { RosterEntry } from '../../../shared/domain/types';
import { api } from '../api/client';
import { fetchIdentity } from '../api/identity';
import { hasExtension, MAX_CSV_BYTES, readFilePayload } from '../api/fileData';
import i18n from '../i18n';
import type { FieldIssue } from '../../../shared/ipc/envelope';

export interface RosterRow {
  /** Local key for React and focus; `id` is main's, absent for a new row. */
  key: string;
  id: string | null;
  name: string;
  delegation: string;
  constituency: string;
  title: string;
}

export type RosterField = 'name' | 'delegation' | 'constituency' | 'title';

export interface RosterState {
  rows: RosterRow[];
  status: 'idle' | 'loading' | 'ready' | 'saving' | 'importing' | 'error';
  /** Rows changed since loaded or saved. */
  dirty: boolean;
  error: string | null;
  /** Every field's problem of the last refused save (path "entries.3.name"), for the table's cells. */
  issues: FieldIssue[];
  /** The last save or import, in the user's words. */
  notice: string | null;
  load(): Promise<void>;
  addRow(): string;
  removeRow(key: string): void;
  updateRow(key: string, field: RosterField, value: string): void;
  save(): Promise<boolean>;
  importCsv(file: File): Promise<boolean>;
}

const t = i18n.t.bind(i18n);
let nextKey = 0;
const key = (): string => `r${(nextKey += 1)}`;

const toRow = (e: RosterEntry): RosterRow => ({
  key: key(),
  id: e.id,
  name: e.name,
  delegation: e.delegation,
  constituency: e.constituency ?? '',
  title: e.title ?? '',
});

export const useRosterStore = create<RosterState>()((set, get) => {
  /** Fills the form from the roster main holds now (`fresh`: after a write here, past the cache). */
  async function reload(fresh: boolean): Promise<boolean> {
    try {
      const view = await fetchIdentity(fresh);
      set({ rows: view.roster.map(toRow), status: 'ready', dirty: false });
      return true;
    } catch (error) {
      set({ status: 'error', error: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }

  return {
    rows: [],
    status: 'idle',
    dirty: false,
    error: null,
    issues: [],
    notice: null,
    async load() {
      if (get().status === 'loading') return;
      set({ status: 'loading', error: null, notice: null });
      await reload(false);
    },
    addRow() {
      const row: RosterRow = { key: key(), id: null, name: '', delegation: '', constituency: '', title: '' };
      set({ rows: [...get().rows, row], dirty: true, notice: null });
      return row.key;
    },
    removeRow(rowKey) {
      set({ rows: get().rows.filter((r) => r.key !== rowKey), dirty: true, notice: null });
    },
    updateRow(rowKey, field, value) {
      set({ rows: get().rows.map((r) => (r.key === rowKey ? { ...r, [field]: value } : r)), dirty: true, notice: null });
    },
    async save() {
      if (get().status === 'saving') return false;
      set({ status: 'saving', error: null, issues: [], notice: null });
      const blank = (v: string) => (v.trim() ? v.trim() : null);
      const entries = get().rows.map((r) => ({
        ...(r.id ? { id: r.id } : {}),
        name: r.name,
        delegation: r.delegation,
        constituency: blank(r.constituency),
        title: blank(r.title),
      }));
      const reply = await api.rosterSave({ entries });
      if (!reply.ok) {
        set({ status: 'ready', error: reply.error.message, issues: reply.error.issues ?? [] });
        return false;
      }
      await reload(true);
      set({ notice: t('roster.saved', { count: reply.value.saved }) });
      return true;
    },
    async importCsv(file) {
      if (get().status === 'importing') return false;
      set({ status: 'importing', error: null, issues: [], notice: null });
      const refuse = (error: string) => {
        set({ status: 'ready', error, issues: [] });
        return false;
      };
      if (!hasExtension(file.name, ['.csv'])) return refuse(t('roster.wrongType', { name: file.name }));
      if (file.size > MAX_CSV_BYTES) return refuse(t('roster.tooLarge', { name: file.name }));
      const payload = await readFilePayload(file).catch(() => null);
      if (!payload) return refuse(t('docImport.unreadable', { name: file.name }));
      const reply = await api.rosterImportCsv({ file: payload });
      if (!reply.ok) return refuse(reply.error.message);
      await reload(true);
      set({ notice: t('roster.imported', { count: reply.value.imported, name: file.name }) });
      return true;
    },
  };
});

export const selectRosterRows = (s: RosterState): RosterRow[] => s.rows;
