/** The terminal's commands. Each formats a handler's result; none holds logic of its own. */
import type { WordingAdoption } from '../../shared/domain/comments';
import { ANSWER_LABELS as ANSWER_KIND_LABEL } from '../../shared/domain/reports';
import { CHANNELS } from '../../shared/ipc/channels';
import { defineCommand, failed, STANCE_LABEL, type Command } from './command';
import { DOCUMENT_COMMANDS } from './document-commands';
import { DOSSIER_COMMANDS } from './dossier-commands';
import { EXCHANGE_COMMANDS } from './exchange-commands';
import { PDF_COMMANDS } from './pdf-commands';
import { REPORT_COMMANDS } from './report-commands';
import { ROLE_COMMANDS } from './role-commands';
import { REVISION_COMMANDS } from './revision-commands';

export type { CliIO } from './command';

const SITTING = { sang: 'sáng', chieu: 'chiều' } as const;

const help = defineCommand({
  name: 'help',
  usage: 'help',
  summary: 'Danh sách lệnh / list commands',
  run: async ({ io }) => {
    io.out('Góp ý HĐND — dòng lệnh / command line');
    io.out('Cách dùng / usage: npm run cli -- <lệnh> [--data-dir THƯ_MỤC] [--json]');
    io.out('');
    for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(34)} ${c.summary}`);
    return 0;
  },
});

const agenda = defineCommand({
  name: 'agenda',
  usage: 'agenda',
  summary: 'Chương trình kỳ họp, mã mục và tài liệu / agenda with ids and documents',
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
    io.out(`${s.council} ${s.term} — ${s.name}${s.isSample ? ' (Hồ sơ mẫu)' : ''}`);
    let heading = '';
    for (const item of view.items) {
      const h = `${item.day} ${SITTING[item.sitting]}`;
      if (h !== heading) {
        io.out('');
        io.out(`== ${h} ==`);
        heading = h;
      }
      io.out(`${String(item.order).padStart(2)}. [${item.id}] ${item.time ?? ''} ${item.title} — ${item.presenter}`);
      for (const d of item.documents) {
        io.out(
          `      - [${d.id}] ${d.title}${d.numberSymbol ? ` (Số: ${d.numberSymbol.trim()})` : ''}${d.illustrative ? ' · Hồ sơ mẫu' : ''}`,
        );
      }
    }
    return 0;
  },
});

const search = defineCommand({
  name: 'search',
  usage: 'search QUERY',
  summary: 'Tìm trong mọi tài liệu, gõ không dấu được / search all documents',
  run: async ({ io, json, args, call }) => {
    const query = args.join(' ');
    if (!query.trim()) {
      io.err('Thiếu từ khóa tìm kiếm / missing query. Ví dụ: npm run cli -- search "doi moi"');
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
    io.out(`${found.total}${found.totalCapped ? '+' : ''} kết quả cho "${query}"`);
    for (const hit of found.hits) {
      let marked = '';
      let at = 0;
      for (const [s, e] of hit.highlights) {
        marked += hit.snippet.slice(at, s) + '[' + hit.snippet.slice(s, e) + ']';
        at = e;
      }
      marked += hit.snippet.slice(at);
      io.out(`- ${[hit.documentTitle, hit.path, `dòng ${hit.lineStart}`].filter(Boolean).join(' · ')} [${hit.blockId}]`);
      io.out(`    ${marked}`);
    }
    return 0;
  },
});

const comments = defineCommand({
  name: 'comments',
  usage: 'comments',
  summary: 'Góp ý của tôi, kể cả đã xóa (sẽ được gửi đi) / my comments, deletions included',
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
    io.out(`${list.length} góp ý`);
    for (const c of list) {
      const where = c.anchor
        ? `${c.documentId} · ${c.anchor.path ?? ''} · dòng ${c.anchor.lineFirst}${c.anchor.lineLast > c.anchor.lineFirst ? `–${c.anchor.lineLast}` : ''} [${c.anchor.blockId} ${c.anchor.start}-${c.anchor.end}]`
        : `${c.documentId ?? c.itemId} · góp ý chung`;
      const state = c.deleted ? 'đã xóa' : 'hiện hành';
      io.out(`- ${c.id} · bản sửa ${c.revision} · ${state} · ${STANCE_LABEL[c.stance]}`);
      io.out(`    ${where}`);
      if (c.anchor) io.out(`    «${c.anchor.quote}»`);
      io.out(`    ${c.text}`);
      if (c.proposedText) io.out(`    Đề xuất: ${c.proposedText}`);
      const answer = answers.get(c.id);
      if (answer) io.out(`    Trả lời (${ANSWER_KIND_LABEL[answer.kind]}): ${answer.text}`);
      if (answer?.adoption) io.out(`    ${adoptionLine(answer.adoption)}`);
    }
    return 0;
  },
});

function adoptionLine(a: WordingAdoption): string {
  const how = a.taken === 'proposed' ? 'theo lời văn đề xuất' : 'Văn phòng đã sửa lời văn';
  return `Đã tiếp thu vào dự thảo chỉnh lý (phiên bản ${a.revisedVersion}, ${how}): «${a.wording}»`;
}

/** Handled by cli.ts before the database is opened: it must work when the database will not open. */
const restoreBackup = defineCommand({
  name: 'restore-backup',
  usage: 'restore-backup [TÊN|latest]',
  summary: 'Khôi phục bản sao lưu (tệp hiện tại được giữ lại) / restore a backup',
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
