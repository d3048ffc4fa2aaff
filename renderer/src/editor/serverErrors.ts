/**
 * Main rejects a malformed request with one Vietnamese message that lists the fields at fault:
 * `Dữ liệu gửi tới "session:create" không hợp lệ (name: Không được để trống.; endDate: …).`
 * This splits it so each message can sit next to its field; any other message is kept whole.
 */

export interface ServerIssues {
  /** Messages per field path ("name", "entries.3.delegation"). */
  fields: Record<string, string>;
  /** The message when it names no field. */
  general: string | null;
}

const INVALID = /^Dữ liệu gửi tới "[^"]+" không hợp lệ \((.+)\)\.?$/su;
const ISSUE = /^([A-Za-z0-9_.]+): (.+)$/su;

export function splitServerError(message: string): ServerIssues {
  const match = INVALID.exec(message.trim());
  if (!match) return { fields: {}, general: message };
  const fields: Record<string, string> = {};
  const loose: string[] = [];
  for (const part of match[1].split(/; (?=[A-Za-z0-9_.]+: )/u)) {
    const issue = ISSUE.exec(part);
    if (issue) fields[issue[1]] = issue[2];
    else loose.push(part);
  }
  return { fields, general: loose.length > 0 ? loose.join(' ') : null };
}
