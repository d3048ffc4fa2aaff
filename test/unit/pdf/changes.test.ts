import { describe, expect, it } from 'vitest';
import { changeRuns, textWithout } from '../../../main/core/pdf/changes';

/** Spacing may move around a change ("trình ." once "đến năm 2021" is skipped); the words may not. */
const squash = (s: string): string =>
  s
    .replace(/\s+/gu, ' ')
    .replace(/ ([.,;:])/gu, '$1')
    .trim();

describe('proposed wording against the quote', () => {
  const quote =
    'Lãnh đạo cơ quan gồm người đứng đầu và các cấp phó. Người đứng đầu là Trưởng Ban Tổ chức Tỉnh ủy đồng thời là Giám đốc Sở Nội vụ; số lượng cấp phó không vượt quá tổng số cấp phó hiện có của hai cơ quan và giảm dần theo lộ trình.';
  const proposed =
    'Lãnh đạo cơ quan gồm người đứng đầu và không quá 03 cấp phó. Người đứng đầu là Trưởng Ban Tổ chức Tỉnh ủy đồng thời là Giám đốc Sở Nội vụ; số lượng cấp phó giảm dần theo lộ trình đến năm 2021.';

  it('keeps both texts: the quote without insertions, the proposal without deletions', () => {
    const runs = changeRuns(quote, proposed);
    expect(squash(textWithout(runs, 'ins'))).toBe(squash(quote));
    expect(squash(textWithout(runs, 'del'))).toBe(squash(proposed));
  });

  it('marks whole words, never letters inside a Vietnamese word', () => {
    const runs = changeRuns(quote, proposed);
    expect(runs.filter((r) => r.mark === 'del').map((r) => r.text.trim())).toContain('các');
    expect(runs.filter((r) => r.mark === 'ins').map((r) => r.text.trim())).toContain('không quá 03');
    expect(runs.filter((r) => r.mark === 'ins').map((r) => r.text.trim())).toContain('đến năm 2021');
  });

  it('keeps a deletion and the insertion that replaces it apart', () => {
    const runs = changeRuns('giảm dần', 'giảm ngay');
    const i = runs.findIndex((r) => r.mark === 'del');
    expect(runs[i].text).toBe('dần');
    expect(runs[i + 1].text).toBe(' ');
    expect(runs[i + 2]).toMatchObject({ text: 'ngay', mark: 'ins' });
  });

  it('normalises to NFC', () => {
    const runs = changeRuns('Nghị quyết'.normalize('NFD'), 'Nghị quyết này'.normalize('NFD'));
    for (const r of runs) expect(r.text).toBe(r.text.normalize('NFC'));
    expect(textWithout(runs, 'del')).toBe('Nghị quyết này');
  });
});
