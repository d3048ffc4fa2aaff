/** vi.status.ts in English (same keys, same placeholders: checked by en.ts and the parity test). */
export const enStatus = {
  'package.why.comment': 'comment {id} {problem}',
  'package.meaning.item_unknown': 'is about agenda item "{item}", which is not in the session agenda.',
  'package.meaning.document_not_in_item': 'is about document "{document}", which is not in agenda item "{item}".',
  'package.meaning.anchor_without_document': 'quotes a passage but names no document.',
  'package.meaning.block_unknown': 'quotes a paragraph ("{block}") that is not in the document.',
  'package.meaning.past_block_end': 'quotes past the end of the paragraph (character {end}, the paragraph has {length}).',
  'package.meaning.lines_outside':
    'gives lines {first}–{last}, outside lines {blockFirst}–{blockLast} of the quoted paragraph.',
  'package.write_failed':
    'File "{file}" was not imported: writing to the database failed (disk full or a read/write error). Import the file again.',
  'package.import_stopped': 'The comment package import was stopped.',
  'roster.why.csv_quote_not_closed': 'cannot read the CSV: a quotation mark is opened and never closed{where}.',
  'roster.why.csv_after_closing_quote': 'cannot read the CSV: a character follows a closing quotation mark{where}.',
  'roster.why.csv_quote_in_cell': 'cannot read the CSV: a quotation mark in the middle of a cell{where}.',
  'roster.why.csv_line_too_long': 'cannot read the CSV: a line is too long{where}.',
  'roster.why.csv_other': 'cannot read the CSV{where}; save the spreadsheet again as "CSV UTF-8".',
  'roster.why.csv_where_line': ' at line {line}',
  'export.failed_pdf': 'Could not make the PDF file: {detail}',
  'export.failed_docx': 'Could not make the Word file: {detail}',
  'export.worker_exit': 'The file-making thread stopped unexpectedly (code {code}).',
  'export.worker_out_of_memory': 'The file-making thread ran out of memory.',
  'export.worker_timeout': 'Making the file took more than {seconds} seconds.',
  'startup.cannot_open': 'Cannot open the data: {detail}',
  'startup.offer_restore':
    '{problem} The newest good backup ({name}) can be restored{skipped}; the current file will be kept beside it, not overwritten.',
  'startup.skipped_newer': ' ({count} newer ones are damaged and were skipped)',
  'startup.no_good_backup': '{problem} There is no good backup in the data folder.',
  'startup.restored': 'Restored {name}.{skipped}{movedAside}',
  'startup.restore_skipped': ' Skipped {name} (damaged: {problem}).',
  'startup.moved_aside': ' The old file is kept at {path}.',
} as const;
