import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/core/dispatch';
import { CHANNEL_LIST, CHANNELS, type Channel } from '../../shared/ipc/channels';
import { LIMITS } from '../../shared/ipc/contract';
import { testContext } from '../support/core';

const LONG = 'đ'.repeat(10_000);

/** Payloads no channel accepts: wrong types and unexpected fields. */
const GENERIC_BAD: unknown[] = ['chuỗi', 42, true, [], [1, 2], { unexpected: 1 }, { __proto__: { polluted: true }, x: 1 }];

/** Per channel: payloads with missing fields, wrong field types and extra-long strings. */
const SPECIFIC_BAD: Record<Channel, unknown[]> = {
  [CHANNELS.appInfo]: [{ dataDir: '/etc' }],
  [CHANNELS.agendaGet]: [{ sessionId: LONG }],
  [CHANNELS.documentGet]: [
    undefined,
    {},
    { documentId: 5 },
    { documentId: '' },
    { documentId: LONG },
    { documentId: '../../etc/passwd' },
    { documentId: 'doc-1', extra: true },
  ],
  [CHANNELS.searchQuery]: [
    undefined,
    {},
    { query: 5 },
    { query: LONG },
    { query: 'x'.repeat(LIMITS.query + 1) },
    { query: 'a', limit: 0 },
    { query: 'a', limit: 10_000 },
    { query: 'a', limit: 1.5 },
  ],
  [CHANNELS.settingsGet]: [{ locale: 'vi' }],
  [CHANNELS.settingsSet]: [
    { locale: 'fr' },
    { fontScale: 'big' },
    { fontScale: 100 },
    { fontScale: -1 },
    { locale: LONG },
    { theme: 'dark' },
  ],
};

describe('IPC validation', () => {
  it('covers every channel of the contract', () => {
    expect(Object.keys(SPECIFIC_BAD).sort()).toEqual([...CHANNEL_LIST].sort());
  });

  for (const channel of CHANNEL_LIST) {
    it(`${channel} rejects malformed payloads with a Vietnamese message and writes nothing`, async () => {
      const ctx = testContext();
      const before = ctx.db.prepare('SELECT count(*) AS n FROM settings').get();
      for (const payload of [...GENERIC_BAD, ...SPECIFIC_BAD[channel]]) {
        const result = await dispatch(ctx, channel, payload);
        expect(result.ok, `${channel} accepted ${JSON.stringify(payload)?.slice(0, 80)}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('invalid_input');
          expect(result.error.message).toMatch(/không hợp lệ/u);
        }
      }
      expect(ctx.db.prepare('SELECT count(*) AS n FROM settings').get()).toEqual(before);
      ctx.close();
    });
  }

  it('answers an unknown channel with an envelope, not a throw', async () => {
    const ctx = testContext();
    const result = await dispatch(ctx, 'db:dropEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    ctx.close();
  });

  it('accepts well-formed payloads', async () => {
    const ctx = testContext();
    expect((await dispatch(ctx, CHANNELS.agendaGet, undefined)).ok).toBe(true);
    expect((await dispatch(ctx, CHANNELS.documentGet, { documentId: 'doc-1' })).ok).toBe(true);
    expect(await dispatch(ctx, CHANNELS.documentGet, { documentId: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const search = await dispatch(ctx, CHANNELS.searchQuery, { query: 'so noi vu', limit: 5 });
    expect(search.ok && (search.value as { hits: unknown[] }).hits.length).toBe(1);
    expect(await dispatch(ctx, CHANNELS.settingsSet, { locale: 'en', fontScale: 1.25 })).toEqual({
      ok: true,
      value: { locale: 'en', fontScale: 1.25 },
    });
    expect(await dispatch(ctx, CHANNELS.settingsGet, {})).toEqual({ ok: true, value: { locale: 'en', fontScale: 1.25 } });
    ctx.close();
  });
});
