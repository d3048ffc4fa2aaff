/** Results of exchanging package files. */
import type { MessageRef } from '../messages/types';

export interface PackageFileResult {
  fileName: string;
  /**
   * imported: something changed; unchanged: already imported, nothing changed; rejected: see
   * message; held: a known delegate's package signed by a new key, waiting for the secretariat.
   */
  status: 'imported' | 'unchanged' | 'rejected' | 'held';
  author: string | null;
  counts: { added: number; updated: number; deleted: number } | null;
  message: string | null;
  /**
   * Short readable fingerprint of the key that signed the package (the one printed on the
   * delegate's signed sheet), when the signature could be read.
   */
  fingerprint?: string | null;
  /** A refusal's message as a catalogue key and parameters (shared/messages), for the UI's language. */
  reason?: MessageRef | null;
}

export interface SavedFile {
  path: string;
  fileName: string;
  bytes: number;
}

export interface DossierImportResult {
  fileName: string;
  status: 'imported' | 'unchanged';
  sessionId: string;
  version: number;
  /** Comments whose passage was not found again in the new version (kept, shown with their quote). */
  orphanedComments: number;
  movedComments: number;
  /** The secretariat's answers to this installation's comments that came with the dossier. */
  answersReceived: number;
  /** This installation's comments whose wording a revised version (dự thảo chỉnh lý) took. Absent when unchanged. */
  wordingsTaken?: number;
}
