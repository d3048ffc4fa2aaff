/**
 * The revised draft from the terminal: answer a comment (and take its wording into the revised
 * draft), list the pending changes and conflicts of a document, make the revised version.
 */
import { ANSWER_KINDS, type AnswerKind } from '../../shared/domain/comments';
import type { RevisionChange, RevisionView } from '../../shared/domain/revisions';
import { CHANNELS } from '../../shared/ipc/channels';
import type { MessageKey } from '../../shared/messages/types';
import { defineCommand, failed, OUT_OPTIONS, printUsage, USAGE_ERROR, type CliIO, type Command } from './command';
import { label, say } from './messages';

const isAnswerKind = (v: string | undefined): v is AnswerKind => (ANSWER_KINDS as readonly string[]).includes(v ?? '');

const answer = defineCommand({
  name: 'answer',
  usage: 'answer COMMENT_ID --kind tiep_thu|giai_trinh|ghi_nhan --text TEXT [--accept-wording [--wording TEXT]]',
  summary: 'cli.summary.answer',
  options: {
    kind: { type: 'string' },
    text: { type: 'string' },
    'accept-wording': { type: 'boolean' },
    wording: { type: 'string' },
  },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1 || !isAnswerKind(opts.kind) || !opts.text) {
      printUsage(io, answer);
      return USAGE_ERROR;
    }
    const result = await call(CHANNELS.answersSet, {
      commentIds: [args[0]],
      kind: opts.kind,
      text: opts.text,
      ...(opts['accept-wording'] ? { acceptWording: true } : {}),
      ...(opts.wording !== undefined ? { wording: opts.wording } : {}),
    });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) io.out(JSON.stringify(result.value, null, 2));
    else {
      io.out(say('cli.answer.done', { id: args[0], kind: say(`cli.answer_kind.${opts.kind}`) }));
      if (result.value.changeId) io.out(say('cli.answer.wording_taken', { change: result.value.changeId }));
    }
    return 0;
  },
});

function printChange(io: CliIO, c: RevisionChange, mark: string): void {
  const where = c.path ?? say('cli.revision.unknown_place');
  const field = (name: MessageKey, value: string) => io.out(`    ${label(name).padEnd(10)} ${value}`);
  io.out(`${mark} [${c.id}] ${where} — ${say(`cli.origin.${c.origin}`)}`);
  field('cli.revision.draft', c.original.replace(/\n/gu, ' ¶ '));
  field('cli.revision.revised', c.wording === '' ? say('cli.revision.removed') : c.wording);
  if (c.reason) field('cli.revision.reason', c.reason);
  for (const s of c.sources) {
    const reply = s.answerKind ? ` — ${say(`cli.answer_kind.${s.answerKind}`)}: ${s.answerText ?? ''}` : '';
    field('cli.revision.delegate', `${s.authorName} (${s.authorDelegation})${reply}`);
  }
}

function printView(io: CliIO, view: RevisionView): void {
  io.out(say('cli.revision.title', { id: view.documentId, title: view.documentTitle, version: String(view.version) }));
  io.out(
    say('cli.revision.counts', { changes: view.changes.length, conflicts: view.conflicts.length, stale: view.stale.length }),
  );
  const inConflict = new Set(view.conflicts.flatMap((g) => g.changeIds));
  const stale = new Map(view.stale.map((s) => [s.changeId, s.reason]));
  for (const c of view.changes) {
    const reason = stale.get(c.id);
    printChange(io, c, inConflict.has(c.id) ? '!' : reason ? '?' : '-');
    if (reason) io.out(`    ${say('cli.revision.not_applicable', { reason: say(`revision.stale.${reason}`) })}`);
  }
  view.conflicts.forEach((g, i) => io.out(say('cli.revision.conflict', { n: i + 1, ids: g.changeIds.join(', ') })));
  io.out(say(view.ready ? 'cli.revision.ready' : 'cli.revision.not_ready'));
}

const revisions = defineCommand({
  name: 'revisions',
  usage: 'revisions --document ID',
  summary: 'cli.summary.revisions',
  options: { document: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    if (!opts.document) {
      printUsage(io, revisions);
      return USAGE_ERROR;
    }
    const result = await call(CHANNELS.revisionsList, { documentId: opts.document });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) io.out(JSON.stringify(result.value, null, 2));
    else printView(io, result.value);
    return 0;
  },
});

const makeRevision = defineCommand({
  name: 'make-revision',
  usage: 'make-revision --document ID',
  summary: 'cli.summary.make_revision',
  options: { document: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    if (!opts.document) {
      printUsage(io, makeRevision);
      return USAGE_ERROR;
    }
    const result = await call(CHANNELS.revisionsMake, { documentId: opts.document });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const r = result.value;
    if (json) io.out(JSON.stringify(r, null, 2));
    else {
      io.out(
        say('cli.make_revision.done', {
          version: String(r.version),
          applied: r.applied,
          changed: r.changedBlocks,
          removed: r.removedBlocks,
        }),
      );
      io.out(say('cli.make_revision.comments', { kept: r.kept, moved: r.moved, edited: r.edited, orphaned: r.orphaned }));
      io.out(say('cli.make_revision.next'));
    }
    return 0;
  },
});

function exportCommand(name: string, kind: 'revised' | 'comparison', summary: MessageKey): Command {
  const usage = `${name} --document ID --out FILE [--format pdf|docx]${kind === 'revised' ? ' [--clean] [--line-numbers]' : ''}`;
  return defineCommand({
    name,
    usage,
    summary,
    options: {
      ...OUT_OPTIONS,
      document: { type: 'string' },
      format: { type: 'string' },
      ...(kind === 'revised' ? { clean: { type: 'boolean' }, 'line-numbers': { type: 'boolean' } } : {}),
    } as typeof OUT_OPTIONS & {
      document: { type: 'string' };
      format: { type: 'string' };
      clean: { type: 'boolean' };
      'line-numbers': { type: 'boolean' };
    },
    run: async ({ io, json, opts, call }) => {
      const format = opts.format ?? 'pdf';
      if (!opts.document || (format !== 'pdf' && format !== 'docx')) {
        printUsage(io, { usage });
        return USAGE_ERROR;
      }
      const result = await call(CHANNELS.revisionsExport, {
        documentId: opts.document,
        kind,
        format,
        ...(opts.clean ? { marked: false } : {}),
        ...(opts['line-numbers'] ? { lineNumbers: true } : {}),
      });
      const code = failed(io, result);
      if (code !== undefined || !result.ok) return code ?? 1;
      const r = result.value;
      if (json) io.out(JSON.stringify(r));
      else
        io.out(
          r.pages === null
            ? say('cli.saved_revised_word', { path: r.path, changes: r.changes })
            : say('cli.saved_revised_pdf', { path: r.path, pages: r.pages, changes: r.changes }),
        );
      return 0;
    },
  });
}

export const REVISION_COMMANDS: readonly Command[] = [
  answer,
  revisions,
  makeRevision,
  exportCommand('export-revised', 'revised', 'cli.summary.export_revised'),
  exportCommand('export-comparison', 'comparison', 'cli.summary.export_comparison'),
];
