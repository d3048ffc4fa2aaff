/**
 * The renderer's localizer shows in English what main sends as message keys: a schema's limit in a
 * field issue (found again from its Vietnamese text, the number read back) and a failed export's
 * reason inside a result.
 */
import { describe, expect, it } from 'vitest';
import { localizeEnvelope, messageText } from '../../../renderer/src/api/localize';
import { CHANNELS } from '../../../shared/ipc/channels';
import { contract } from '../../../shared/ipc/contract';
import { fail, type FieldIssue } from '../../../shared/ipc/envelope';
import '../../../shared/ipc/zod-vi';
import { msg } from '../../../shared/messages/types';
import { issueMessageRef, valueAt } from '../../../shared/messages/zod-issues';

/** The envelope dispatch sends for a payload its schema refuses (main/core/dispatch.ts). */
function refused(channel: keyof typeof contract, payload: unknown) {
  const parsed = contract[channel].input.safeParse(payload);
  if (parsed.success) throw new Error('expected a refusal');
  const issues: FieldIssue[] = parsed.error.issues.map((issue) => {
    const ref = issueMessageRef(issue, valueAt(payload, issue.path));
    return { path: issue.path.map(String).join('.'), key: ref.key, params: ref.params ?? {}, message: issue.message };
  });
  return fail('invalid_input', msg('ipc.invalid_payload', { channel, issues: issues[0].message }), issues);
}

describe('messages from main in the English UI', () => {
  it('a limit written in a schema comes out in English, its number grouped the English way', () => {
    const comment = refused(CHANNELS.commentsCreate, {
      itemId: 'x',
      documentId: null,
      anchor: null,
      stance: 'y_kien_khac',
      text: 'đ'.repeat(10_001),
    });
    expect(!comment.ok && comment.error.issues?.map((i) => i.message)).toContain('Nội dung góp ý quá dài (tối đa 10.000 ký tự).');
    const english = localizeEnvelope(comment, 'en');
    expect(!english.ok && english.error.issues?.map((i) => i.message)).toContain(
      'The comment is too long (at most 10,000 characters).',
    );

    const settings = localizeEnvelope(refused(CHANNELS.reportSettingsSave, { number: 'x'.repeat(41) }), 'en');
    expect(!settings.ok && settings.error.issues?.map((i) => i.message)).toEqual([
      'The report number is longer than 40 characters.',
    ]);
  });

  it('a failed export job shows its reason in the UI language, else its text', () => {
    const reason = msg('export.failed_docx', { detail: msg('export.worker_out_of_memory') });
    expect(messageText('vi', reason, null)).toBe('Không tạo được tệp Word: Luồng tạo tệp hết bộ nhớ.');
    expect(messageText('en', reason, null)).toBe('Could not make the Word file: The file-making thread ran out of memory.');
    expect(messageText('en', null, 'as sent')).toBe('as sent');
  });
});
