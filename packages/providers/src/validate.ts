/**
 * Field validators shared by the builders and the planner config. Each throws
 * {@link InvalidOptionError} naming the field and the allowed values.
 * @internal
 * @packageDocumentation
 */
import { InvalidOptionError } from './errors';

/** @internal */
export function oneOf<const T extends string>(field: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new InvalidOptionError(field, value, `one of ${allowed.map((a) => `'${a}'`).join(', ')}`);
}

/** @internal */
export function integerIn(field: string, value: unknown, min: number, max: number): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  throw new InvalidOptionError(field, value, `an integer from ${min} to ${max}`);
}

/** @internal */
export function boolean(field: string, value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  throw new InvalidOptionError(field, value, 'true or false');
}

/** @internal */
export function nonEmptyString(field: string, value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new InvalidOptionError(field, value, 'a non-empty string');
}

/** Rejects keys that are not options (catches typos such as `intraOpThread`). @internal */
export function knownKeys(field: string, value: object, allowed: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) throw new InvalidOptionError(field === '' ? key : `${field}.${key}`, (value as Record<string, unknown>)[key], `a known option (${allowed.join(', ')})`);
  }
}

/** @internal */
export function plainObject(field: string, value: unknown): Record<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new InvalidOptionError(field, value, 'an object');
}
