/** The message catalogues: vi and en have the same keys and placeholders, and format as main did. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { en } from '../../shared/messages/en';
import { formatBytes, formatMessage } from '../../shared/messages/format';
import { msg, joined } from '../../shared/messages/types';
import { vi } from '../../shared/messages/vi';
import { issueMessageRef, zodIssueRef } from '../../shared/messages/zod-issues';
import '../../shared/ipc/zod-vi';
import { contract } from '../../shared/ipc/contract';

const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/gu)].map((m) => m[1]).sort();

describe('catalogue parity', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('has the same placeholders for every key, and no empty text', () => {
    const viTexts = vi as Record<string, string>;
    const enTexts = en as Record<string, string>;
    for (const key of Object.keys(vi)) {
      expect(placeholders(enTexts[key]), key).toEqual(placeholders(viTexts[key]));
      expect(viTexts[key].trim(), key).not.toBe('');
      expect(enTexts[key].trim(), key).not.toBe('');
      expect(viTexts[key], key).toBe(viTexts[key].normalize('NFC'));
    }
  });

  it('has an English text for every message main sends, different from the Vietnamese one', () => {
    // Placeholders only (text.raw, ipc.issue_at…) and names may be the same; sentences may not.
    const same = Object.keys(vi)
      .filter((k) => /\p{L}{4,}/u.test((vi as Record<string, string>)[k].replace(/\{\w+\}/gu, '')))
      .filter((k) => (vi as Record<string, string>)[k] === (en as Record<string, string>)[k]);
    expect(same).toEqual([]);
  });
});

describe('formatMessage', () => {
  it('fills parameters, nested messages, lists, numbers and sizes per language', () => {
    const why = msg('package.why.version', { version: '2' });
    expect(formatMessage('vi', 'package.rejected', { file: 'a.gopy', why })).toBe(
      'Tệp "a.gopy" bị từ chối: phiên bản định dạng 2 chưa được hỗ trợ; hãy cập nhật ứng dụng.',
    );
    expect(formatMessage('en', 'package.rejected', { file: 'a.gopy', why })).toBe(
      'File "a.gopy" refused: format version 2 is not supported yet; update the app.',
    );
    expect(formatMessage('vi', 'import.too_many_pages', { file: 'x.pdf', pages: 12345, max: 2000 })).toBe(
      'Tệp “x.pdf” có 12.345 trang; giới hạn là 2.000 trang.',
    );
    expect(formatMessage('en', 'import.too_many_pages', { file: 'x.pdf', pages: 12345, max: 2000 })).toBe(
      'File “x.pdf” has 12,345 pages; the limit is 2,000 pages.',
    );
    const size = { bytes: 20 * 1024 * 1024 + 1 };
    expect(formatMessage('vi', 'import.file_too_large', { file: 'b.docx', size, limit: { bytes: 20 * 1024 * 1024 } })).toBe(
      'Tệp “b.docx” quá lớn (20.971.521 byte); giới hạn là 20 MB.',
    );
    expect(formatBytes('en', 20 * 1024 * 1024 + 1)).toBe('20,971,521 bytes');
    expect(formatMessage('en', 'ipc.invalid_payload', { channel: 'c', issues: joined(['a', 'b']) })).toBe(
      'The data sent to "c" is not valid (a; b).',
    );
  });

  it('shows an unknown key as itself and leaves an unknown placeholder in place', () => {
    expect(formatMessage('en', 'no.such.key')).toBe('no.such.key');
    expect(formatMessage('en', 'comment.stale_revision', {})).toContain('{revision}');
  });
});

describe('zod issues as keys', () => {
  it('keeps the Vietnamese texts zod showed before (the global error map formats the same keys)', () => {
    const result = z
      .object({ n: z.number().max(5), s: z.string() })
      .strict()
      .safeParse({ n: 9, x: 1 });
    expect(result.success).toBe(false);
    const messages = result.success ? [] : result.error.issues.map((i) => i.message);
    expect(messages).toEqual(['phải không lớn hơn 5', 'thiếu (cần chuỗi ký tự)', 'trường không được phép: "x"']);
  });

  it('finds the key of every issue of a bad payload, schema messages included', () => {
    const payload = {
      council: '',
      councilShort: 'H',
      term: 't',
      name: 'n',
      place: 'p',
      startDate: '',
      endDate: 5,
      commentDeadline: null,
    };
    const result = contract['session:create'].input.safeParse(payload);
    expect(result.success).toBe(false);
    const refs = result.success
      ? []
      : result.error.issues.map((i) => ({
          path: i.path.join('.'),
          ...issueMessageRef(i, (payload as Record<string, unknown>)[String(i.path[0])]),
        }));
    expect(refs).toEqual(
      expect.arrayContaining([
        { path: 'council', key: 'schema.not_empty' },
        { path: 'startDate', key: 'schema.date_empty' },
        {
          path: 'endDate',
          key: 'zod.wrong_type',
          params: { expected: { key: 'zod.type.string' }, received: { key: 'zod.type.number' } },
        },
      ]),
    );
    const wrong = refs.find((r) => r.path === 'endDate')!;
    expect(formatMessage('en', wrong.key, wrong.params)).toBe('wrong type: text expected, number received');
    expect(zodIssueRef({ code: 'invalid_type', expected: 'string', input: undefined } as never).key).toBe('zod.missing');
  });
});
