/**
 * The revised draft from the terminal: answer a comment (and take its wording into the revised
 * draft), list the pending changes and conflicts of a document, make the revised version.
 */
import { ANSWER_KINDS, type AnswerKind } from '../../shared/domain/comments';
import type { RevisionChange, RevisionView } from '../../shared/domain/revisions';
import { CHANNELS } from '../../shared/ipc/channels';
import { defineCommand, failed, OUT_OPTIONS, type CliIO, type Command } from './command';

const ANSWER_LABEL = { tiep_thu: 'Tiếp thu', giai_trinh: 'Giải trình', ghi_nhan: 'Ghi nhận' } as const;
const ORIGIN_LABEL = { comment: 'góp ý', direct: 'Văn phòng sửa trực tiếp', merged: 'lời văn hợp nhất' } as const;
const STALE_LABEL = {
  block_missing: 'đoạn văn không còn',
  out_of_range: 'vị trí không còn trong đoạn',
  text_changed: 'đoạn văn đã đổi lời văn',
  splits_character: 'vị trí cắt ngang một chữ',
  breaks_table: 'vượt qua ranh giới ô của bảng',
} as const;

const isAnswerKind = (v: string | undefined): v is AnswerKind => (ANSWER_KINDS as readonly string[]).includes(v ?? '');

const answer = defineCommand({
  name: 'answer',
  usage: 'answer COMMENT_ID --kind K --text T',
  summary:
    'Trả lời một góp ý (tiep_thu|giai_trinh|ghi_nhan); --accept-wording [--wording T] đưa lời văn vào dự thảo chỉnh lý / answer a comment',
  options: {
    kind: { type: 'string' },
    text: { type: 'string' },
    'accept-wording': { type: 'boolean' },
    wording: { type: 'string' },
  },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1 || !isAnswerKind(opts.kind) || !opts.text) {
      io.err(
        'Cách dùng / usage: answer MÃ_GÓP_Ý --kind tiep_thu|giai_trinh|ghi_nhan --text "NỘI DUNG" [--accept-wording [--wording "LỜI VĂN"]]',
      );
      return 2;
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
      io.out(`Đã trả lời góp ý ${args[0]}: ${ANSWER_LABEL[opts.kind]}.`);
      if (result.value.changeId) io.out(`Lời văn đã đưa vào dự thảo chỉnh lý (thay đổi ${result.value.changeId}).`);
    }
    return 0;
  },
});

function printChange(io: CliIO, c: RevisionChange, mark: string): void {
  const where = c.path ?? 'đoạn không rõ vị trí';
  io.out(`${mark} [${c.id}] ${where} — ${ORIGIN_LABEL[c.origin]}`);
  io.out(`    dự thảo:   ${c.original.replace(/\n/gu, ' ¶ ')}`);
  io.out(`    chỉnh lý:  ${c.wording === '' ? '(bỏ)' : c.wording}`);
  if (c.reason) io.out(`    lý do:     ${c.reason}`);
  for (const s of c.sources) {
    const reply = s.answerKind ? ` — ${ANSWER_LABEL[s.answerKind]}: ${s.answerText ?? ''}` : '';
    io.out(`    đại biểu:  ${s.authorName} (${s.authorDelegation})${reply}`);
  }
}

function printView(io: CliIO, view: RevisionView): void {
  io.out(`[${view.documentId}] ${view.documentTitle} — phiên bản ${view.version}`);
  io.out(
    `${view.changes.length} thay đổi chờ áp dụng, ${view.conflicts.length} chỗ xung đột, ${view.stale.length} thay đổi không còn khớp.`,
  );
  const inConflict = new Set(view.conflicts.flatMap((g) => g.changeIds));
  const stale = new Map(view.stale.map((s) => [s.changeId, s.reason]));
  for (const c of view.changes) {
    const reason = stale.get(c.id);
    printChange(io, c, inConflict.has(c.id) ? '!' : reason ? '?' : '-');
    if (reason) io.out(`    không áp dụng được: ${STALE_LABEL[reason]}`);
  }
  view.conflicts.forEach((g, i) =>
    io.out(`Xung đột ${i + 1}: ${g.changeIds.join(', ')} — hãy chọn một hoặc viết lời văn hợp nhất.`),
  );
  io.out(view.ready ? 'Có thể làm dự thảo chỉnh lý (make-revision).' : 'Chưa thể làm dự thảo chỉnh lý.');
}

const revisions = defineCommand({
  name: 'revisions',
  usage: 'revisions --document ID',
  summary: 'Các thay đổi đã tiếp thu chờ áp dụng và các xung đột / pending changes and conflicts',
  options: { document: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    if (!opts.document) {
      io.err('Cách dùng / usage: revisions --document MÃ_TÀI_LIỆU [--json]');
      return 2;
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
  summary: 'Làm dự thảo chỉnh lý thành phiên bản mới của tài liệu / make the revised version',
  options: { document: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    if (!opts.document) {
      io.err('Cách dùng / usage: make-revision --document MÃ_TÀI_LIỆU');
      return 2;
    }
    const result = await call(CHANNELS.revisionsMake, { documentId: opts.document });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const r = result.value;
    if (json) io.out(JSON.stringify(r, null, 2));
    else {
      io.out(
        `Đã làm dự thảo chỉnh lý: phiên bản ${r.version}, ${r.applied} thay đổi, ${r.changedBlocks} đoạn sửa, ${r.removedBlocks} đoạn bỏ.`,
      );
      io.out(
        `Góp ý: ${r.kept} giữ nguyên chỗ, ${r.moved} dời chỗ, ${r.edited} theo lời văn mới, ${r.orphaned} không còn đoạn trích.`,
      );
      io.out('Phiên bản này sẽ gửi tới đại biểu trong lần xuất hồ sơ tiếp theo (export-dossier).');
    }
    return 0;
  },
});

function exportCommand(name: string, kind: 'revised' | 'comparison', summary: string): Command {
  return defineCommand({
    name,
    usage: `${name} --document ID --out FILE [--format pdf|docx]${kind === 'revised' ? ' [--clean] [--line-numbers]' : ''}`,
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
        io.err(
          `Cách dùng / usage: ${name} --document MÃ_TÀI_LIỆU --out TỆP [--format pdf|docx]${kind === 'revised' ? ' [--clean] [--line-numbers]' : ''}`,
        );
        return 2;
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
      else io.out(`Đã lưu / saved: ${r.path} (${r.pages === null ? 'Word' : `${r.pages} trang`}, ${r.changes} thay đổi)`);
      return 0;
    },
  });
}

export const REVISION_COMMANDS: readonly Command[] = [
  answer,
  revisions,
  makeRevision,
  exportCommand(
    'export-revised',
    'revised',
    'Dự thảo chỉnh lý (PDF hoặc .docx; --clean: không đánh dấu thay đổi) / the revised draft',
  ),
  exportCommand(
    'export-comparison',
    'comparison',
    'Bảng so sánh dự thảo trình — dự thảo chỉnh lý — lý do / the comparison table',
  ),
];
