/** The terminal's commands. Each formats a handler's result; none holds logic of its own. */
import type { WordingAdoption } from '../../shared/domain/comments';
import { CHANNELS } from '../../shared/ipc/channels';
import { defineCommand, failed, type Command } from './command';
import { DOCUMENT_COMMANDS } from './document-commands';
import { DOSSIER_COMMANDS } from './dossier-commands';
import { EXCHANGE_COMMANDS } from './exchange-commands';
import { PDF_COMMANDS } from './pdf-commands';
import { REPORT_COMMANDS } from './report-commands';
import { ROLE_COMMANDS } from './role-commands';
import { REVISION_COMMANDS } from './revision-commands';
import { label, say } from './messages';

export type { CliIO } from './command';

const help = defineCommand({
  name: 'help',
  usage: 'help',
  summary: 'cli.summary.help',
  run: async ({ io }) => {
    io.out(say('cli.help.title'));
    io.out(say('cli.help.usage'));
    io.out('');
    for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(34)} ${label(c.summary)}`);
    return 0;
  },
});

const agenda = defineCommand({
  name: 'agenda',
  usage: 'agenda',
  summary: 'cli.summary.agenda',
  run: async ({ io, json, call }) => {
    const result = await call(CHANNELS.agendaGet);
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const view = result.value;
    if (json) {
      io.out(JSON.stringify(view, null, 2));
      return 0;
    }
    const s = view.session;
    io.out(`${s.council} ${s.term} — ${s.name}${s.isSample ? ` ${say('cli.agenda.sample')}` : ''}`);
    let heading = '';
    for (const item of view.items) {
      const h = `${item.day} ${say(`cli.sitting.${item.sitting}`)}`;
      if (h !== heading) {
        io.out('');
        io.out(`== ${h} ==`);
        heading = h;
      }
      io.out(`${String(item.order).padStart(2)}. [${item.id}] ${item.time ?? ''} ${item.title} — ${item.presenter}`);
      for (const d of item.documents) {
        io.out(
          `      - [${d.id}] ${d.title}${d.numberSymbol ? ` ${say('cli.agenda.number', { number: d.numberSymbol.trim() })}` : ''}${d.illustrative ? ` · ${say('cli.agenda.sample_document')}` : ''}`,
        );
      }
    }
    return 0;
  },
});

const search = defineCommand({
  name: 'search',
  usage: 'search QUERY',
  summary: 'cli.summary.search',
  run: async ({ io, json, args, call }) => {
    const query = args.join(' ');
    if (!query.trim()) {
      io.err(say('cli.search.missing_query'));
      return 2;
    }
    const result = await call(CHANNELS.searchQuery, { query });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const found = result.value;
    if (json) {
      io.out(JSON.stringify(found, null, 2));
      return 0;
    }
    io.out(say('cli.search.results', { total: `${found.total}${found.totalCapped ? '+' : ''}`, query }));
    for (const hit of found.hits) {
      let marked = '';
      let at = 0;
      for (const [s, e] of hit.highlights) {
        marked += hit.snippet.slice(at, s) + '[' + hit.snippet.slice(s, e) + ']';
        at = e;
      }
      marked += hit.snippet.slice(at);
      io.out(
        `- ${[hit.documentTitle, hit.path, say('cli.line', { line: String(hit.lineStart) })].filter(Boolean).join(' · ')} [${hit.blockId}]`,
      );
      io.out(`    ${marked}`);
    }
    return 0;
  },
});

const comments = defineCommand({
  name: 'comments',
  usage: 'comments',
  summary: 'cli.summary.comments',
  run: async ({ io, json, call }) => {
    const result = await call(CHANNELS.commentsList, { mine: true, includeDeleted: true });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const list = result.value;
    // The secretariat's answers, and whether a revised draft took the wording (a dossier brought them).
    const answered = await call(CHANNELS.answersList, undefined);
    const answers = new Map(answered.ok ? answered.value.map((a) => [a.commentId, a]) : []);
    if (json) {
      const withAnswers = list.map((c) => {
        const found = answers.get(c.id);
        if (!found) return { ...c, answer: null, adoption: null };
        const { adoption, ...answer } = found;
        return { ...c, answer, adoption: adoption ?? null };
      });
      io.out(JSON.stringify(withAnswers, null, 2));
      return 0;
    }
    io.out(say('cli.comments.count', { count: list.length }));
    for (const c of list) {
      const lines = (a: { lineFirst: number; lineLast: number }): string =>
        a.lineLast > a.lineFirst
          ? say('cli.lines', { first: String(a.lineFirst), last: String(a.lineLast) })
          : say('cli.line', { line: String(a.lineFirst) });
      const where = c.anchor
        ? `${c.documentId} · ${c.anchor.path ?? ''} · ${lines(c.anchor)} [${c.anchor.blockId} ${c.anchor.start}-${c.anchor.end}]`
        : `${c.documentId ?? c.itemId} · ${say('cli.comments.general')}`;
      const state = say(c.deleted ? 'cli.comments.deleted' : 'cli.comments.current');
      io.out(
        `- ${say('cli.comments.head', { id: c.id, revision: String(c.revision), state, stance: say(`cli.stance.${c.stance}`) })}`,
      );
      io.out(`    ${where}`);
      if (c.anchor) io.out(`    «${c.anchor.quote}»`);
      io.out(`    ${c.text}`);
      if (c.proposedText) io.out(`    ${say('cli.comments.proposed', { text: c.proposedText })}`);
      const answer = answers.get(c.id);
      if (answer) io.out(`    ${say('cli.comments.answer', { kind: say(`cli.answer_kind.${answer.kind}`), text: answer.text })}`);
      if (answer?.adoption) io.out(`    ${adoptionLine(answer.adoption)}`);
    }
    return 0;
  },
});

function adoptionLine(a: WordingAdoption): string {
  const how = say(a.taken === 'proposed' ? 'cli.comments.adopted_proposed' : 'cli.comments.adopted_edited');
  return say('cli.comments.adopted', { version: String(a.revisedVersion), how, wording: a.wording });
}

/** Handled by cli.ts before the database is opened: it must work when the database will not open. */
const restoreBackup = defineCommand({
  name: 'restore-backup',
  usage: 'restore-backup [NAME|latest]',
  summary: 'cli.summary.restore_backup',
  run: async () => 0,
});

export const COMMANDS: readonly Command[] = [
  help,
  agenda,
  search,
  comments,
  ...EXCHANGE_COMMANDS,
  ...DOSSIER_COMMANDS,
  ...DOCUMENT_COMMANDS,
  ...PDF_COMMANDS,
  ...REPORT_COMMANDS,
  ...ROLE_COMMANDS,
  ...REVISION_COMMANDS,
  restoreBackup,
];
