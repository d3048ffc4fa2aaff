/**
 * Validates a payload against the channel's schema, runs the handler and wraps the outcome in an
 * envelope. Nothing an adapter receives can crash the process: unknown channels, malformed payloads
 * and handler errors all come back as `{ ok: false }` with a message key, its parameters and its
 * Vietnamese text.
 */
import { isChannel, type Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { LIMITS, PACKAGE_LIMITS } from '../../shared/ipc/limits';
import type { z } from 'zod';
import { fail, ok, type Envelope, type FieldIssue } from '../../shared/ipc/envelope';
import { issueMessageRef, valueAt } from '../../shared/messages/zod-issues';
import { joined, msg, type MessageKey, type MessageRef } from '../../shared/messages/types';
import type { CoreContext } from './context';
import { emitAfterCommit } from './events/after-commit';
import { damageError, damageOf, isCorruptionError, isQueryOnlyRefusal, markDamaged } from './db/health';
import { AppError } from './errors';
import { handlers, type Handler } from './handlers';
import { enforceRole } from './roles/guard';
import { roleNeed } from '../../shared/ipc/roles';

type Issue = z.core.$ZodIssue;

/** Every problem of the payload, each as key + parameters (no cap: a form shows them all). */
function fieldIssues(payload: unknown, issues: readonly Issue[]): FieldIssue[] {
  return issues.map((issue) => {
    const ref = issueMessageRef(issue, valueAt(payload, issue.path));
    return { path: issue.path.map(String).join('.'), key: ref.key, params: ref.params ?? {}, message: issue.message };
  });
}

/** The first problem of each field, for the one-line summary: an empty field is not also "badly formed". */
function firstPerField(issues: readonly FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (seen.has(i.path)) return false;
    seen.add(i.path);
    return true;
  });
}

/** "name: Không được để trống.; endDate: …" (three fields at most; the issues carry them all). */
function summary(issues: readonly FieldIssue[]): MessageRef[] {
  return firstPerField(issues)
    .slice(0, 3)
    .map((i) =>
      i.path
        ? msg('ipc.issue_at', { path: i.path, issue: { key: i.key as MessageKey, params: i.params } })
        : { key: i.key as MessageKey, params: i.params },
    );
}

/**
 * A file over the size limit is refused by the schema (its base64 is too long): say which file, not
 * which channel. The file's name sits beside its data in the payload.
 */
function oversizedFile(payload: unknown, issues: readonly Issue[]): MessageRef | null {
  const issue = issues.find((i) => i.code === 'too_big' && i.path.at(-1) === 'dataBase64');
  if (!issue) return null;
  const name = (valueAt(payload, issue.path.slice(0, -1)) as { name?: unknown } | undefined)?.name;
  const file = typeof name === 'string' ? `"${name.slice(0, LIMITS.fileName)}"` : msg('ipc.file_unnamed');
  return msg('ipc.file_too_large', { file, limit: PACKAGE_LIMITS.fileBytes / 1024 / 1024 });
}

export async function dispatch(ctx: CoreContext, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', msg('ipc.unknown_channel', { channel: String(channel).slice(0, 64) }));
  const parsed = contract[channel].input.safeParse(payload ?? undefined);
  if (!parsed.success) {
    const tooBig = oversizedFile(payload, parsed.error.issues);
    if (tooBig) return fail('invalid_input', tooBig);
    const issues = fieldIssues(payload, parsed.error.issues);
    return fail('invalid_input', msg('ipc.invalid_payload', { channel, issues: joined(summary(issues)) }), issues);
  }
  try {
    // The role comes from the keys this installation holds, checked before any handler runs.
    enforceRole(ctx.db, roleNeed(channel, parsed.data as never));
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(ctx, parsed.data as never);
    emitAfterCommit(ctx.events, channel, parsed.data as never, value as never);
    return ok(value);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.ref);
    // Damage met by a query: nothing more is written into the file; the user is pointed to the restore.
    if (isCorruptionError(error)) markDamaged(ctx.db, (error as Error).message);
    const damage = damageOf(ctx.db);
    if (damage !== null && (isCorruptionError(error) || isQueryOnlyRefusal(error))) {
      const refused = damageError(ctx.dbFile, damage);
      return fail(refused.code, refused.ref);
    }
    console.error(`[${channel}]`, error);
    return fail('internal', msg('ipc.unexpected'));
  }
}
