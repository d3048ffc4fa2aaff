/**
 * Compiles every delegate's comments per document and passage with stance counts and answers, and
 * tells which delegates have sent comments, which have not, and who was past the deadline.
 */
import type { Comment, Stance } from '../../../shared/domain/comments';
import type {
  CompiledDocument,
  CompiledFilter,
  CompiledPassage,
  CompiledView,
  DelegateStatus,
  StanceCounts,
} from '../../../shared/domain/compile';
import type { Db } from '../db/database';
import { listComments } from '../db/repos/comments';
import { currentSession, readAgenda, readDocument } from '../db/repos/dossier';
import { lastPackageTimes, listPinnedKeys, readAnswers } from '../db/repos/packages';
import { readRoster } from '../db/repos/roster';
import { AppError } from '../errors';
import { fold } from '../../../shared/text/fold';

const zero = (): StanceCounts => ({ tan_thanh: 0, khong_tan_thanh: 0, y_kien_khac: 0 });
const add = (counts: StanceCounts, stance: Stance): void => void (counts[stance] += 1);

export function compile(db: Db, filter: CompiledFilter = {}): CompiledView {
  const session = currentSession(db);
  if (!session) throw new AppError('not_found', 'session.none');
  const answers = readAnswers(db, session.id);
  const all = listComments(db, { sessionId: session.id });
  const words = fold(filter.query ?? '')
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const mentions = (c: Comment): boolean => {
    const haystack = fold([c.text, c.proposedText, c.anchor?.quote, c.author.name, c.author.delegation].join('\n'));
    return words.every((w) => haystack.includes(w));
  };
  /** Revised: the delegate changed the comment after the answer was written. */
  const answeredAs = (c: Comment): 'answered' | 'unanswered' | 'revised' => {
    const answer = answers.get(c.id);
    if (!answer) return 'unanswered';
    return answer.commentRevision !== null && c.revision > answer.commentRevision ? 'revised' : 'answered';
  };
  /** "Answered" includes the answered comments revised since. */
  const answeredMatches = (c: Comment): boolean => {
    const state = answeredAs(c);
    return filter.answered === state || (filter.answered === 'answered' && state === 'revised');
  };
  const matches = (c: Comment): boolean =>
    (!filter.documentId || c.documentId === filter.documentId) &&
    (!filter.stance || c.stance === filter.stance) &&
    (!filter.delegation || c.author.delegation === filter.delegation) &&
    (!filter.answered || answeredMatches(c)) &&
    (words.length === 0 || mentions(c));
  const comments = all.filter(matches);

  const agenda = readAgenda(db, session);
  const itemTitles = new Map(agenda.items.map((i) => [i.id, i.title]));
  const docTitles = new Map(agenda.items.flatMap((i) => i.documents.map((d) => [d.id, d.title] as const)));
  const blockCache = new Map<string, Map<string, string>>();
  const blockText = (documentId: string, blockId: string): string | null => {
    if (!blockCache.has(documentId)) {
      blockCache.set(documentId, new Map((readDocument(db, documentId)?.blocks ?? []).map((b) => [b.id, b.text])));
    }
    return blockCache.get(documentId)!.get(blockId) ?? null;
  };

  const documents = new Map<string, CompiledDocument>();
  const passagesOf = new Map<CompiledDocument, Map<string | null, CompiledPassage>>();
  for (const c of comments) {
    const key = c.documentId ?? `item:${c.itemId}`;
    let doc = documents.get(key);
    if (!doc) {
      doc = {
        documentId: c.documentId,
        itemId: c.itemId,
        itemTitle: itemTitles.get(c.itemId) ?? c.itemId,
        title: c.documentId ? (docTitles.get(c.documentId) ?? c.documentId) : (itemTitles.get(c.itemId) ?? c.itemId),
        counts: zero(),
        passages: [],
      };
      documents.set(key, doc);
    }
    add(doc.counts, c.stance);
    const blockId = c.anchor?.blockId ?? null;
    let byBlock = passagesOf.get(doc);
    if (!byBlock) passagesOf.set(doc, (byBlock = new Map()));
    let passage = byBlock.get(blockId);
    if (!passage) {
      passage = {
        blockId,
        path: c.anchor?.path ?? null,
        lineFirst: c.anchor?.lineFirst ?? null,
        lineLast: c.anchor?.lineLast ?? null,
        blockText: c.documentId && blockId ? blockText(c.documentId, blockId) : null,
        counts: zero(),
        comments: [],
      };
      doc.passages.push(passage);
      byBlock.set(blockId, passage);
    }
    if (c.anchor && passage.lineFirst !== null) {
      passage.lineFirst = Math.min(passage.lineFirst, c.anchor.lineFirst);
      passage.lineLast = Math.max(passage.lineLast ?? c.anchor.lineLast, c.anchor.lineLast);
    }
    add(passage.counts, c.stance);
    passage.comments.push({ comment: c, answer: answers.get(c.id) ?? null });
  }
  // General comments (no passage) close each document's list, as "Ý kiến chung" does in the report.
  for (const doc of documents.values()) doc.passages.sort((a, b) => (a.blockId === null ? 1 : 0) - (b.blockId === null ? 1 : 0));

  const delegates = delegateStatuses(
    db,
    session.id,
    session.commentDeadline,
    all.map((c) => c.author.id),
  );
  const totals = {
    comments: comments.length,
    allComments: all.length,
    delegatesSent: delegates.filter((d) => d.sent).length,
    delegates: delegates.length,
    answered: 0,
    onBehalf: 0,
    counts: zero(),
  };
  for (const c of comments) {
    add(totals.counts, c.stance);
    if (answers.has(c.id)) totals.answered++;
    if (c.onBehalf) totals.onBehalf++;
  }
  return {
    sessionId: session.id,
    commentDeadline: session.commentDeadline,
    totals,
    documents: [...documents.values()],
    delegates,
    delegations: [...new Set(delegates.map((d) => d.delegation))].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}

/**
 * Who has sent and who has not; `authors` holds the author of each live comment, or how many
 * live comments each author has.
 */
export function delegateStatuses(
  db: Db,
  sessionId: string,
  deadline: string | null,
  authors: readonly string[] | ReadonlyMap<string, number>,
): DelegateStatus[] {
  const lastAt = lastPackageTimes(db, sessionId);
  const counts = new Map<string, number>();
  if (authors instanceof Map) for (const [id, n] of authors) counts.set(id, n);
  else for (const id of authors as readonly string[]) counts.set(id, (counts.get(id) ?? 0) + 1);
  const deadlineMs = deadline ? Date.parse(deadline) : null;
  const status = (id: string, name: string, delegation: string, inRoster: boolean): DelegateStatus => {
    const last = lastAt.get(id) ?? null;
    const commentCount = counts.get(id) ?? 0;
    return {
      id,
      name,
      delegation,
      inRoster,
      commentCount,
      lastPackageAt: last,
      sent: last !== null || commentCount > 0,
      late: last !== null && deadlineMs !== null && Date.parse(last) > deadlineMs,
    };
  };
  const roster = readRoster(db, sessionId).map((r) => status(r.id, r.name, r.delegation, true));
  const known = new Set(roster.map((r) => r.id));
  const others = listPinnedKeys(db)
    .filter((k) => !known.has(k.authorId))
    .map((k) => status(k.authorId, k.name, k.delegation, false));
  return [...roster, ...others];
}
