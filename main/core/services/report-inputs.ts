/**
 * Fills the two PDF inputs from the database: the delegate's sheet from their own comments, the
 * secretariat's report from the compiled view. The PDF engine only reads these plain objects.
 */
import { fingerprint } from '../crypto/fingerprint';
import { readInstallationPublicKey } from '../db/repos/office';
import type { Comment } from '../../../shared/domain/comments';
import type { CompiledComment } from '../../../shared/domain/compile';
import {
  DEFAULT_SHEET_RECIPIENTS,
  summariseReport,
  type CommentSheetInput,
  type CompiledReportInput,
  type ReportComment,
  type ReportDocumentGroup,
} from '../../../shared/domain/reports';
import type { AgendaView } from '../../../shared/domain/types';
import type { Db } from '../db/database';
import { listComments } from '../db/repos/comments';
import { currentSession, readAgenda } from '../db/repos/dossier';
import { readRoster } from '../db/repos/roster';
import { AppError } from '../errors';
import { compile } from './compile';
import { requireIdentity } from './comments';

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
  if (!session) throw new AppError('not_found', 'Chưa có kỳ họp nào trong dữ liệu.');
  const agenda = readAgenda(db, session);
  const { docs, items } = documentLookup(agenda);
  if (scope.itemId && !items.has(scope.itemId))
    throw new AppError('not_found', 'Không tìm thấy nội dung này trong chương trình.');
  const comments = listComments(db, { sessionId: session.id, authorId: identity.authorId, itemId: scope.itemId });
  if (comments.length === 0) throw new AppError('not_found', 'Chưa có góp ý nào để in phiếu.');
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
    };
  };
  return {
    session,
    delegate: { name: identity.name, delegation: identity.delegation, keyFingerprint: installationFingerprint(db) },
    scopeTitle: scope.itemId ? items.get(scope.itemId)!.title : `${session.name}, ${session.council} ${session.term}`,
    place: councilParts(session.council).place,
    issueDate,
    entries: comments.map(entryOf),
    recipients: [...DEFAULT_SHEET_RECIPIENTS],
  };
}

const toReportComment = ({ comment: c, answer }: CompiledComment): ReportComment => ({
  delegateName: c.author.name,
  delegation: c.author.delegation,
  stance: c.stance,
  text: c.text,
  proposedText: c.proposedText,
  answer: answer
    ? {
        kind: answer.kind,
        text: answer.text,
        outrun: answer.commentRevision !== null && c.revision > answer.commentRevision,
      }
    : null,
});

export function buildReportInput(db: Db, scope: { documentId?: string }, date: string = today()): CompiledReportInput {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'Chưa có kỳ họp nào trong dữ liệu.');
  const view = compile(db, scope.documentId ? { documentId: scope.documentId } : {});
  const agenda = readAgenda(db, session);
  const { docs } = documentLookup(agenda);
  const groups: ReportDocumentGroup[] = [];
  const general: ReportComment[] = [];
  for (const d of view.documents) {
    if (!d.documentId) {
      for (const p of d.passages) general.push(...p.comments.map(toReportComment));
      continue;
    }
    groups.push({
      documentTitle: d.title,
      documentKind: docs.get(d.documentId)?.kind ?? 'khac',
      passages: d.passages.map((p) => ({
        path: p.path,
        lineFirst: p.lineFirst,
        lineLast: p.lineLast,
        quote: p.blockId ? (p.comments[0]?.comment.anchor?.quote ?? null) : null,
        comments: p.comments.map(toReportComment),
      })),
    });
  }
  if (groups.length === 0 && general.length === 0) throw new AppError('not_found', 'Chưa có góp ý nào để tổng hợp.');
  const { place, issuerLines } = councilParts(session.council);
  const subjectDoc = scope.documentId ? docs.get(scope.documentId)?.title : null;
  const subject = `Tổng hợp ý kiến đại biểu Hội đồng nhân dân tỉnh đối với ${subjectDoc ? subjectDoc.charAt(0).toLocaleLowerCase('vi') + subjectDoc.slice(1) : `các dự thảo trình ${session.name.toLocaleLowerCase('vi')}`}`;
  return {
    session,
    issuerParentLines: [],
    issuerLines,
    numberSymbol: '      /BC-HĐND',
    place,
    date,
    subject,
    intro: [],
    summary: summariseReport(groups, general, readRoster(db, session.id).length),
    groups,
    general,
    closing: null,
    recipients: ['Thường trực HĐND tỉnh;', 'UBND tỉnh;', 'Các Ban HĐND tỉnh;', 'Các Tổ đại biểu HĐND tỉnh;', 'Lưu: VT.'],
    signer: { capacity: ['TM. THƯỜNG TRỰC HĐND', 'CHỦ TỊCH'], name: '' },
  };
}
