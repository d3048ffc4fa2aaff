/** A refusal's field issues sorted by field: every field, every distinct message, nothing parsed from text. */
import { describe, expect, it } from 'vitest';
import { serverIssues } from '../../../renderer/src/editor/serverErrors';

const issue = (path: string, message: string) => ({ path, key: 'text.raw', params: { text: message }, message });

describe('serverIssues', () => {
  it('keeps every field of a refusal, however many', () => {
    const fields = ['council', 'councilShort', 'term', 'name', 'place', 'startDate', 'endDate', 'entries.3.delegation'];
    const result = serverIssues({ message: 'summary', issues: fields.map((f) => issue(f, `bad ${f}`)) });
    expect(Object.keys(result.fields)).toEqual(fields);
    expect(result.fields['entries.3.delegation']).toBe('bad entries.3.delegation');
    expect(result.general).toBeNull();
  });

  it('joins a field’s different messages, drops repeated ones, and keeps a payload-wide one apart', () => {
    const result = serverIssues({
      message: 'summary',
      issues: [
        issue('startDate', 'Choose a date.'),
        issue('startDate', 'A date looks like YYYY-MM-DD.'),
        issue('startDate', 'Choose a date.'),
        issue('', 'Whole.'),
      ],
    });
    expect(result.fields).toEqual({ startDate: 'Choose a date. A date looks like YYYY-MM-DD.' });
    expect(result.general).toBe('Whole.');
  });

  it('shows a refusal without issues whole, and nothing when saved', () => {
    expect(serverIssues({ message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.' })).toEqual({
      fields: {},
      general: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu.',
    });
    expect(serverIssues(null)).toEqual({ fields: {}, general: null });
  });
});
