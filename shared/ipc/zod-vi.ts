/**
 * Zod's messages in Vietnamese, for every schema of the app (contract, package formats): a refusal
 * reads "trường thừa không được phép: b", never "Unrecognized key". Installed once, globally, by
 * importing this module (zod's `z.config`); a message written in a schema still wins.
 */
import { z } from 'zod';

const TYPE: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  bigint: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng (null)',
  undefined: 'không có giá trị',
  date: 'ngày',
  file: 'tệp',
  set: 'tập hợp',
  map: 'bảng',
};

const typeName = (t: unknown): string => TYPE[String(t)] ?? String(t);

function receivedType(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isInteger(input)) return 'number';
  return typeof input;
}

function bound(origin: string | undefined, limit: unknown, more: boolean, inclusive: boolean | undefined): string {
  const n = String(limit);
  switch (origin) {
    case 'string':
      return more ? `dài quá ${n} ký tự` : `phải có ít nhất ${n} ký tự`;
    case 'array':
    case 'set':
      return more ? `quá ${n} phần tử` : `phải có ít nhất ${n} phần tử`;
    case 'file':
      return more ? `lớn hơn ${n} byte` : `nhỏ hơn ${n} byte`;
    default:
      return more
        ? `phải ${inclusive === false ? 'nhỏ hơn' : 'không lớn hơn'} ${n}`
        : `phải ${inclusive === false ? 'lớn hơn' : 'không nhỏ hơn'} ${n}`;
  }
}

const FORMAT: Record<string, string> = {
  regex: 'không đúng dạng',
  email: 'không phải địa chỉ thư điện tử',
  uuid: 'không phải mã UUID',
  url: 'không phải địa chỉ URL',
  datetime: 'không phải thời điểm ISO 8601',
  date: 'không phải ngày (YYYY-MM-DD)',
  base64: 'không đúng mã base64',
};

export const vietnameseErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `thiếu (cần ${typeName(issue.expected)})`
        : `sai kiểu: cần ${typeName(issue.expected)}, nhận được ${typeName(receivedType(issue.input))}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `phải là ${JSON.stringify(issue.values[0])}`
        : `phải là một trong ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return bound(issue.origin, issue.maximum, true, issue.inclusive);
    case 'too_small':
      return bound(issue.origin, issue.minimum, false, issue.inclusive);
    case 'invalid_format':
      return FORMAT[issue.format] ?? 'không đúng định dạng';
    case 'not_multiple_of':
      return `phải là bội số của ${String(issue.divisor)}`;
    case 'unrecognized_keys':
      return `trường không được phép: ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_key':
      return 'khóa không hợp lệ';
    case 'invalid_union':
      return 'không khớp dạng nào được chấp nhận';
    case 'invalid_element':
      return 'phần tử không hợp lệ';
    default:
      return 'không hợp lệ';
  }
};

z.config({ localeError: vietnameseErrors });
