import type { ErrorCode } from '../../shared/ipc/envelope';
import { formatMessage } from '../../shared/messages/format';
import type { MessageKey, MessageRef, ParamValue, ParamsArg } from '../../shared/messages/types';

/**
 * An error meant for the user: a code, a message key of the catalogue (shared/messages/vi.ts) and
 * its parameters; `message` is the Vietnamese text. Anything else is "internal".
 *   throw new AppError('not_found', 'comment.not_found');
 *   throw new AppError('conflict', 'comment.stale_revision', { revision: 3 });
 */
export class AppError<K extends MessageKey = MessageKey> extends Error {
  readonly key: K;
  readonly params: Record<string, ParamValue>;

  constructor(
    readonly code: ErrorCode,
    key: K,
    ...args: ParamsArg<K>
  ) {
    const params = (args[0] ?? {}) as Record<string, ParamValue>;
    super(formatMessage('vi', key, params));
    this.name = 'AppError';
    this.key = key;
    this.params = params;
  }

  /** From a message built elsewhere (a reason chosen by a helper, an envelope from a worker). */
  static of(code: ErrorCode, ref: MessageRef): AppError {
    return new AppError(code, ref.key as 'text.raw', ...([ref.params ?? {}] as [{ text: string }]));
  }

  get ref(): MessageRef {
    return { key: this.key, params: this.params };
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`Assertion failed: ${message}`);
}

export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
