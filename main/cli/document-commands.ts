/**
 * What the import recognised in a document, from the terminal: the header fields, the table of
 * contents, and every block with its kind, structural label, path and line numbers.
 */
import { CHANNELS } from '../../shared/ipc/channels';
import type { Block, DocumentView } from '../../shared/domain/types';
import { fetchWholeDocument } from '../../shared/domain/document-window';
import type { MessageKey } from '../../shared/messages/types';
import { defineCommand, failed, printUsage, USAGE_ERROR, type CliIO } from './command';
import { label, say } from './messages';
const TEXT_WIDTH = 90;

function lines(b: Block): string {
  const last = b.lineStart + Math.max(1, b.lineCount) - 1;
  return last > b.lineStart ? `${b.lineStart}–${last}` : String(b.lineStart);
}

function shorten(text: string): string {
  return text.length > TEXT_WIDTH ? `${text.slice(0, TEXT_WIDTH - 1)}…` : text;
}

function printDocument(io: CliIO, view: DocumentView): void {
  const d = view.document;
  const field = (name: MessageKey, value: string | null) => io.out(`${label(name).padEnd(18)} ${value ?? '—'}`);
  io.out(`[${d.id}] ${d.title}`);
  field('cli.document.issuer', d.issuer);
  field('cli.document.number', d.numberSymbol);
  field('cli.document.place', d.place);
  field('cli.document.date', d.date);
  field('cli.document.kind', d.kind);
  field('cli.document.title', d.title);
  field('cli.document.item', view.itemTitle);
  io.out(say('cli.document.size', { blocks: d.blockCount, lines: d.lineCount }));
  io.out('');
  io.out(say('cli.document.contents'));
  if (view.toc.length === 0) io.out(say('cli.document.no_contents'));
  for (const e of view.toc)
    io.out(
      `${'  '.repeat(Math.max(0, Math.min(6, e.level - 1)))}${shorten(e.title)}  · ${say('cli.line', { line: String(e.lineStart) })}`,
    );
  io.out('');
  io.out(say('cli.document.blocks'));
  for (const b of view.blocks) {
    const label = b.label ? ` ${b.label}` : '';
    const path = b.path ? ` · ${b.path}` : '';
    io.out(`${lines(b).padStart(9)}  ${say(`cli.block.${b.kind}`)}${label}${path}`);
    io.out(`           ${shorten(b.text)}`);
  }
}

const documentCommand = defineCommand({
  name: 'document',
  usage: 'document ID',
  summary: 'cli.summary.document',
  run: async ({ io, json, args, call }) => {
    if (args.length !== 1) {
      printUsage(io, documentCommand);
      return USAGE_ERROR;
    }
    const documentId = args[0];
    // Every window of the document (document:get answers at most ~1 MB at a time).
    const result = (await fetchWholeDocument((cursor) => call(CHANNELS.documentGet, { documentId, ...cursor })))!;
    const code = failed(io, result);
    if (code !== undefined || !result.ok) return code ?? 1;
    const view = result.value;
    if (json) {
      const d = view.document;
      io.out(
        JSON.stringify(
          {
            id: d.id,
            header: {
              issuer: d.issuer,
              numberSymbol: d.numberSymbol,
              place: d.place,
              date: d.date,
              kind: d.kind,
              title: d.title,
            },
            itemTitle: view.itemTitle,
            lineCount: d.lineCount,
            toc: view.toc,
            blocks: view.blocks.map((b) => ({
              id: b.id,
              kind: b.kind,
              level: b.level,
              label: b.label,
              path: b.path,
              lineStart: b.lineStart,
              lineCount: b.lineCount,
              text: b.text,
              cells: b.cells,
            })),
          },
          null,
          2,
        ),
      );
      return 0;
    }
    printDocument(io, view);
    return 0;
  },
});

export const DOCUMENT_COMMANDS = [documentCommand];
