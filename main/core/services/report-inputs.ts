/**
 * Fills the two PDF inputs from the database: the delegate's sheet from their own comments, the
 * secretariat's report from the compiled view. The PDF engine only reads these plain objects.
 */
import { fingerprint } from '../crypto/fingerprint';
import { readInstallationPublicKey } from '../db/repos/office';
import type { Comment } from '../../../shared/domain/comments';
import type { CompiledComment } from '../../../shared/domain/compile';
import { LEVEL_WORDS } from '../../../shared/domain/council';
import { archiveLine, reportNumberSymbol } from '../../../shared/domain/report-settings';
import {
  defaultSheetRecipients,
  summariseReport,
  type CommentSheetInput,
  type CompiledReportInput,
  type ReportComment,
  type ReportDocumentGroup,
} from '../../../shared/domain/reports';
import type { AgendaView } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { listComments } from '../db/repos/comments';
import { currentSession, readAgenda, readDocument } from '../db/repos/dossier';
import { readRoster } from '../db/repos/roster';
import { AppError } from '../errors';
import { compile } from './compile';
import { requireIdentity } from '../identity';
import { reportSettingsOf } from './report-settings';

/** "Hội đồng nhân dân tỉnh Quảng Ninh" → place "Quảng Ninh", issuer lines ["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG NINH"]. */
export function councilParts(council: string): { place: string; issuerLines: string[] } {
  const m = /^Hội đồng nhân dân\s+(.+)$/iu.exec(council.trim());
  const area = m ? m[1] : council;
  const place = area.replace(/^(tỉnh|thành phố|huyện|thị xã|quận)\s+/iu, '');
  return { place, issuerLines: m ? ['HỘI ĐỒNG NHÂN DÂN', area.toLocaleUpperCase('vi')] : [council.toLocaleUpperCase('vi')] };
}

const today = (): string => new Date().toISOString().slice(0, 10);

function documentLookup(agenda: AgendaView) {
  const docs = new Map(agenda.items.flatMap((i) => i.documents.map((d) => [d.id, d] as const)));
  const items = new Map(agenda.items.map((i) => [i.id, i]));
  return { docs, items };
}

/** The fingerprint of the key that signs this installation's comment packages. */
function installationFingerprint(db: Db): string | null {
  const key = readInstallationPublicKey(db);
  return key ? fingerprint(key) : null;
}

export function buildSheetInput(db: Db, scope: { itemId?: string }, issueDate: string = today()): CommentSheetInput {
  const identity = requireIdentity(db);
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const agenda = readAgenda(db, session);
  const { docs, items } = documentLookup(agenda);
  if (scope.itemId && !items.has(scope.itemId)) throw new AppError('not_found', 'agenda.item_not_found');
  const comments = listComments(db, { sessionId: session.id, authorId: identity.authorId, itemId: scope.itemId });
  if (comments.length === 0) throw new AppError('not_found', 'report.no_comments_for_sheet');
  const entryOf = (c: Comment) => {
    const doc = c.documentId ? docs.get(c.documentId) : undefined;
    return {
      documentTitle: doc?.title ?? items.get(c.itemId)?.title ?? c.itemId,
      documentKind: doc?.kind ?? 'khac',
      path: c.anchor?.path ?? null,
      lineFirst: c.anchor?.lineFirst ?? null,
      lineLast: c.anchor?.lineLast ?? null,
      quote: c.anchor?.quote ?? null,
      stance: c.stance,
      text: c.text,
      proposedText: c.proposedText,
      ...(doc ? {} : { itemOnly: true }),
    };
  };
  return {
    session,
    delegate: { name: identity.name, delegation: identity.delegation, keyFingerprint: installationFingerprint(db) },
    scopeTitle: scope.itemId ? items.get(scope.itemId)!.title : `${session.name}, ${session.council} ${session.term}`,
    // The date line names the locality (from the council's name), not the meeting's venue.
    place: councilParts(session.council).place,
    issueDate,
    entries: comments.map(entryOf),
    recipients: defaultSheetRecipients(session.level),
  };
}

const toReportComment = ({ comment: c, answer }: CompiledComment, topic: string | null = null): ReportComment => ({
  lineFirst: c.anchor?.lineFirst ?? null,
  lineLast: c.anchor?.lineLast ?? null,
  topic,
  delegateName: c.author.name,
  delegation: c.author.delegation,
  stance: c.stance,
  text: c.text,
  proposedText: c.proposedText,
  ...(c.onBehalf ? { onBehalf: true, onBehalfOf: c.onBehalf.of } : {}),
  answer: answer
    ? {
        kind: answer.kind,
        text: answer.text,
        outrun: answer.commentRevision !== null && c.revision > answer.commentRevision,
      }
    : null,
});

/** Where a passage path points, the article (or top-level part) to group it under. */
function articleKey(path: string | null): string | null {
  if (!path) return null;
  const parts = path.split(', ');
  return parts.find((p) => /^Điều\s/u.test(p)) ?? parts[0];
}

/** Heading titles by label ("Điều 1" → "Điều 1. Tán thành chủ trương …"), cut to a line or two. */
function articleTitles(db: Db, documentId: string): Map<string, string> {
  const titles = new Map<string, string>();
  for (const b of readDocument(db, documentId)?.blocks ?? []) {
    if (b.kind !== 'heading' || !b.label || titles.has(b.label)) continue;
    const text = b.text.replace(/\s+/gu, ' ').trim();
    titles.set(b.label.replace(/\.$/u, ''), text.length > 200 ? `${text.slice(0, 199)}…` : text);
  }
  return titles;
}

export function buildReportInput(db: Db, scope: { documentId?: string }, date?: string): CompiledReportInput {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const settings = reportSettingsOf(db, session).effective;
  const reportDate = date ?? settings.date ?? today();
  const view = compile(db, scope.documentId ? { documentId: scope.documentId } : {});
  const agenda = readAgenda(db, session);
  const { docs } = documentLookup(agenda);
  const groups: ReportDocumentGroup[] = [];
  const general: ReportComment[] = [];
  for (const d of view.documents) {
    if (!d.documentId) {
      for (const p of d.passages) general.push(...p.comments.map((c) => toReportComment(c, d.itemTitle)));
      continue;
    }
    const titles = articleTitles(db, d.documentId);
    groups.push({
      documentTitle: d.title,
      documentKind: docs.get(d.documentId)?.kind ?? 'khac',
      passages: d.passages.map((p) => {
        const key = articleKey(p.path);
        return {
          path: p.path,
          lineFirst: p.lineFirst,
          lineLast: p.lineLast,
          article: key ? (titles.get(key) ?? key) : null,
          quote: p.blockId ? (p.comments[0]?.comment.anchor?.quote ?? null) : null,
          comments: p.comments.map((c) => toReportComment(c)),
        };
      }),
    });
  }
  if (groups.length === 0 && general.length === 0) throw new AppError('not_found', 'report.no_comments_to_compile');
  const { issuerLines } = councilParts(session.council);
  const w = LEVEL_WORDS[session.level];
  const subjectDoc = scope.documentId ? docs.get(scope.documentId)?.title : null;
  const subject = `Tổng hợp ý kiến đại biểu Hội đồng nhân dân ${w} đối với ${subjectDoc ? subjectDoc.charAt(0).toLocaleLowerCase('vi') + subjectDoc.slice(1) : `các dự thảo trình ${session.name.toLocaleLowerCase('vi')}`}`;
  const roster = readRoster(db, session.id);
  return {
    session,
    level: session.level,
    deadline: session.commentDeadline,
    delegationOrder: [...new Set(roster.map((r) => r.delegation))],
    issuerParentLines: [],
    issuerLines,
    numberSymbol: reportNumberSymbol(settings.number),
    // The date line names the locality (from the council's name), not the meeting's venue.
    place: councilParts(session.council).place,
    date: reportDate,
    subject,
    intro: [],
    summary: summariseReport(groups, general, roster.length),
    groups,
    general,
    closing: null,
    recipients: [...settings.recipients.map((r) => `${r};`), archiveLine(settings.archive)],
    signer: { capacity: [settings.signerCapacity, settings.signerTitle], name: settings.signerName },
  };
}
