/**
 * Valid payloads from a zod 4 schema, for the IPC fuzz test: a fast-check arbitrary built by
 * walking the schema (objects, strings with their length and pattern checks, integers, enums,
 * arrays, optional/nullable, unions, pipes). Refinements it cannot see are left to the schema: the
 * caller keeps only what `safeParse` accepts. Strings that look like ids are often ids that exist
 * (`knownIds`), so handlers get past "not found" and into their real work.
 */
import fc from 'fast-check';
import type { z } from 'zod';

interface CheckDef {
  check?: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

interface SchemaDef {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  in?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  items?: z.ZodType[];
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
const checksOf = (def: SchemaDef): CheckDef[] => [
  ...(def.format ? [{ format: def.format, pattern: def.pattern }] : []),
  ...(def.checks ?? []).map((c) => c._zod.def),
];

function stringArbitrary(def: SchemaDef, knownIds: readonly string[]): fc.Arbitrary<string> {
  const checks = checksOf(def);
  const min = Math.max(0, ...checks.map((c) => (c.check === 'min_length' ? (c.minimum ?? 0) : 0)));
  const max = Math.min(200, ...checks.map((c) => (c.check === 'max_length' ? (c.maximum ?? 200) : 200)));
  if (checks.some((c) => c.format === 'datetime')) {
    return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  }
  const pattern = checks.find((c) => c.pattern)?.pattern;
  const fits = (s: string): boolean => s.length >= min && s.length <= max;
  if (pattern) {
    const matching = fc.stringMatching(pattern).filter(fits);
    const known = knownIds.filter((s) => pattern.test(s) && fits(s));
    return known.length ? fc.oneof(fc.constantFrom(...known), matching) : matching;
  }
  return fc.oneof(fc.string({ minLength: min, maxLength: max }), fc.string({ unit: 'grapheme', minLength: min, maxLength: max }));
}

function numberArbitrary(def: SchemaDef): fc.Arbitrary<number> {
  const checks = checksOf(def);
  let min = -1_000;
  let max = 100_000;
  for (const c of checks) {
    if (c.check === 'greater_than' && c.value !== undefined) min = c.value + (c.inclusive ? 0 : 1);
    if (c.check === 'less_than' && c.value !== undefined) max = c.value - (c.inclusive ? 0 : 1);
  }
  const integer = checks.some((c) => c.format === 'safeint' || c.format === 'int32');
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function arbitraryOf(schema: z.ZodType, knownIds: readonly string[] = []): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType | undefined): fc.Arbitrary<unknown> => (s ? arbitraryOf(s, knownIds) : fc.anything());
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, knownIds);
    case 'number':
      return numberArbitrary(def);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'optional':
    case 'default':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 3 });
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return inner(def.getter?.());
    case 'union':
      return fc.oneof(...(def.options ?? []).map(inner));
    case 'tuple':
      return fc.tuple(...(def.items ?? []).map(inner));
    case 'array': {
      const checks = checksOf(def);
      const min = Math.max(0, ...checks.map((c) => (c.check === 'min_length' ? (c.minimum ?? 0) : 0)));
      const max = Math.min(Math.max(min, 4), ...checks.map((c) => (c.check === 'max_length' ? (c.maximum ?? 4) : 4)));
      return fc.array(inner(def.element), { minLength: min, maxLength: max });
    }
    case 'record':
      return fc.dictionary(inner(def.keyType) as fc.Arbitrary<string>, inner(def.valueType), { maxKeys: 3 });
    case 'object': {
      const shape = def.shape ?? {};
      const requiredKeys = Object.keys(shape).filter((k) => !['optional', 'default'].includes(defOf(shape[k]).type));
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, inner(s)]));
      return fc.record(fields, { requiredKeys });
    }
    default:
      return fc.anything();
  }
}
