/**
 * Inputs of the two PDF documents that leave the app on paper: the delegate's comment sheet
 * (Phiếu góp ý) and the secretariat's compiled report (Báo cáo tổng hợp ý kiến đại biểu).
 * Plain data, independent of the database: the services fill them, the PDF engine only reads them.
 * Every string is expected in NFC (the engine normalises again on the way in).
 */
import type { AnswerKind, Stance } from './comments';
import { LEVEL_WORDS, type CouncilLevel } from './council';
import type { DocumentKind, SessionInfo } from './types';

export const STANCE_LABELS: Readonly<Record<Stance, string>> = {
  tan_thanh: 'Tán thành',
  khong_tan_thanh: 'Không tán thành',
  y_kien_khac: 'Ý kiến khác',
};

export const ANSWER_LABELS: Readonly<Record<AnswerKind, string>> = {
  tiep_thu: 'Tiếp thu',
  giai_trinh: 'Giải trình',
  ghi_nhan: 'Ghi nhận',
};

/** Where a comment points in a document. All null for a comment on the document as a whole. */
export interface PassageRef {
  /** Structural reference, e.g. "Điều 1, khoản 2, điểm a" (null when the block has none). */
  path: string | null;
  /** Fixed-length line numbers (shared/text/lines), the same as on screen; null for a general comment. */
  lineFirst: number | null;
  lineLast: number | null;
  /** The quoted passage of the draft, null for a general comment. */
  quote: string | null;
}

/** "Người ký": capacity lines in capitals ("TM. THƯỜNG TRỰC HĐND", "CHỦ TỊCH") and the name (may be empty). */
export interface SignerBlock {
  capacity: string[];
  name: string;
}

// ---- Phiếu góp ý (delegate) ----

export interface SheetEntry extends PassageRef {
  documentTitle: string;
  documentKind: DocumentKind;
  stance: Stance;
  text: string;
  proposedText: string | null;
  /** On the agenda item, not on one of its documents: `documentTitle` is then the item's title. */
  itemOnly?: boolean;
}

export interface CommentSheetInput {
  session: SessionInfo;
  /**
   * `keyFingerprint`: the short fingerprint of the key that signs this delegate's packages, printed
   * beside the signature so the paper they sign vouches for the file (roles issue).
   */
  delegate: { name: string; delegation: string; keyFingerprint?: string | null };
  /** An agenda item's title, or a title for the whole session. */
  scopeTitle: string;
  /** Place of the date line, e.g. "Quảng Ninh". */
  place: string;
  /** ISO date (YYYY-MM-DD) of the date line. */
  issueDate: string;
  /** In reading order; entries of the same document are printed together under its title. */
  entries: SheetEntry[];
  /** "Nơi nhận" items without the leading "- ", punctuation included ("Lưu."). */
  recipients: string[];
}

/** Where a delegate's sheet goes unless the caller says otherwise. */
export function defaultSheetRecipients(level: CouncilLevel): string[] {
  return [`Thường trực HĐND ${LEVEL_WORDS[level]} (qua Văn phòng);`, 'Lưu.'];
}

// ---- Báo cáo tổng hợp ý kiến (secretariat) ----

export interface ReportAnswer {
  kind: AnswerKind;
  text: string;
  /** The delegate revised the comment after this answer was written. */
  outrun?: boolean;
}

export interface ReportComment {
  delegateName: string;
  delegation: string;
  stance: Stance;
  text: string;
  proposedText: string | null;
  answer: ReportAnswer | null;
  /** The lines of the version the comment was written on (they may differ from the passage's now). */
  lineFirst?: number | null;
  lineLast?: number | null;
  /** For a comment on no document: the agenda item it is about. */
  topic?: string | null;
  /** Entered by the secretariat on the delegate's behalf (from a paper sheet, a meeting). */
  onBehalf?: boolean;
  /** Whom it was entered for: one delegate, or a Tổ đại biểu as a whole (not a delegate who sent). */
  onBehalfOf?: 'delegate' | 'delegation';
}

export interface ReportPassage extends PassageRef {
  /** The article (or top-level part) the passage belongs to, as a group title: "Điều 1. Tán thành …". */
  article?: string | null;
  comments: ReportComment[];
}

export interface ReportDocumentGroup {
  documentTitle: string;
  documentKind: DocumentKind;
  /** In document order; a passage with no reference holds the comments on the document as a whole. */
  passages: ReportPassage[];
}

export type StanceCounts = Record<Stance, number>;

export interface ReportSummary {
  totalComments: number;
  byStance: StanceCounts;
  byDocument: Array<{ documentTitle: string; counts: StanceCounts }>;
  /** Comments on no particular document ("Ý kiến chung"). */
  general: StanceCounts;
  byDelegation: Array<{ delegation: string; delegates: number; comments: number }>;
  /** Delegates who sent at least one comment, and the size of the roster. */
  delegatesWithComments: number;
  rosterSize: number;
  /** Comments the office entered for a Tổ đại biểu as a whole, and how many Tổ: counted apart from delegates. */
  delegationEntries?: { comments: number; delegations: number };
}

export interface CompiledReportInput {
  session: SessionInfo;
  /** tỉnh / thành phố / huyện / xã: the word after "Hội đồng nhân dân". */
  level: CouncilLevel;
  /** The comment deadline (ISO date or date-time) the opening names; null when none was set. */
  deadline: string | null;
  /** The delegations in roster order: the delegation table follows it. */
  delegationOrder: string[];
  /** Parent body, printed regular above the issuer (often empty for an HĐND). */
  issuerParentLines: string[];
  /** The issuing body in capitals, printed bold, e.g. ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NINH"]. */
  issuerLines: string[];
  /** Number and symbol after "Số: ", e.g. "125/BC-HĐND" or "      /BC-HĐND" to be filled by hand. */
  numberSymbol: string;
  place: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
  /** The summary line under "BÁO CÁO", e.g. "Tổng hợp ý kiến đại biểu Hội đồng nhân dân tỉnh đối với dự thảo …". */
  subject: string;
  /** Opening paragraphs; the engine writes a standard one when empty. */
  intro: string[];
  summary: ReportSummary;
  groups: ReportDocumentGroup[];
  /** Comments on no particular document: the final group "Ý kiến chung". */
  general: ReportComment[];
  /** Closing paragraph before "./."; the engine writes a standard one when null. */
  closing: string | null;
  /** "Nơi nhận" items without the leading "- ", punctuation included ("Lưu: VT."). */
  recipients: string[];
  signer: SignerBlock;
}

export function emptyStanceCounts(): StanceCounts {
  return { tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 };
}

/**
 * The summary counts of a report from its groups: the compile service and the tests use the same
 * arithmetic. A delegate is known by name and delegation.
 */
export function summariseReport(
  groups: readonly ReportDocumentGroup[],
  general: readonly ReportComment[],
  rosterSize: number,
): ReportSummary {
  const byStance = emptyStanceCounts();
  const delegations = new Map<string, { delegates: Set<string>; comments: number }>();
  const delegates = new Set<string>();
  const forDelegation = { comments: 0, delegations: new Set<string>() };
  const count = (c: ReportComment, into: StanceCounts): void => {
    into[c.stance]++;
    byStance[c.stance]++;
    const key = `${c.delegateName}\u0000${c.delegation}`;
    const d = delegations.get(c.delegation) ?? { delegates: new Set<string>(), comments: 0 };
    // A Tổ's own entry is not a delegate who sent: its comments count, its name not among delegates.
    if (c.onBehalfOf === 'delegation') {
      forDelegation.comments++;
      forDelegation.delegations.add(c.delegation);
    } else {
      delegates.add(key);
      d.delegates.add(key);
    }
    d.comments++;
    delegations.set(c.delegation, d);
  };
  const byDocument = groups.map((g) => {
    const counts = emptyStanceCounts();
    for (const p of g.passages) for (const c of p.comments) count(c, counts);
    return { documentTitle: g.documentTitle, counts };
  });
  const generalCounts = emptyStanceCounts();
  for (const c of general) count(c, generalCounts);
  return {
    totalComments: byStance.tan_thanh + byStance.khong_tan_thanh + byStance.y_kien_khac,
    byStance,
    byDocument,
    general: generalCounts,
    byDelegation: [...delegations].map(([delegation, d]) => ({ delegation, delegates: d.delegates.size, comments: d.comments })),
    delegatesWithComments: delegates.size,
    rosterSize,
    ...(forDelegation.comments > 0
      ? { delegationEntries: { comments: forDelegation.comments, delegations: forDelegation.delegations.size } }
      : {}),
  };
}
