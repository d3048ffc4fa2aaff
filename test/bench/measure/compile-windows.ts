/**
 * The windowed compilation (issue 18) on a secretariat database, through dispatch: the index main
 * builds on the first request (cold), the first window afterwards, the next window (a scroll), and
 * each filter (delegation, one delegate, stance, unanswered, revised after the answer, trái chiều,
 * a word search typed without diacritics), each measured on a filter not asked just before (main
 * keeps the last filter's rows). Also the size of every answer, the largest beside the 1 MB bound,
 * and comments:list of the whole session, paged.
 */
import type { CoreContext } from '../../../main/core/context';
import { dispatch } from '../../../main/core/dispatch';
import { CHANNELS, type Channel } from '../../../shared/ipc/channels';
import { figureOf, type Figure } from '../measurement';
import { repeat } from '../stats';

const MB = 1024 ** 2;
const FAST = { stat: 'median' as const, max: 100, label: '< 100 ms' };

export async function compileWindowFigures(ctx: CoreContext, runs: number, label: string): Promise<Figure[]> {
  const sizes: Array<[string, number]> = [];
  const once = async (name: string, channel: Channel, payload?: unknown): Promise<number> => {
    const start = performance.now();
    const result = await dispatch(ctx, channel, payload);
    const ms = performance.now() - start;
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    sizes.push([name, Buffer.byteLength(JSON.stringify(result)) / MB]);
    return ms;
  };
  /** Another filter first (untimed), so the timed call filters afresh. */
  const timedFilter = (name: string, payload: unknown): Promise<number[]> =>
    repeat(
      runs,
      async () => {
        await dispatch(ctx, CHANNELS.compileGet, { stance: 'y_kien_khac', limit: 1 });
        return once(name, CHANNELS.compileGet, payload);
      },
      1,
    );
  const delegation = ctx.db.prepare('SELECT delegation FROM roster ORDER BY position LIMIT 1').pluck().get() as string;
  const delegateId = ctx.db.prepare('SELECT author_id FROM comments LIMIT 1').pluck().get() as string;

  const cold = await once('compile:get, cold', CHANNELS.compileGet);
  const first = await timedFilter('compile:get first window', {});
  const next = await repeat(
    runs,
    () => once('compile:get next window', CHANNELS.compileGet, { offset: 40 + 40 * Math.floor(Math.random() * 40) }),
    1,
  );
  const filters: Array<[string, unknown]> = [
    [`one delegation (${delegation})`, { delegation }],
    ['one delegate', { delegateId }],
    ['stance (không tán thành)', { stance: 'khong_tan_thanh' }],
    ['unanswered', { answered: 'unanswered' }],
    ['revised after the answer', { answered: 'revised' }],
    ['trái chiều only', { conflicts: true }],
    ['words "ngan sach" (no diacritics)', { query: 'ngan sach' }],
  ];
  const filterFigures: Figure[] = [];
  for (const [name, payload] of filters) {
    filterFigures.push(
      figureOf(`${label}: compile:get filtered, ${name}`, await timedFilter(`filter ${name}`, payload), { target: FAST }),
    );
  }
  const listFirst = await repeat(runs, () => once('comments:list page 1', CHANNELS.commentsList, {}), 1);
  const listLate = await repeat(runs, () => once('comments:list late page', CHANNELS.commentsList, { offset: 5_000 }), 1);
  const largest = sizes.reduce((a, b) => (b[1] > a[1] ? b : a));
  return [
    figureOf(`${label}: compile:get, first request (main builds its index)`, [cold]),
    figureOf(`${label}: compile:get, first window (index built)`, first, { target: FAST }),
    figureOf(`${label}: compile:get, a later window (scrolling)`, next, { target: FAST }),
    ...filterFigures,
    figureOf(`${label}: comments:list, whole session, first page`, listFirst),
    figureOf(`${label}: comments:list, whole session, page at offset 5,000`, listLate),
    {
      name: `${label}: largest answer of compile:get / comments:list`,
      unit: 'MB',
      median: largest[1],
      samples: [largest[1]],
      target: { stat: 'median', max: 1, label: '≤ 1 MB' },
      note: `${largest[0]}; ${sizes.length} answers measured`,
    },
  ];
}
