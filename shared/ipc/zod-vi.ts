/**
 * Zod's messages in Vietnamese, for every schema of the app (contract, package formats): a refusal
 * reads "trường không được phép: "b"", never "Unrecognized key". Installed once, globally, by
 * importing this module (zod's `z.config`); a message written in a schema still wins. The texts
 * are the catalogue's `zod.*` keys (shared/messages), so the renderer can show them in English too.
 */
import { z } from 'zod';
import { formatMessage } from '../messages/format';
import { zodIssueRef } from '../messages/zod-issues';

export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  const ref = zodIssueRef(issue);
  return formatMessage('vi', ref.key, ref.params);
};

z.config({ localeError: vietnameseErrors });
