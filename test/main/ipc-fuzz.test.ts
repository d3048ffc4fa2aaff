import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoreContext } from '../../main/core/context';
import { dispatch } from '../../main/core/dispatch';
import { CHANNEL_LIST } from '../../shared/ipc/channels';
import { testContext } from '../support/core';

const TABLES = [
  'sessions',
  'agenda_items',
  'documents',
  'blocks',
  'comments',
  'comment_revisions',
  'notes',
  'drafts',
  'identity',
  'answers',
  'pinned_keys',
  'imported_packages',
  'roster',
  'settings',
];

function snapshot(ctx: CoreContext): string {
  return JSON.stringify(TABLES.map((t) => ctx.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
}

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
    for (const channel of CHANNEL_LIST) {
      await fc.assert(
        fc.asyncProperty(fc.oneof(fc.anything(), nearShape), async (payload) => {
          const before = snapshot(ctx);
          const result = await dispatch(ctx, channel, payload);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok && result.error.code === 'invalid_input') {
            rejected++;
            expect(result.error.message.length).toBeGreaterThan(0);
            expect(snapshot(ctx)).toBe(before);
          }
        }),
        { numRuns: 120, seed: 7122019 },
      );
    }
    expect(rejected).toBeGreaterThan(CHANNEL_LIST.length * 100);
    ctx.close();
  }, 240_000);
});
