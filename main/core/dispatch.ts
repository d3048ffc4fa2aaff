/**
 * Validates a payload against the channel's schema, runs the handler and wraps the outcome in an
 * envelope. Nothing an adapter receives can crash the process: unknown channels, malformed payloads
 * and handler errors all come back as `{ ok: false }` with a Vietnamese message.
 */
import { isChannel, type Channel } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { LIMITS, PACKAGE_LIMITS } from '../../shared/ipc/limits';
import { fail, ok, type Envelope } from '../../shared/ipc/envelope';
import type { CoreContext } from './context';
import { emitAfterCommit } from './events/after-commit';
import { damageError, damageOf, isCorruptionError, isQueryOnlyRefusal, markDamaged } from './db/health';
import { AppError } from './errors';
import { handlers, type Handler } from './handlers';
import { enforceRole } from './roles/guard';
import { roleNeed } from '../../shared/ipc/roles';

type Issue = { path: PropertyKey[]; message: string };

/** The first problem of each field: a field that is empty is not also reported as badly formed. */
function firstPerField(issues: readonly Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = i.path.map(String).join('.');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeIssues(issues: readonly Issue[]): string {
  return firstPerField(issues)
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * A file over the size limit is refused by the schema (its base64 is too long): say which file, not
 * which channel. The file's name sits beside its data in the payload.
 */
function oversizedFile(payload: unknown, issues: readonly (Issue & { code?: string })[]): string | null {
  const issue = issues.find((i) => i.code === 'too_big' && i.path.at(-1) === 'dataBase64');
  if (!issue) return null;
  let file: unknown = payload;
  for (const key of issue.path.slice(0, -1)) file = (file as Record<PropertyKey, unknown> | undefined)?.[key];
  const name = (file as { name?: unknown } | undefined)?.name;
  const label = typeof name === 'string' ? `"${name.slice(0, LIMITS.fileName)}"` : 'gửi lên';
  return `Tệp ${label} không hợp lệ: lớn hơn giới hạn ${PACKAGE_LIMITS.fileBytes / 1024 / 1024} MB; tệp không được đọc.`;
}

export async function dispatch(ctx: CoreContext, channel: string, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannel(channel)) return fail('unknown_channel', `Kênh "${String(channel).slice(0, 64)}" không tồn tại.`);
  const parsed = contract[channel].input.safeParse(payload ?? undefined);
  if (!parsed.success) {
    const tooBig = oversizedFile(payload, parsed.error.issues);
    if (tooBig) return fail('invalid_input', tooBig);
    return fail(
      'invalid_input',
      `Dữ liệu gửi tới "${channel}" không hợp lệ (${describeIssues(parsed.error.issues)}).`,
      firstPerField(parsed.error.issues)
        .slice(0, 20)
        .map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  }
  try {
    // The role comes from the keys this installation holds, checked before any handler runs.
    enforceRole(ctx.db, roleNeed(channel, parsed.data as never));
    const handler = handlers[channel] as Handler<Channel>;
    const value = await handler(ctx, parsed.data as never);
    emitAfterCommit(ctx.events, channel, parsed.data as never, value as never);
    return ok(value);
  } catch (error) {
    if (error instanceof AppError) return fail(error.code, error.message);
    // Damage met by a query: nothing more is written into the file; the user is pointed to the restore.
    if (isCorruptionError(error)) markDamaged(ctx.db, (error as Error).message);
    const damage = damageOf(ctx.db);
    if (damage !== null && (isCorruptionError(error) || isQueryOnlyRefusal(error))) {
      const refused = damageError(ctx.dbFile, damage);
      return fail(refused.code, refused.message);
    }
    console.error(`[${channel}]`, error);
    return fail('internal', 'Đã xảy ra lỗi không mong muốn; thao tác chưa được thực hiện.');
  }
}
