import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { CHANNEL_LIST } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { testContext } from '../support/core';
import { dumpDatabase } from '../support/db-dump';
import { arbitraryOf } from '../support/zod-arbitrary';

const snapshot = (ctx: CoreContext): string => JSON.stringify(dumpDatabase(ctx.db));

/** Payloads near the real shapes: objects with the contract's field names and random values. */
const FIELD_NAMES = [
  'documentId',
  'itemId',
  'query',
  'limit',
  'locale',
  'fontScale',
  'rosterId',
  'name',
  'delegation',
  'role',
  'anchor',
  'stance',
  'text',
  'proposedText',
  'id',
  'expectedRevision',
  'key',
  'payload',
  'files',
  'file',
  'commentIds',
  'kind',
  'answered',
  'jobId',
  'items',
  'entries',
  'header',
];
const nearShape = fc.dictionary(
  fc.constantFrom(...FIELD_NAMES),
  fc.oneof(fc.anything(), fc.string({ maxLength: 300 }), fc.integer(), fc.constant(null)),
  { maxKeys: 6 },
);

describe('every IPC channel under generated payloads', () => {
  it('answers an envelope, never throws, and a rejected payload writes nothing', async () => {
    const ctx = testContext();
    let rejected = 0;
    // The content before each call: the last call's result (a rejected call must leave it as it was).
    let baseline = snapshot(ctx);
    for (const channel of CHANNEL_LIST) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), nearShape), async (payload) => {
          const result = await dispatch(ctx, channel, payload);
          // A handler crash comes back as 'internal': that is a bug, whatever the payload.
          expect(result.ok || result.error.code, `${channel} crashed on ${JSON.stringify(payload)?.slice(0, 200)}`).not.toBe(
            'internal',
          );
          const after = snapshot(ctx);
          if (!result.ok && result.error.code === 'invalid_input') {
            rejected++;
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(after).toBe(baseline);
          }
          baseline = after;
        }),
        { numRuns: 120, seed: 7122019 },
      );
    }
    expect(rejected).toBeGreaterThan(CHANNEL_LIST.length * 100);
    ctx.close();
  }, 240_000);

  it('accepts payloads generated from each channel schema, and no handler crashes on one', async () => {
    const ctx = testContext();
    const knownIds = ['s1', 'item-1', 'doc-1', ...(ctx.db.prepare('SELECT id FROM blocks').pluck().all() as string[])];
    const crashes: string[] = [];
    for (const channel of CHANNEL_LIST) {
      const schema = contract[channel].input;
      let valid = 0;
      await fc.assert(
        fc.asyncProperty(arbitraryOf(schema, knownIds), async (payload) => {
          if (!schema.safeParse(payload).success) return;
          valid++;
          const result = await dispatch(ctx, channel, payload);
          if (!result.ok && result.error.code === 'internal')
            crashes.push(`${channel} ${JSON.stringify(payload)?.slice(0, 200)}`);
        }),
        { numRuns: 30, seed: 6122019 },
      );
      // The generator must produce what the schema accepts, or this test proves nothing.
      expect(valid, `${channel}: generated payloads the schema accepts`).toBeGreaterThan(0);
    }
    await ctx.imports.close();
    expect(crashes).toEqual([]);
    ctx.close();
  }, 240_000);
});
