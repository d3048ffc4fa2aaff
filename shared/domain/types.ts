/** Domain types shared by main and renderer. Plain data only. */
import type { CouncilLevel } from './council';

export type Sitting = 'sang' | 'chieu';

export type BlockKind = 'heading' | 'paragraph' | 'list_item' | 'table_row';

export type DocumentKind = 'to_trinh' | 'de_an' | 'du_thao_nghi_quyet' | 'bao_cao_tham_tra' | 'bao_cao' | 'khac';

export type AgendaItemKind = 'khai_mac' | 'to_trinh' | 'bao_cao' | 'thao_luan' | 'chat_van' | 'bieu_quyet' | 'be_mac' | 'khac';

export interface SessionInfo {
  id: string;
  council: string;
  councilShort: string;
  /** tỉnh, thành phố, huyện or xã: the word after "Hội đồng nhân dân" in every document. */
  level: CouncilLevel;
  term: string;
  name: string;
  place: string;
  startDate: string;
  endDate: string;
  commentDeadline: string | null;
  isSample: boolean;
}

export interface DocumentSummary {
  id: string;
  itemId: string;
  kind: DocumentKind;
  issuer: string | null;
  numberSymbol: string | null;
  date: string | null;
  /** Place of issue from the header ("Hà Nội"); null when unknown. */
  place: string | null;
  title: string;
  illustrative: boolean;
  lineCount: number;
  blockCount: number;
  /** Comments (not deleted) on this document. */
  commentCount: number;
}

export interface AgendaItem {
  id: string;
  day: string;
  sitting: Sitting;
  order: number;
  time: string | null;
  title: string;
  presenter: string;
  kind: AgendaItemKind;
  documents: DocumentSummary[];
  /** Comments (not deleted) on this item, general and on its documents. */
  commentCount: number;
}

export interface AgendaView {
  session: SessionInfo;
  items: AgendaItem[];
}

export interface Block {
  id: string;
  position: number;
  kind: BlockKind;
  level: number;
  /** Structural label of this block, e.g. "Điều 3", "khoản 2", "điểm a", "I.", "1.". */
  label: string | null;
  /** Full structural reference, e.g. "Chương II, Điều 3, khoản 2, điểm a". */
  path: string | null;
  text: string;
  cells: string[] | null;
  lineStart: number;
  lineCount: number;
}

export interface TocEntry {
  blockId: string;
  level: number;
  label: string | null;
  title: string;
  lineStart: number;
}

export interface DocumentView {
  document: DocumentSummary;
  itemTitle: string;
  blocks: Block[];
  toc: TocEntry[];
}

/** Where a window of a document's blocks starts: a block index and, inside it, a text offset. */
export interface DocumentCursor {
  from: number;
  fromChar: number;
}

/**
 * One answer of document:get (issue 18: no answer over 1 MB). `blocks` hold the window only; its
 * first block's text starts at `window.fromChar` of the block's whole text (a block too big for one
 * answer is cut into several), and `toc` holds the outline entries of the window's blocks. `next` is where the
 * following window starts, or null at the end (shared/domain/document-window.ts joins them).
 */
export interface DocumentPage extends DocumentView {
  window: DocumentCursor & { total: number; next: DocumentCursor | null };
}

export interface SearchHit {
  blockId: string;
  documentId: string;
  documentTitle: string;
  itemTitle: string;
  path: string | null;
  lineStart: number;
  snippet: string;
  /** [start, end) UTF-16 ranges in `snippet` to highlight. */
  highlights: Array<[number, number]>;
}

export interface SearchResult {
  query: string;
  hits: SearchHit[];
  /** Number of matching passages, counted up to `totalCap`. */
  total: number;
  totalCapped: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  schemaVersion: number;
  lineLength: number;
}

export type Locale = 'vi' | 'en';

export interface Settings {
  locale: Locale;
  fontScale: number;
}

/** Đại biểu (delegate) or thư ký (secretariat). */
export type Role = 'dai_bieu' | 'thu_ky';

export interface RosterEntry {
  id: string;
  name: string;
  delegation: string;
  constituency: string | null;
  title: string | null;
}

export interface Identity {
  authorId: string;
  rosterId: string | null;
  name: string;
  delegation: string;
  role: Role;
}

export interface IdentityView {
  identity: Identity | null;
  roster: RosterEntry[];
  /** True when the roster is illustrative (the sample dossier's). */
  rosterIllustrative: boolean;
}
