import { describe, expect, it } from 'vitest';
import { buildAppendixTable } from '../../../main/core/report/report-appendix';
import type { MRow } from '../../../main/core/report/model';
import { generatedReport } from '../../main/pdf/generated';

const text = (rows: Iterable<MRow>): string[] =>
  [...rows].map((r) => r.cells.map((c) => c.paras.map((p) => p.runs.map((x) => x.text).join('')).join('\n')).join(' | '));

const commentsLeft = (input: ReturnType<typeof generatedReport>): number =>
  input.groups.reduce((n, g) => n + g.passages.reduce((m, p) => m + p.comments.filter(Boolean).length, 0), 0) +
  input.general.length;

describe('the Phụ lục rows, built as they are drawn', () => {
  it('builds the rows afresh at each reading, the input untouched', () => {
    const input = generatedReport(300);
    const table = buildAppendixTable(input);
    const first = text(table.rows);
    expect(first.length).toBeGreaterThan(300);
    expect(text(table.rows)).toEqual(first);
    expect(commentsLeft(input)).toBe(300);
  });

  it('builds a row only when asked for it', () => {
    const input = generatedReport(300);
    const it = buildAppendixTable(input, { release: true }).rows[Symbol.iterator]();
    // Group rows, then the first comment's row: every other comment is still in the input.
    while (!it.next().value?.units);
    expect(commentsLeft(input)).toBe(299);
  });

  it('releasing lets go of each comment behind its row and gives the same rows', () => {
    const kept = text(buildAppendixTable(generatedReport(300)).rows);
    const input = generatedReport(300);
    const released = text(buildAppendixTable(input, { release: true }).rows);
    expect(released).toEqual(kept);
    expect(commentsLeft(input)).toBe(0);
  });
});
