import { DEFAULT_NORMALIZE_OPTIONS, type NormalizeOptions } from '@kokoro-ts/g2p';

import { engineError } from '../errors';

type BooleanKeys<T> = { [K in keyof T]-?: T[K] extends boolean ? (boolean extends T[K] ? K : never) : never }[keyof T];

/** Names of the boolean normalization rules (`currency`, `urls`, `dates`, ...), as `@kokoro-ts/g2p` defines them. */
export type NormalizeSwitchName = BooleanKeys<NormalizeOptions>;

/**
 * Per-call normalization: rule switches (`true` on, `false` off) plus the two reading settings
 * `dateOrder` and `emoji`. Switches left out keep the engine's configuration.
 */
export type NormalizeSwitches = Partial<Pick<NormalizeOptions, NormalizeSwitchName | 'dateOrder' | 'emoji'>>;

/**
 * Every rule switch a call may set, derived from g2p's defaults so it follows g2p's rules
 * (`['cardinals', 'ordinals', ..., 'controlChars']`).
 */
export const NORMALIZE_SWITCHES: readonly NormalizeSwitchName[] = Object.freeze(
  (Object.keys(DEFAULT_NORMALIZE_OPTIONS) as (keyof NormalizeOptions)[]).filter((k): k is NormalizeSwitchName => typeof DEFAULT_NORMALIZE_OPTIONS[k] === 'boolean'),
);

/** Allowed values of the non-boolean per-call settings. */
export const NORMALIZE_SETTINGS: Readonly<{ dateOrder: readonly ['mdy', 'dmy']; emoji: readonly ['remove', 'describe', 'keep'] }> = Object.freeze({
  dateOrder: ['mdy', 'dmy'] as const,
  emoji: ['remove', 'describe', 'keep'] as const,
});

const SWITCH_SET = new Set<string>(NORMALIZE_SWITCHES);

/**
 * @internal Checks a call's `normalize` option and returns a canonical key: `''` for the
 * engine's own configuration (omitted, `true` or `{}`), `'off'` for `false`, else the sorted
 * switches (`currency=false,urls=false`), so equal switch sets share caches and nothing leaks
 * between different ones.
 * @throws `KOKORO_ENGINE_BAD_OPTIONS` naming the unknown switch or bad value.
 */
export function normalizeKey(value: unknown): string {
  if (value === undefined || value === true) return '';
  if (value === false) return 'off';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `normalize must be false, true or an object of rule switches; got ${Array.isArray(value) ? 'an array' : typeof value}.`);
  }
  const parts: string[] = [];
  for (const [name, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (SWITCH_SET.has(name)) {
      if (typeof v !== 'boolean') throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `normalize.${name} must be true or false; got ${JSON.stringify(v) ?? typeof v}.`, { switch: name });
    } else if (name === 'dateOrder' || name === 'emoji') {
      const allowed: readonly string[] = NORMALIZE_SETTINGS[name];
      if (typeof v !== 'string' || !allowed.includes(v)) throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `normalize.${name} must be one of ${allowed.join(', ')}; got ${JSON.stringify(v) ?? typeof v}.`, { switch: name });
    } else {
      throw engineError('KOKORO_ENGINE_BAD_OPTIONS', `Unknown normalization switch "${name}". Allowed: ${NORMALIZE_SWITCHES.join(', ')}, dateOrder, emoji.`, { switch: name, allowed: [...NORMALIZE_SWITCHES, 'dateOrder', 'emoji'] });
    }
    parts.push(`${name}=${String(v)}`);
  }
  return parts.sort().join(',');
}

/**
 * @internal The `createG2P` normalization a call asks for: `false` = none, else the engine's
 * base options (its `g2p.normalize` object, or the defaults when it is `true`, omitted or
 * `false`) with the call's switches on top.
 */
export function callNormalizeOptions(value: NormalizeSwitches | boolean | undefined, base: boolean | Partial<NormalizeOptions> | undefined): false | Partial<NormalizeOptions> {
  if (value === false) return false;
  const baseObject = typeof base === 'object' ? base : {};
  return { ...baseObject, ...(typeof value === 'object' ? value : {}) };
}
