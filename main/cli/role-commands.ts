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
import { defineCommand, failed, OUT_OPTIONS, printUsage, USAGE_ERROR, type CliIO, type Command } from './command';
import { say } from './messages';

const PASSPHRASE_OPTION = { 'passphrase-file': { type: 'string' } } as const;

/** The passphrase: the first line of --passphrase-file, or typed at a prompt (not echoed on a terminal). */
async function readPassphrase(io: CliIO, file: string | undefined): Promise<string | null> {
  if (file) {
    try {
      return readFileSync(file, 'utf8').split(/\r?\n/u)[0];
    } catch (error) {
      io.err(say('cli.passphrase_file_unreadable', { detail: (error as Error).message }));
      return null;
    }
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
  const muted = rl as unknown as { _writeToOutput?: (s: string) => void };
  process.stderr.write(say('cli.passphrase_prompt'));
  if (process.stdin.isTTY) muted._writeToOutput = () => {};
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  process.stderr.write('\n');
  return line;
}

const keys = defineCommand({
  name: 'keys',
  usage: 'keys',
  summary: 'cli.summary.keys',
  run: async ({ io, json, call }) => {
    const result = await call(CHANNELS.keysList);
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) {
      io.out(JSON.stringify(result.value, null, 2));
      return 0;
    }
    if (result.value.length === 0) io.out(say('cli.keys.none'));
    for (const k of result.value) {
      io.out(`${k.fingerprint}  ${k.name} (${k.delegation}) [${k.authorId}]`);
      for (const f of k.approved) io.out(`  ${say('cli.keys.approved', { fingerprint: f })}`);
      for (const h of k.held)
        io.out(`  ${say('cli.keys.held', { fingerprint: h.fingerprint, packages: h.packages, old: k.fingerprint })}`);
      for (const d of k.decisions) {
        const at = d.decidedAt.slice(0, 16).replace('T', ' ');
        const key = d.decision === 'approved' ? 'cli.keys.decided_approved' : 'cli.keys.decided_refused';
        io.out(`  ${say(key, { at, fingerprint: d.newFingerprint, reason: d.reason })}`);
      }
    }
    return 0;
  },
});

const approveKey = defineCommand({
  name: 'approve-key',
  usage: 'approve-key DELEGATE --reason TEXT [--refuse] [--fingerprint F]',
  summary: 'cli.summary.approve_key',
  options: { reason: { type: 'string' }, refuse: { type: 'boolean' }, fingerprint: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1 || !opts.reason) {
      io.err(say('cli.approve_key.hint'));
      printUsage(io, approveKey);
      return USAGE_ERROR;
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
        say('cli.approve_key.approved', {
          fingerprint: r.newFingerprint,
          packages: r.packages,
          added: r.counts.added,
          updated: r.counts.updated,
        }),
      );
    else io.out(say('cli.approve_key.refused', { fingerprint: r.newFingerprint, packages: r.packages }));
    return 0;
  },
});

const exportKey = defineCommand({
  name: 'export-secretariat-key',
  usage: 'export-secretariat-key --out FILE [--passphrase-file F]',
  summary: 'cli.summary.export_secretariat_key',
  options: { ...OUT_OPTIONS, ...PASSPHRASE_OPTION },
  run: async ({ io, json, opts, call }) => {
    const passphrase = await readPassphrase(io, opts['passphrase-file']);
    if (passphrase === null) return 2;
    const result = await call(CHANNELS.officeExportKey, { passphrase });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    if (json) io.out(JSON.stringify(result.value));
    else {
      io.out(say('cli.saved_key', { path: result.value.path, fingerprint: result.value.fingerprint }));
      io.out(say('cli.export_key.warning'));
    }
    return 0;
  },
});

const importKey = defineCommand({
  name: 'import-secretariat-key',
  usage: 'import-secretariat-key FILE [--passphrase-file F] [--machine NAME]',
  summary: 'cli.summary.import_secretariat_key',
  options: { ...PASSPHRASE_OPTION, machine: { type: 'string' } },
  run: async ({ io, json, args, opts, call }) => {
    if (args.length !== 1) {
      printUsage(io, importKey);
      return USAGE_ERROR;
    }
    let data: Buffer;
    try {
      data = readFileSync(args[0]);
    } catch (error) {
      io.err(say('cli.cannot_read', { detail: (error as Error).message }));
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
    io.out(
      json
        ? JSON.stringify(result.value)
        : say('cli.import_key.done', { fingerprint: o.fingerprint, name: o.name ?? say('cli.import_key.unnamed') }),
    );
    return 0;
  },
});

const identity = defineCommand({
  name: 'identity',
  usage: 'identity [--roster ID | --name NAME --delegation DELEGATION]',
  summary: 'cli.summary.identity',
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
    else io.out(who ? `${who.name} (${who.delegation}) [${who.authorId}]` : say('cli.identity.none'));
    return 0;
  },
});

const STANCES = ['tan_thanh', 'khong_tan_thanh', 'y_kien_khac'] as const;

const comment = defineCommand({
  name: 'comment',
  usage:
    'comment --document ID [--quote TEXT] --stance tan_thanh|khong_tan_thanh|y_kien_khac --text TEXT [--wording TEXT] [--on-behalf ROSTER_ID --source TEXT]',
  summary: 'cli.summary.comment',
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
      printUsage(io, comment);
      return USAGE_ERROR;
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
        io.err(say('cli.comment.quote_not_found', { quote: quote.slice(0, 60) }));
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
    // Entered by the secretariat for a delegate (on behalf), with where it came from.
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
    const a = c.anchor;
    if (json) io.out(JSON.stringify(c));
    else if (a)
      io.out(say('cli.comment.saved_at', { id: c.id, path: a.path ?? '', first: String(a.lineFirst), last: String(a.lineLast) }));
    else io.out(say('cli.comment.saved', { id: c.id }));
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
  summary: 'cli.summary.not_sent',
  options: { ...OUT_OPTIONS, format: { type: 'string' } },
  run: async ({ io, json, opts, call }) => {
    const format = notSentFormat(opts.out, opts.format);
    if (!format) {
      io.err(say('cli.not_sent.bad_format'));
      return 2;
    }
    const result = await call(CHANNELS.rosterExportNotSent, { format });
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const r = result.value;
    if (json) io.out(JSON.stringify(r));
    else {
      io.out(say('cli.saved_not_sent', { path: r.path, count: r.count }));
      io.out(r.reminder);
    }
    return 0;
  },
});

export const ROLE_COMMANDS: readonly Command[] = [keys, approveKey, exportKey, importKey, identity, comment, notSent];
