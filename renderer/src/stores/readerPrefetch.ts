/**
 * What the reader asks for beside a document's text, started together with the document request
 * rather than after its first render (issue 18: they waited ~1 s behind a 3,000-block document).
 */
import type { VersionMarks } from '../../../shared/domain/revisions';
import type { Envelope } from '../../../shared/ipc/envelope';
import { api } from '../api/client';
import { loadNotes } from '../api/notes';

const versionMarks = new Map<string, Promise<Envelope<VersionMarks>>>();

/** Starts the document's version marks and private notes requests. */
export function prefetchReaderData(documentId: string): void {
  versionMarks.set(documentId, api.documentsVersionMarks({ documentId }));
  void loadNotes(documentId);
}

/** The version marks started by prefetchReaderData (once), or a new request. */
export function takeVersionMarks(documentId: string): Promise<Envelope<VersionMarks>> {
  const started = versionMarks.get(documentId);
  versionMarks.delete(documentId);
  return started ?? api.documentsVersionMarks({ documentId });
}
