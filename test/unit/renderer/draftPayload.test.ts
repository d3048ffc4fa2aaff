/** Draft payloads: what the forms autosave, read back defensively. */
import { describe, expect, it } from 'vitest';
import { draftDocumentId, parseDraft, serializeDraft } from '../../../renderer/src/comments/form/draftPayload';
import type { ComposerTarget } from '../../../renderer/src/stores/commentsPanelStore';

const target: ComposerTarget = {
  kind: 'comment',
  mode: 'new',
  itemId: 'item',
  documentId: 'doc',
  passage: { blockId: 'b', start: 0, end: 4, quote: 'Điều', path: null, lineFirst: 1, lineLast: 1 },
};

describe('draft payloads', () => {
  it('round-trips a form', () => {
    const values = { stance: 'khong_tan_thanh' as const, text: 'Đề nghị sửa.', proposedText: 'Điều khoản' };
    const parsed = parseDraft(serializeDraft({ target, values, title: 'Đề án' }))!;
    expect(parsed).toEqual({ v: 1, target, values, title: 'Đề án' });
    expect(draftDocumentId(parsed.target)).toBe('doc');
  });

  it('ignores damaged or foreign payloads and unknown stances', () => {
    expect(parseDraft('{not json')).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 2, target, values: { text: '' } }))).toBeNull();
    expect(parseDraft(JSON.stringify({ v: 1, target: { kind: 'x' }, values: { text: '' } }))).toBeNull();
    const odd = parseDraft(JSON.stringify({ v: 1, target, values: { stance: 'maybe', text: 'a', proposedText: 3 } }))!;
    expect(odd.values).toEqual({ stance: null, text: 'a', proposedText: null });
  });
});
