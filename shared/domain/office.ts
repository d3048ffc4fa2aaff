/** The office (Văn phòng) this installation acts for, and its role for the session on screen. */
import type { Comment } from './comments';
import type { SavedFile } from './packages';

/** Derived in main from the keys the installation holds, per session; never chosen by the user. */
export type SessionRole = 'secretariat' | 'delegate';

export interface OfficeProfile {
  /** Name of the office, e.g. "Văn phòng Đoàn ĐBQH và HĐND tỉnh Quảng Ninh"; null until set up. */
  name: string | null;
  clerk: string | null;
  /** Which secretariat machine this is (e.g. "Máy thư ký 2"), printed with each dossier version. */
  machine: string | null;
  /** Short readable fingerprint of the office's secretariat key. */
  fingerprint: string;
}

export interface TrustedOfficeView {
  fingerprint: string;
  officeName: string;
  how: 'first' | 'confirmed';
  trustedAt: string;
}

export interface OfficeView {
  office: OfficeProfile;
  /** This installation's role for the current session; null when there is no session. */
  role: SessionRole | null;
  /** The key that published the current session, when it came from elsewhere or was exported. */
  publisherFingerprint: string | null;
  /** Office keys dossiers are accepted from (a delegate's machine). */
  trusted: TrustedOfficeView[];
}

/** A delegate's keys as the secretariat sees them: the pinned one, renewals, packages held. */
export interface DelegateKeyView {
  authorId: string;
  name: string;
  delegation: string;
  /** Fingerprint of the key pinned on their first package. */
  fingerprint: string;
  /** New keys the secretariat approved since (accepted beside the pinned one). */
  approved: string[];
  /** Packages signed by a new key, waiting for a decision. */
  held: Array<{ fingerprint: string; packages: number; since: string }>;
  /** Every decision on this delegate's keys, oldest first. */
  decisions: Array<{
    decision: 'approved' | 'refused';
    oldFingerprint: string;
    newFingerprint: string;
    reason: string;
    decidedAt: string;
  }>;
}

export interface KeyDecisionOutcome {
  authorId: string;
  decision: 'approved' | 'refused';
  newFingerprint: string;
  /** Held packages let in (approved) or dropped (refused). */
  packages: number;
  counts: { added: number; updated: number; deleted: number };
}

/** "Văn phòng đã nhận lúc …": one of my comment packages the secretariat received. */
export interface Receipt {
  /** When I exported the package. */
  exportedAt: string;
  /** When the secretariat imported it. */
  receivedAt: string;
  /** My comments the secretariat held then. */
  comments: number;
}

/** The list of delegates who have not sent: a spreadsheet, or a document to print. */
export const NOT_SENT_FORMATS = ['csv', 'pdf', 'docx'] as const;
export type NotSentFormat = (typeof NOT_SENT_FORMATS)[number];

export interface NotSentResult extends SavedFile {
  count: number;
  /** The reminder text to copy into a message to the delegates. */
  reminder: string;
  format: NotSentFormat;
}

/** A decision of the office on a new key of mine, as the dossier carried it (a delegate's machine). */
export interface MyKeyDecision {
  decision: 'approved' | 'refused';
  oldFingerprint: string;
  newFingerprint: string;
  reason: string;
  decidedAt: string;
}

/**
 * Comments written on this machine under another identity than the current one (a delegate who
 * switched names, or two delegates sharing a laptop): kept, never hidden silently.
 */
export interface OtherIdentityComments {
  authorId: string;
  name: string;
  delegation: string;
  count: number;
  comments: Comment[];
}

/** Where a comment entered on a delegate's behalf came from; stored as words, in Vietnamese. */
export const ON_BEHALF_SOURCES = { paper: 'Phiếu góp ý giấy', discussion: 'Biên bản thảo luận Tổ' } as const;
export type OnBehalfSourceKind = keyof typeof ON_BEHALF_SOURCES | 'other';

/** "Phiếu góp ý giấy ngày 04/12/2026" from the kind (or the words typed for "other") and an ISO date. Pure. */
export function onBehalfSource(kind: OnBehalfSourceKind, other: string, isoDate: string): string {
  const what = kind === 'other' ? other.trim() : ON_BEHALF_SOURCES[kind];
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(isoDate);
  return (m ? `${what} ngày ${m[3]}/${m[2]}/${m[1]}` : what).normalize('NFC');
}
