/**
 * Terminal commands for roles and keys: delegates' keys and the secretariat's decisions, the office
 * key for a second secretariat machine, and the delegate's side made scriptable (who I am, a
 * comment located by its quote). A passphrase never comes from the command line (it would stay in
 * the shell's history and the process list): from --passphrase-file, or typed at a prompt.
 */
import { fetchWholeDocument } from '../../shared/domain/document-window';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { NOT_SENT_FORMATS, type NotSentFormat } from '../../shared/domain/office';
import { CHANNELS } from '../../shared/ipc/channels';
import { defineCommand, failed, OUT_OPTIONS, type CliIO, type Command } from './command';

const PASSPHRASE_OPTION = { 'passphrase-file': { type: 'string' } } as const;

/** The passphrase: the first line of --passphrase-file, or typed at a prompt (not echoed on a terminal). */
async function readPassphrase(io: CliIO, file: string | undefined): Promise<string | null> {
  if (file) {
    try {
      return readFileSync(file, 'utf8').split(/\r?\n/u)[0];
    } catch (error) {
      io.err(`Không đọc được tệp cụm mật khẩu / cannot read the passphrase file: ${(error as Error).message}`);
      return null;
    }
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const muted = rl as unknown as { _writeToOutput?: (s: string) => void };
  process.stderr.write('Cụm mật khẩu / passphrase: ');
  if (process.stdin.isTTY) muted._writeToOutput = () => {};
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  process.stderr.write('\n');
  return line;
}

const keys = defineCommand({
  name: 'keys',
  usage: 'keys',
  summary: 'Khóa của đại biểu: dấu khóa, khóa mới chờ xác nhận, quyết định / delegates’ keys',
  run: async ({ io, json, call }) => {
    const result = await call(CHANNELS.keysList);
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) {
      io.out(JSON.stringify(result.value, null, 2));
      return 0;
    }
    if (result.value.length === 0) io.out('Chưa nhận gói góp ý nào / no delegate key yet.');
    for (const k of result.value) {
      io.out(`${k.fingerprint}  ${k.name} (${k.delegation}) [${k.authorId}]`);
      for (const f of k.approved) io.out(`  + ${f}  khóa mới đã chấp nhận`);
      for (const h of k.held)
        io.out(`  ? ${h.fingerprint}  khóa mới — chờ xác nhận (${h.packages} gói, khóa cũ ${k.fingerprint})`);
      for (const d of k.decisions) {
        const what = d.decision === 'approved' ? 'chấp nhận' : 'từ chối';
        io.out(`  ${d.decidedAt.slice(0, 16).replace('T', ' ')} ${what} ${d.newFingerprint}: ${d.reason}`);
      }
    }
    return 0;
  },
});

const approveKey = defineCommand({
  name: 'approve-key',
  usage: 'approve-key DELEGATE --reason TEXT [--refuse] [--fingerprint F]',
  summary: 'Chấp nhận (hoặc từ chối) khóa mới của đại biểu / approve or refuse a delegate’s new key',
  options: { reason: { type: 'string' }, refuse: { type: 'boolean' }, fingerprint: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1 || !opts.reason) {
      io.err('Cách dùng / usage: approve-key DELEGATE --reason TEXT (DELEGATE: mã đại biểu trong lệnh keys).');
      return 2;
    }
    const result = await call(CHANNELS.keysDecide, {
      authorId: args[0],
      decision: opts.refuse ? 'refused' : 'approved',
      reason: opts.reason,
      fingerprint: opts.fingerprint,
    });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const r = result.value;
    if (json) io.out(JSON.stringify(r));
    else if (r.decision === 'approved')
      io.out(
        `Đã chấp nhận khóa ${r.newFingerprint}: ${r.packages} gói đã nhập (${r.counts.added} góp ý mới, ${r.counts.updated} cập nhật).`,
      );
    else io.out(`Đã từ chối khóa ${r.newFingerprint}: ${r.packages} gói bị bỏ, không có gì được thêm.`);
    return 0;
  },
});

const exportKey = defineCommand({
  name: 'export-secretariat-key',
  usage: 'export-secretariat-key --out FILE [--passphrase-file F]',
  summary: 'Xuất khóa văn phòng (có cụm mật khẩu) cho máy thư ký thứ hai / office key for a second machine',
  options: { ...OUT_OPTIONS, ...PASSPHRASE_OPTION },
  run: async ({ io, json, opts, call }) => {
    const passphrase = await readPassphrase(io, opts['passphrase-file']);
    if (passphrase === null) return 2;
    const result = await call(CHANNELS.officeExportKey, { passphrase });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) io.out(JSON.stringify(result.value));
    else {
      io.out(`Đã lưu / saved: ${result.value.path} (dấu khóa ${result.value.fingerprint})`);
      io.out(
        'Ai có tệp này và cụm mật khẩu sẽ phát hành hồ sơ và quyết định khóa đại biểu nhân danh Văn phòng: ' +
          'hãy chuyển tệp và cụm mật khẩu bằng hai đường khác nhau.',
      );
    }
    return 0;
  },
});

const importKey = defineCommand({
  name: 'import-secretariat-key',
  usage: 'import-secretariat-key FILE [--passphrase-file F] [--machine NAME]',
  summary: 'Nhập khóa văn phòng: máy này thành máy thư ký của Văn phòng / become a secretariat machine',
  options: { ...PASSPHRASE_OPTION, machine: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1) {
      io.err('Cách dùng / usage: import-secretariat-key FILE [--passphrase-file F] [--machine NAME]');
      return 2;
    }
    let data: Buffer;
    try {
      data = readFileSync(args[0]);
    } catch (error) {
      io.err(`Không đọc được / cannot read: ${(error as Error).message}`);
      return 2;
    }
    const passphrase = await readPassphrase(io, opts['passphrase-file']);
    if (passphrase === null) return 2;
    const result = await call(CHANNELS.officeImportKey, {
      file: { name: basename(args[0]), dataBase64: data.toString('base64') },
      passphrase,
      machineName: opts.machine ?? null,
    });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const o = result.value.office;
    io.out(json ? JSON.stringify(result.value) : `Đã nhập khóa văn phòng ${o.fingerprint} (${o.name ?? 'chưa đặt tên'}).`);
    return 0;
  },
});

const identity = defineCommand({
  name: 'identity',
  usage: 'identity [--roster ID | --name NAME --delegation TỔ]',
  summary: 'Máy này đứng tên ai khi góp ý / who comments on this machine',
  options: { roster: { type: 'string' }, name: { type: 'string' }, delegation: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    const setting = opts.roster || opts.name || opts.delegation;
    const result = setting
      ? await call(
          CHANNELS.identitySet,
          opts.roster ? { rosterId: opts.roster } : { name: opts.name, delegation: opts.delegation },
        )
      : await call(CHANNELS.identityGet);
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const who = 'authorId' in result.value ? result.value : result.value.identity;
    if (json) io.out(JSON.stringify(who));
    else io.out(who ? `${who.name} (${who.delegation}) [${who.authorId}]` : 'Chưa chọn đại biểu đứng tên / no identity yet.');
    return 0;
  },
});

const STANCES = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'] as const;

const comment = defineCommand({
  name: 'comment',
  usage:
    'comment --document ID [--quote TEXT] --stance tan_thanh|khong_tan_thanh|y_kien_khac --text TEXT [--wording TEXT] [--on-behalf ROSTER_ID --source TEXT]',
  summary: 'Viết một góp ý; --quote tìm đoạn được trích / write a comment, the quote locates the passage',
  options: {
    document: { type: 'string' },
    quote: { type: 'string' },
    stance: { type: 'string' },
    text: { type: 'string' },
    wording: { type: 'string' },
    'on-behalf': { type: 'string' },
    source: { type: 'string' },
  },
  run: async ({ io, json, opts, call }) => {
    const stance = STANCES.find((s) => s === opts.stance);
    if (!opts.document || !stance || !opts.text || !opts['on-behalf'] !== !opts.source) {
      io.err(`Cách dùng / usage: ${comment.usage}`);
      return 2;
    }
    const documentId = opts.document;
    const view = (await fetchWholeDocument((cursor) => call(CHANNELS.documentGet, { documentId, ...cursor })))!;
    const code = failed(io, view);
    if (code !== undefined || !view.ok) return code ?? 1;
    let anchor = null;
    if (opts.quote) {
      const quote = opts.quote.normalize('NFC');
      const block = view.value.blocks.find((b) => b.text.includes(quote));
      if (!block) {
        io.err(`Không tìm thấy đoạn "${quote.slice(0, 60)}" trong tài liệu; hãy chép đúng một đoạn của văn bản.`);
        return 1;
      }
      const start = block.text.indexOf(quote);
      anchor = { blockId: block.id, start, end: start + quote.length, quote };
    }
    const fields = {
      itemId: view.value.document.itemId,
      documentId: opts.document,
      anchor,
      stance,
      text: opts.text,
      proposedText: opts.wording ?? null,
    };
    // Entered by the secretariat for a delegate ("nhập thay"), with where it came from.
    const result =
      opts['on-behalf'] && opts.source
        ? await call(CHANNELS.commentsCreateOnBehalf, {
            ...fields,
            onBehalf: { rosterId: opts['on-behalf'], source: opts.source },
          })
        : await call(CHANNELS.commentsCreate, fields);
    const failure = failed(io, result);
    if (failure !== undefined || !result.ok) return failure ?? 1;
    const c = result.value;
    io.out(
      json
        ? JSON.stringify(c)
        : `Đã lưu góp ý ${c.id}${c.anchor ? ` (${c.anchor.path ?? ''} dòng ${c.anchor.lineFirst}–${c.anchor.lineLast})` : ''}`,
    );
    return 0;
  },
});

/** The list's format: --format, else the --out file's extension, else CSV. */
function notSentFormat(out: string | undefined, format: string | undefined): NotSentFormat | null {
  const wanted = (format ?? /\.([a-z]+)$/iu.exec(out ?? '')?.[1] ?? 'csv').toLowerCase();
  return NOT_SENT_FORMATS.find((f) => f === wanted) ?? null;
}

const notSent = defineCommand({
  name: 'not-sent',
  usage: 'not-sent --out FILE [--format pdf|csv|docx] [--force]',
  summary: 'Danh sách đại biểu chưa gửi góp ý (PDF, CSV, Word) và lời nhắc / delegates who have not sent, with a reminder',
  options: { ...OUT_OPTIONS, format: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    const format = notSentFormat(opts.out, opts.format);
    if (!format) {
      io.err('Định dạng không hỗ trợ; hãy dùng --format pdf, csv hoặc docx (hoặc tệp --out có đuôi .pdf, .csv, .docx).');
      return 2;
    }
    const result = await call(CHANNELS.rosterExportNotSent, { format });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const r = result.value;
    if (json) io.out(JSON.stringify(r));
    else {
      io.out(`Đã lưu / saved: ${r.path} (${r.count} đại biểu chưa gửi)`);
      io.out(r.reminder);
    }
    return 0;
  },
});

export const ROLE_COMMANDS: readonly Command[] = [keys, approveKey, exportKey, importKey, identity, comment, notSent];
