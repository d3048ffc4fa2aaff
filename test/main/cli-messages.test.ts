/** The terminal formats main's errors with the shared catalogues: Vietnamese, English with GOPY_LANG=en. */
import { afterEach, describe, expect, it } from 'vitest';
import { errorShape } from '../../shared/ipc/envelope';
import { msg } from '../../shared/messages/types';
import { AppError } from '../../main/core/errors';
import { cliLang, errorText } from '../../main/cli/messages';

const saved = process.env.GOPY_LANG;
afterEach(() => {
  if (saved === undefined) delete process.env.GOPY_LANG;
  else process.env.GOPY_LANG = saved;
});

describe('CLI error language', () => {
  it('is Vietnamese unless GOPY_LANG asks for English (LANG is not read)', () => {
    expect(cliLang({ LANG: 'en_US.UTF-8' })).toBe('vi');
    expect(cliLang({ GOPY_LANG: 'en' })).toBe('en');
    expect(cliLang({ GOPY_LANG: 'EN_gb' })).toBe('en');
    expect(cliLang({})).toBe('vi');
  });

  it('formats an envelope error and an AppError from their keys', () => {
    const envelopeError = errorShape('conflict', msg('comment.stale_revision', { revision: '4' }));
    delete process.env.GOPY_LANG;
    expect(errorText(envelopeError)).toBe('Góp ý đã được sửa ở nơi khác (bản sửa 4); hãy tải lại trước khi sửa tiếp.');
    process.env.GOPY_LANG = 'en';
    expect(errorText(envelopeError)).toBe('The comment was changed elsewhere (revision 4); reload it before editing further.');
    expect(errorText(new AppError('not_found', 'backup.not_found', { name: 'b.sqlite' }))).toBe('Backup "b.sqlite" not found.');
    expect(errorText(new Error('plain'))).toBe('plain');
  });
});
