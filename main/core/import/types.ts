/** What reading a .docx, .txt or .md file produces, before it becomes blocks. Plain data, structured-clone safe. */
import type { Block, DocumentKind } from '../../../shared/domain/types';
import type { SourceParagraph } from '../../../shared/text/structure';
import type { MessageRef } from '../../../shared/messages/types';

/** Bold/italic over the UTF-16 range [start, end) of a paragraph's text. */
export interface InlineMark {
  start: number;
  end: number;
  bold?: boolean;
  italic?: boolean;
}

/** A footnote or endnote, appended after the body; `label` is what the body shows at the reference ("1", "i"). */
export interface NoteInfo {
  kind: 'footnote' | 'endnote';
  label: string;
}

export interface ImportedParagraph extends SourceParagraph {
  /** Inline bold/italic ranges of `text` (not set on table rows). */
  marks?: InlineMark[];
  /** Set on the paragraphs of footnotes and endnotes, which come after the body. */
  note?: NoteInfo;
}

export interface DocumentHeader {
  /** The issuing body, as written in the header ("CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"). */
  issuer: string | null;
  /** The body above the issuer, when the header names one ("UBND TỈNH QUẢNG NINH" above "SỞ NỘI VỤ"). */
  parentIssuer: string | null;
  /** From the document type line; `khac` for a type line of another kind, null when there is none. */
  kind: DocumentKind | null;
  /** The document type line as written ("NGHỊ ĐỊNH", "TỜ TRÌNH"). */
  docType: string | null;
  /** "30/2020/NĐ-CP" from "Số: 30/2020/NĐ-CP". */
  numberSymbol: string | null;
  /** ISO date from "Hà Nội, ngày 05 tháng 3 năm 2020". */
  date: string | null;
  place: string | null;
  /** The summary line(s) under the type line ("Về công tác văn thư"). */
  summary: string | null;
  /** Type word + summary, as the dossier names documents: "Nghị định về công tác văn thư". */
  title: string | null;
}

export interface ParsedDocument {
  fileName: string;
  /** SHA-256 of the file's bytes, lower-case hex. */
  sha256: string;
  header: DocumentHeader;
  /** The body without header and closing blocks; footnotes and endnotes last, each marked with `note`. */
  paragraphs: ImportedParagraph[];
  /** Things the user should know (in Vietnamese): images left out, old fonts, numbering guessed. */
  warnings: MessageRef[];
  /**
   * The blocks, structured and line-numbered by the import worker (ids left empty: main gives
   * them), so a huge document is not numbered on the main thread. Absent when parsed in-thread.
   */
  blocks?: Block[];
}

export const EMPTY_HEADER: DocumentHeader = {
  issuer: null,
  parentIssuer: null,
  kind: null,
  docType: null,
  numberSymbol: null,
  date: null,
  place: null,
  summary: null,
  title: null,
};
