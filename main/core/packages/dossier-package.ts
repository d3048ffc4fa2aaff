/**
 * Dossier packages: the secretariat hands the session (agenda, documents, roster, deadline) to the
 * delegates as one signed file. A delegate's app pins the publisher's key per session; a newer
 * version replaces the agenda and documents and the delegate's comments follow their passages.
 */
import { DOSSIER_PACKAGE_FORMAT, dossierPackageSchema, type DossierPackage } from '../../../shared/packages/format';
import type { Db } from '../db/database';
import {
  currentSession,
  deleteSessionAgenda,
  insertAgendaItem,
  insertDocument,
  insertSession,
  readAgenda,
  readDocument,
  readSessionBlockTexts,
  sessionExists,
  updateSessionRow,
} from '../db/repos/dossier';
import { getCommentVersion } from '../db/repos/comments';
import { readAnswers, readDossierVersion, recordImportedPackage, saveAnswer, writeDossierVersion } from '../db/repos/packages';
import { insertRosterEntry, isRosterIllustrative, readIdentity, readRoster } from '../db/repos/roster';
import type { Signer } from '../crypto/keys';
import { writeSetting } from '../db/repos/settings';
import { AppError } from '../errors';
import { toNumberedBlocks } from '../../../shared/text/numbered-blocks';
import { CURRENT_SESSION_KEY } from '../db/setting-keys';
import { emptyReanchor, reanchorDocumentComments, type ReanchorResult } from '../anchors/reanchor';
import { wordDiff } from '../../../shared/text/version-diff';
import { openPackage, sealPackage } from './envelope';
import { readDossierIssue, readOfficeKey, writeDossierIssue } from '../db/repos/office';
import { checkDossierPublisher } from '../roles/dossier-trust';
import { heldKeys } from '../roles/guard';
import { mergeKeyDecisions } from '../roles/key-renewal';
import { listKeyDecisions } from '../db/repos/key-decisions';
import { readReceiptsToSend, saveReceipt } from '../db/repos/receipts';
import { readAppliedWordings, saveWordingAdoption } from '../db/repos/wording-adoptions';
import { readSessionBlocks } from '../db/repos/version-marks';
import { recordVersionMarks } from './version-marks-record';
import { msg } from '../../../shared/messages/types';

export function buildDossierPackage(
  db: Db,
  signer: Signer,
  now: string = new Date().toISOString(),
): { bytes: Buffer; content: DossierPackage } {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  return db.transaction(() => {
    // Every export is a new version, so delegates can tell a newer dossier from one they have.
    const version = (readDossierVersion(db, session.id)?.version ?? 0) + 1;
    writeDossierVersion(db, session.id, version, signer.publicKey);
    const agenda = readAgenda(db, session);
    const office = readOfficeKey(db);
    writeDossierIssue(db, session.id, now, office?.machineName ?? null);
    const content: DossierPackage = {
      dossierVersion: version,
      exportedAt: now,
      session: { ...session, rosterIllustrative: isRosterIllustrative(db, session.id) },
      items: agenda.items.map((item) => ({
        id: item.id,
        day: item.day,
        sitting: item.sitting,
        order: item.order,
        time: item.time,
        title: item.title,
        presenter: item.presenter,
        kind: item.kind,
        documents: item.documents.map((d) => ({
          id: d.id,
          kind: d.kind,
          issuer: d.issuer,
          numberSymbol: d.numberSymbol,
          date: d.date,
          ...(d.place ? { place: d.place } : {}),
          title: d.title,
          illustrative: d.illustrative,
          blocks: readDocument(db, d.id)!.blocks.map((b) => ({
            id: b.id,
            kind: b.kind,
            level: b.level,
            label: b.label,
            path: b.path,
            text: b.text,
            cells: b.cells,
          })),
        })),
      })),
      roster: readRoster(db, session.id),
      answers: [...readAnswers(db, session.id).values()],
      office: { name: office?.officeName ?? null, machine: office?.machineName ?? null },
      keyDecisions: listKeyDecisions(db),
      receipts: readReceiptsToSend(db, session.id),
    };
    // Left out while empty, so a dossier without a revised version still opens on an older app.
    const revisedWordings = readAppliedWordings(db, session.id);
    if (revisedWordings.length > 0) content.revisedWordings = revisedWordings;
    return { bytes: sealPackage(DOSSIER_PACKAGE_FORMAT, content, signer), content };
  })();
}

export type DossierImportOutcome =
  | {
      status: 'imported';
      sessionId: string;
      version: number;
      replaced: boolean;
      reanchor: ReanchorResult;
      /** Answers to comments held here (the delegate's own), taken from the dossier. */
      answers: number;
      /** Comments held here whose wording a revised version took (as proposed or edited). */
      wordingsTaken: number;
    }
  | { status: 'unchanged'; sessionId: string; version: number };

export function importDossierPackage(
  db: Db,
  data: Buffer,
  fileName: string,
  now: string = new Date().toISOString(),
  options: { trustFingerprint?: string } = {},
): DossierImportOutcome {
  const opened = openPackage(data, fileName, DOSSIER_PACKAGE_FORMAT, dossierPackageSchema, 'package.kind.dossier');
  const pkg = opened.content;
  const publisher = opened.envelope.publicKey;
  return db.transaction((): DossierImportOutcome => {
    const s = pkg.session;
    const known = readDossierVersion(db, s.id);
    if (known?.publisherKey && known.publisherKey !== publisher) {
      throw new AppError('invalid_input', 'dossier.other_publisher', { file: fileName });
    }
    checkDossierPublisher(db, {
      publisherKey: publisher,
      officeName: pkg.office?.name ?? s.council,
      fileName,
      trustFingerprint: options.trustFingerprint,
      now,
    });
    if (known?.publisherKey && known.version === pkg.dossierVersion) {
      // Two secretariat machines must never hand out two different dossiers under one version.
      const issue = readDossierIssue(db, s.id);
      if (issue.exportedAt && issue.exportedAt !== pkg.exportedAt) {
        const machine = (m: string | null | undefined) =>
          m ? msg('dossier.machine', { name: m }) : msg('dossier.another_machine');
        throw new AppError('conflict', 'dossier.two_issues', {
          file: fileName,
          version: String(pkg.dossierVersion),
          firstMachine: machine(issue.issuedBy),
          firstAt: issue.exportedAt.slice(0, 16).replace('T', ' '),
          secondMachine: machine(pkg.office?.machine),
          secondAt: pkg.exportedAt.slice(0, 16).replace('T', ' '),
        });
      }
    }
    if (known && known.publisherKey && known.version >= pkg.dossierVersion)
      return { status: 'unchanged', sessionId: s.id, version: known.version };
    const replaced = sessionExists(db, s.id);
    const row = { ...s };
    // The old wording of every block, so comments on edited passages can follow the word diff.
    const oldTexts = readSessionBlockTexts(db, s.id);
    // The blocks held before, per document, so the reader can mark what this version changed.
    const heldBlocks = readSessionBlocks(db, s.id);
    if (replaced) {
      deleteSessionAgenda(db, s.id);
      updateSessionRow(db, row);
    } else {
      insertSession(db, row, now);
    }
    for (const item of pkg.items) {
      insertAgendaItem(db, { ...item, sessionId: s.id });
      item.documents.forEach((d, position) => {
        const structured = d.blocks.map((b) => ({ ...b }));
        insertDocument(
          db,
          {
            id: d.id,
            itemId: item.id,
            position,
            kind: d.kind,
            issuer: d.issuer,
            numberSymbol: d.numberSymbol,
            date: d.date,
            place: d.place ?? null,
            title: d.title,
            illustrative: d.illustrative,
            sourceName: fileName,
            sourceSha256: opened.sha256,
            blocks: toNumberedBlocks(structured, (p) => d.blocks[p].id),
          },
          now,
        );
      });
    }
    pkg.roster.forEach((r, position) => insertRosterEntry(db, s.id, position, r));
    writeDossierVersion(db, s.id, pkg.dossierVersion, publisher);
    writeDossierIssue(db, s.id, pkg.exportedAt, pkg.office?.machine ?? null);
    writeSetting(db, CURRENT_SESSION_KEY, s.id);
    const reanchor: ReanchorResult = emptyReanchor();
    for (const item of pkg.items) {
      for (const d of item.documents) {
        recordVersionMarks(db, d.id, heldBlocks.get(d.id), d.blocks, pkg.dossierVersion);
        const edits = new Map(
          d.blocks
            .filter((b) => oldTexts.has(b.id) && oldTexts.get(b.id) !== b.text)
            .map((b) => [b.id, wordDiff(oldTexts.get(b.id)!, b.text)]),
        );
        const r = reanchorDocumentComments(db, s.id, d.id, edits);
        reanchor.kept += r.kept;
        reanchor.moved += r.moved;
        reanchor.edited += r.edited;
        reanchor.orphaned.push(...r.orphaned);
      }
    }
    // Answers travel to every delegate with the dossier; each installation keeps those to its comments.
    let answers = 0;
    for (const a of pkg.answers ?? []) {
      if (!getCommentVersion(db, a.commentId)) continue;
      saveAnswer(db, a.commentId, a.kind, a.text, a.answeredAt, a.commentRevision);
      answers++;
    }
    // Which of the comments held here a revised version took, and how.
    const taken = new Set<string>();
    for (const w of pkg.revisedWordings ?? []) {
      for (const c of w.comments) {
        if (!getCommentVersion(db, c.commentId)) continue;
        saveWordingAdoption(db, w, c);
        taken.add(c.commentId);
      }
    }
    // Key decisions: a secretariat machine replays another's (idempotently); a delegate keeps its own.
    const identity = readIdentity(db);
    const decisions = heldKeys(db).has(publisher)
      ? (pkg.keyDecisions ?? [])
      : (pkg.keyDecisions ?? []).filter((d) => d.authorId === identity?.authorId);
    mergeKeyDecisions(db, decisions, now);
    for (const r of pkg.receipts ?? []) if (r.authorId === identity?.authorId) saveReceipt(db, s.id, r.authorId, r);
    recordImportedPackage(
      db,
      { sha256: opened.sha256, kind: 'dossier', sessionId: s.id, authorId: publisher, exportedAt: pkg.exportedAt },
      now,
    );
    return {
      status: 'imported',
      sessionId: s.id,
      version: pkg.dossierVersion,
      replaced,
      reanchor,
      answers,
      wordingsTaken: taken.size,
    };
  })();
}
