/**
 * Every message of vi.ts in English. The compiler rejects a missing or extra key (`satisfies`)
 * and a key whose placeholders differ from the Vietnamese text (`PLACEHOLDERS_MATCH` below).
 */
import { enImport } from './en.import';
import { enZod } from './en.zod';
import { enStatus } from './en.status';
import { enDoors } from './en.doors';
import type { MessageKey, ParamNames } from './types';
import type { vi } from './vi';

export const en = {
  ...enImport,
  ...enZod,
  ...enStatus,
  ...enDoors,
  'ipc.unknown_channel': 'Channel "{channel}" does not exist.',
  'ipc.invalid_payload': 'The data sent to "{channel}" is not valid ({issues}).',
  'ipc.issue_at': '{path}: {issue}',
  'ipc.file_too_large': 'File {file} is not valid: larger than the {limit} MB limit; the file was not read.',
  'ipc.file_unnamed': 'sent',
  'ipc.unexpected': 'An unexpected error occurred; nothing was done.',
  'ipc.not_from_window': 'The request did not come from the app window and was refused.',
  'ipc.no_main': 'Cannot reach the main process of the app.',
  'web.post_only': 'Only POST is accepted.',
  'web.get_only': 'Only GET is accepted.',
  'web.bad_token': 'The session access token is missing or wrong.',
  'web.body_too_large': 'The data sent is too large.',
  'web.bad_json': 'The data sent is not valid JSON.',
  'web.bad_file_name': 'Invalid file name.',
  'web.download_only_exports': 'Only files the app exported can be downloaded (one file name, no path).',
  'web.export_not_found': 'Exported file not found.',
  'web.internal': 'Internal server error.',
  'web.bad_port': 'Invalid port: {port}',
  'web.renderer_missing': 'The interface is not built (out/renderer). Run "npm run build" first.',
  'web.open_failed': '{message}\n{restore}',
  'text.raw': '{text}',

  'file.not_found': 'File or folder "{name}" not found ({path}): it may have been moved, renamed or deleted. Check the path.',
  'file.no_permission': 'No permission to read "{name}" ({path}).',
  'file.is_directory': '"{name}" is a folder, not a file.',
  'file.unreadable': 'Cannot read "{name}" ({path}).',
  'file.too_large': 'File "{file}" refused: {size}, over the {limit} limit; the file was not read.',
  'file.exists': 'File "{path}" already exists; use --force to overwrite it.',
  'file.save_cancelled': 'Saving the file was cancelled.',

  'session.none': 'There is no session in the data yet.',
  'session.not_found': 'Session not found.',
  'session.end_before_start': 'The end date must be on or after the start date.',
  'agenda.item_not_found': 'Agenda item not found.',
  'agenda.item_not_in_session': 'This item is not in the session agenda.',
  'agenda.item_has_comments':
    'This item already has delegates’ comments and cannot be deleted; rename it or move it to another sitting.',
  'agenda.changed_elsewhere': 'The agenda was changed elsewhere; reload it and order it again.',
  'document.not_found': 'Document "{id}" not found.',
  'document.not_in_session': 'This document is not in the current session.',
  'document.has_comments': 'This document already has delegates’ comments and cannot be deleted; import a new version instead.',
  'note.not_found': 'Note not found.',

  'comment.no_identity': 'Say who you are (choose your name in the roster) before commenting or exporting comments.',
  'comment.item_not_in_session': 'This agenda item is not in the current session.',
  'comment.document_not_in_item': 'The document does not belong to the chosen agenda item.',
  'comment.anchor_needs_document': 'A comment on a passage must belong to a document.',
  'comment.not_mine': 'This comment is not among your comments.',
  'comment.deleted': 'This comment has been deleted.',
  'comment.stale_revision': 'The comment was changed elsewhere (revision {revision}); reload it before editing further.',
  'comment.not_found': 'Comment not found.',
  'anchor.block_not_found': 'The chosen paragraph is not in this document.',
  'anchor.out_of_block': 'The quoted range is not inside the paragraph.',
  'anchor.quote_mismatch': 'The quote does not match the document text; select the passage again.',
  'answer.comment_gone': 'A comment of the group no longer exists; no comment was answered.',
  'identity.not_in_roster': 'This delegate is not in the session roster.',
  'identity.choose_or_type': 'Choose a name in the delegate roster, or type your full name and delegation.',
  'on_behalf.not_in_roster': 'This delegate is not in the session roster; check the delegate id.',
  'on_behalf.no_delegation': 'There is no delegation "{delegation}" in the roster; write the delegation’s name as in the roster.',

  'revision.export_unresolved':
    'The revised draft still has conflicts or changes that no longer apply; resolve them all (revisions command) and export again.',
  'revision.nothing_to_export':
    'No change of this document has been accepted (or its current version is not a revised draft); there is nothing to export.',
  'revision.conflicts_remain':
    '{count} conflicts remain between accepted changes; choose one change or write merged wording for each, then try again.',
  'revision.stale_remain':
    '{count} changes no longer match the current version; review the list, withdraw them or edit the passage directly, then try again.',
  'revision.nothing_accepted': 'No change of this document has been accepted; there is nothing to make a revised draft from.',
  'revision.block_gone':
    'This paragraph is no longer in the current version of the document; reopen the document and select again.',
  'revision.cannot_edit': 'The selected passage cannot be edited: {reason}. Select the passage again.',
  'revision.select_a_word': 'Select at least one word of the passage to edit.',
  'revision.same_wording': 'The new wording is the same as the current text; nothing to change.',
  'revision.change_not_pending':
    'A selected change is no longer pending (already handled or not of this document); reload the list.',
  'revision.not_one_group': 'The selected changes are not exactly one conflict group; select the whole group as listed.',
  'revision.kept_not_in_group': 'The change kept must belong to this conflict group.',
  'revision.stale.block_missing': 'the paragraph is no longer in the current version',
  'revision.stale.out_of_range': 'the range is no longer inside the paragraph',
  'revision.stale.text_changed': 'the paragraph’s wording changed since the change was accepted',
  'revision.stale.splits_character': 'the range cuts through an accented letter',
  'revision.stale.breaks_table': 'the change crosses a table cell boundary',
  'accept.wording_without_accept':
    'Revised wording is only used when accepting the proposed wording; also choose “accept wording”.',
  'accept.only_tiep_thu': 'Wording can only go into the revised draft when the answer is “Accepted”.',
  'accept.one_comment': 'Proposed wording is accepted one comment at a time; answer the comment with the wording on its own.',
  'accept.comment_deleted': 'The delegate deleted this comment; the wording of a deleted comment cannot be accepted.',
  'accept.no_anchor': 'This comment is not attached to a passage of the draft, so it has no wording to accept.',
  'accept.no_wording':
    'This comment proposes no wording; enter the office’s revised wording, or answer without accepting wording.',
  'accept.passage_gone':
    'The passage this comment quotes is no longer in the current version of the draft; its wording cannot be accepted. Edit the new passage directly (with a reason).',
  'accept.same_wording': 'The accepted wording is the same as the current text; nothing to change.',

  'report.no_comments_for_sheet': 'There are no comments to print on a sheet yet.',
  'report.no_comments_to_compile': 'There are no comments to compile yet.',
  'pdf.job_not_found': 'This PDF export was not found.',
  'pdf.cancelled': 'The PDF export was cancelled.',
  'pdf.not_done': 'The PDF file is not finished yet.',

  'package.rejected': 'File "{file}" refused: {why}',
  'package.older':
    'This package is older than the one already imported from this delegate: this one was exported at {exported}, the imported one at {latest}; the comments of the newer package are kept, nothing changed.',
  'package.held_new_key':
    "new key — waiting for confirmation: old key {old}, new key {new}. Compare the new key with the delegate's signed comment sheet, then accept or refuse it.",
  'package.unexpected': 'File "{file}" refused: unexpected error ({detail}).',
  'package.too_large': 'File "{file}" refused: larger than the {limit} MB limit.',
  'package.unzipped_too_large': 'File "{file}" refused: its unzipped content exceeds {limit} MB.',
  'package.why.not_gzip':
    'the file was truncated or damaged while copying, or is not a {kind}; copy it again from its source or ask the sender to send it again. Technical detail: cannot unzip (gzip).',
  'package.why.bad_json': 'the content is damaged (unreadable JSON).',
  'package.why.bad_structure': 'not the structure of a {kind}.',
  'package.why.wrong_kind': 'this is not a {kind}.',
  'package.why.version': 'format version {version} is not supported yet; update the app.',
  'package.why.tampered':
    'the file was changed after it was signed; ask the sender to send it again. Technical detail: SHA-256 hash mismatch.',
  'package.why.bad_signature':
    'invalid digital signature: the file may have been altered or forged; ask the sender to send it again. Technical detail: the Ed25519 signature does not match the content.',
  'package.why.invalid_data': 'invalid data ({path}: {issue}).',
  'package.why.root': 'root',
  'package.why.other_session': 'the comment package belongs to another session ("{session}"), not the open one.',
  'package.why.refused_key':
    'signed with new key {fingerprint}, which the office refused on {date} ({reason}). Contact delegate {name} to check their machine and the signed comment sheet.',
  'package.why.other_author': 'comment {id} belongs to another delegate.',
  'package.kind.comments': 'comment package',
  'package.kind.dossier': 'session dossier',
  'dossier.other_publisher':
    'File "{file}" refused: signed by a different publisher than the session dossier already here; it may be forged.',
  'dossier.two_issues':
    'Dossier "{file}" not taken: the office issued two different dossiers with the same version {version} ({firstMachine} at {firstAt}, {secondMachine} at {secondAt}). Ask the office to issue a new version from the machine that has all the changes.',
  'dossier.machine': 'machine "{name}"',
  'dossier.another_machine': 'another machine',
  'dossier.untrusted_key':
    'Dossier "{file}" not taken: it is signed by an office key this machine does not know, fingerprint {fingerprint} ("{office}"). This machine only takes dossiers from: {known}. Call or ask the office in person to compare the fingerprint; if it matches, press "Trust this key and import" (or add --trust {fingerprint} to the import command). If it does not, do not use this file.',
  'keys.no_office_key': 'This machine has no office key.',
  'keys.office_key_os_protected':
    'This machine’s office key is protected by the operating system; do this from the desktop app (npm start).',
  'keys.not_publisher': 'This machine does not hold the key of the office that issued this session.',
  'keys.no_signing_key': 'This machine has no signing key.',
  'keys.signing_key_os_protected':
    'This machine’s signing key is protected by the operating system; sign packages from the desktop app (npm start).',
  'keys.nothing_held': 'No package of this delegate is waiting for a new key to be confirmed.',
  'keys.several_waiting': 'This delegate has {count} new keys waiting ({fingerprints}); choose one fingerprint.',
  'keys.passphrase_too_short': 'The passphrase is too short: use at least {min} characters (a sentence easy to remember).',
  'keyfile.refused': 'Key file "{file}" not imported: {why}',
  'keyfile.why.not_a_key_file':
    'this is not an office key file, or it is damaged; export it again on the other secretariat machine.',
  'keyfile.why.bad_parameters': 'the file’s protection parameters exceed the allowed limits.',
  'keyfile.why.wrong_passphrase':
    'wrong passphrase (or the file was altered). Enter the passphrase set when the file was exported.',
  'keyfile.why.already_published':
    'this machine issued session "{session}" with its own office key ({fingerprint}); importing another key would lose its rights over that session. Import the key on a machine that has issued no session.',
  'role.not_secretariat':
    'Cannot {action} on this machine: it received session "{session}" from the office as a dossier file, so it is a delegate’s machine (reading and commenting). This can only be done on the office’s machine, the one holding the office key that issued the dossier. If you are the secretary, import the office key into this machine (import-secretariat-key command) and try again.',

  'roster.too_large': 'File "{file}" refused: larger than 2 MB.',
  'roster.why.not_utf8': 'not UTF-8 text. Save the spreadsheet as "CSV UTF-8".',
  'roster.why.no_rows': 'no data row under the header row.',
  'roster.why.too_many_rows': 'more than {max} rows.',
  'roster.why.missing_columns': 'missing column {columns}.',
  'roster.why.row_missing_name': 'row {row} lacks the full name or the delegation.',
  'roster.why.cell_too_long': 'row {row} has a cell longer than 200 characters.',
  'roster.why.control_character':
    'row {row}, column "{column}" holds a control character ({found}); delete it in the spreadsheet and export again.',

  'db.empty_file':
    'Data file {file} is empty (0 bytes): its content is lost. The app does not write new data over it nor make a new signing key; the file is kept as is.',
  'db.truncated': 'File {file} is truncated or damaged; the file is kept as is.',
  'db.cannot_open': 'Cannot open database {file}: {detail}',
  'db.newer':
    'This database was made by a newer version of the app (schema {version}, this app supports up to {supported}). Update the app; the data was not changed.',
  'db.not_a_database':
    'File {file} is not a valid database or is damaged; the file is kept as is. Restore the latest good backup: in Settings → Backups, or with the command `restore-backup latest`; the damaged file is kept aside, never overwritten.',
  'db.damaged':
    'Database {file} is damaged inside ({detail}). Restore the latest good backup: in Settings → Backups, or with the command `restore-backup latest`; the damaged file is kept aside, never overwritten.',
  'backup.check_failed': 'Cannot check the backup just made: {detail}',
  'backup.bad_name': 'Invalid backup name.',
  'backup.not_found': 'Backup "{name}" not found.',
  'backup.damaged':
    'Backup "{name}" is damaged ({detail}) and was not restored; choose another one. The current data was not changed.',
  'backup.none_good': 'There is no good backup to restore.',
} as const satisfies Record<MessageKey, string>;

/** The keys whose English placeholders differ from the Vietnamese ones (must be none). */
type PlaceholderMismatch = {
  [K in MessageKey]: [ParamNames<(typeof vi)[K]>] extends [ParamNames<(typeof en)[K]>]
    ? [ParamNames<(typeof en)[K]>] extends [ParamNames<(typeof vi)[K]>]
      ? never
      : K
    : K;
}[MessageKey];
// A compile error here names the key whose placeholders differ between vi and en.
export const PLACEHOLDERS_MATCH: [PlaceholderMismatch] extends [never] ? true : PlaceholderMismatch = true;
