/**
 * The revised-draft screen's pure parts: its route, the text shown (changes applied, conflicts and
 * stale changes held back and flagged on their block), and the passage a merged wording replaces.
 */
import { describe, expect, it } from 'vitest';
import { conflictPassage } from '../../../renderer/src/revised/conflictPassage';
import { revisedBlocks } from '../../../renderer/src/revised/revisedText';
import { parseHash, routeToHash } from '../../../renderer/src/routing/route';
import type { RevisionChange, RevisionView } from '../../../shared/domain/revisions';
import type { Block } from '../../../shared/domain/types';
import { paragraph } from '../../support/fake-api';

const block = (id: string, text: string): Block => paragraph(id, text);

const change = (
  id: string,
  blockId: string,
  text: string,
  original: string,
  wording: string,
  endBlockId = blockId,
): RevisionChange => {
  const start = text.indexOf(original);
  return {
    id,
    documentId: 'd',
    documentVersion: 1,
    startBlockId: blockId,
    start,
    endBlockId,
    end: start + original.length,
    original,
    wording,
    origin: 'comment',
    reason: null,
    status: 'pending',
    appliedVersion: null,
    createdAt: '2026-01-01T00:00:00Z',
    path: null,
    sources: [],
  };
};

const view = (changes: RevisionChange[], conflicts: string[][] = [], stale: string[] = []): RevisionView => ({
  documentId: 'd',
  documentTitle: 'Đề án',
  version: 1,
  changes,
  conflicts: conflicts.map((changeIds) => ({ changeIds })),
  stale: stale.map((changeId) => ({ changeId, reason: 'text_changed' })),
  ready: conflicts.length === 0 && stale.length === 0,
});

describe('the revised-draft route', () => {
  it('reads and writes #/revised/<documentId>, refusing a bad id', () => {
    expect(parseHash('#/revised/de-an-1')).toEqual({ name: 'revised', documentId: 'de-an-1' });
    expect(routeToHash({ name: 'revised', documentId: 'de-an-1' })).toBe('#/revised/de-an-1');
    expect(parseHash('#/revised/a b')).toEqual({ name: 'home' });
    expect(parseHash('#/revised')).toEqual({ name: 'home' });
  });
});

describe('revisedBlocks', () => {
  const b1 = block('b1', 'Sở Nội vụ tham mưu về tổ chức bộ máy.');
  const b2 = block('b2', 'Thời gian thực hiện từ năm 2020.');

  it('applies the clean changes and flags the held-back ones on their block', () => {
    const ok = change('c1', 'b2', b2.text, 'năm 2020', 'ngày 01/01/2020');
    const x = change('c2', 'b1', b1.text, 'tham mưu', 'giúp');
    const y = change('c3', 'b1', b1.text, 'mưu về', 'mưu cho');
    const shown = revisedBlocks([b1, b2], view([ok, x, y], [['c2', 'c3']]));
    expect(shown[0]).toMatchObject({ text: b1.text, changed: false, removed: false });
    expect(shown[0].blockedChangeIds.sort()).toEqual(['c2', 'c3']);
    expect(shown[1]).toMatchObject({ text: 'Thời gian thực hiện từ ngày 01/01/2020.', changed: true, blockedChangeIds: [] });
  });

  it('marks a block joined into the one before as removed', () => {
    const across = { ...change('c1', 'b1', b1.text, 'bộ máy.', ''), endBlockId: 'b2', end: 'Thời gian '.length };
    across.original = `bộ máy.\nThời gian `;
    const shown = revisedBlocks([b1, b2], view([across]));
    expect(shown[1].removed).toBe(true);
    expect(shown[0].text).toBe('Sở Nội vụ tham mưu về tổ chức thực hiện từ năm 2020.');
  });
});

describe('conflictPassage', () => {
  it('is the passage the conflicting changes cover together, across blocks', () => {
    const b1 = block('b1', 'một hai ba bốn');
    const b2 = block('b2', 'năm sáu bảy');
    expect(
      conflictPassage([b1, b2], [change('x', 'b1', b1.text, 'hai ba', 'A'), change('y', 'b1', b1.text, 'ba bốn', 'B')]),
    ).toBe('hai ba bốn');
    const across = { ...change('z', 'b1', b1.text, 'bốn', 'C'), endBlockId: 'b2', end: 3 };
    expect(conflictPassage([b1, b2], [change('x', 'b1', b1.text, 'ba', 'A'), across])).toBe('ba bốn\nnăm');
  });
});
