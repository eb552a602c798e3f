import { engineError } from '../errors';

/** A language Kokoro's voices are labelled with (from the first letter of the voice id). */
export type VoiceLanguage = 'en-us' | 'en-gb' | 'es' | 'fr-fr' | 'hi' | 'it' | 'ja' | 'pt-br' | 'cmn' | 'unknown';

/** What a voice id says about the voice. */
export interface VoiceInfo {
  /** The voice id, e.g. `af_heart`. */
  id: string;
  /** Language from the first letter of the id (`a` en-us, `b` en-gb, ...); `unknown` for custom ids. */
  language: VoiceLanguage;
  /** Gender from the second letter (`f` / `m`); `unknown` for custom ids. */
  gender: 'female' | 'male' | 'unknown';
  /** Human name: the part after the underscore, capitalised (`Heart`). */
  name: string;
}

/** One weighted part of a blend, weights normalised to sum to 1. */
export interface VoiceBlendPart {
  id: string;
  weight: number;
}

const LANGUAGE_BY_PREFIX: Readonly<Record<string, VoiceLanguage>> = {
  a: 'en-us', b: 'en-gb', e: 'es', f: 'fr-fr', h: 'hi', i: 'it', j: 'ja', p: 'pt-br', z: 'cmn',
};

/**
 * Voice ids are plain names: letters, digits, `_` and `-`, at most 64 characters. This is
 * checked before any file is touched, so an id can never become a path (`../x`, `a/b`).
 */
const VOICE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
const BLEND_PART = /^([^()]+?)(?:\(([^()]*)\))?$/;

/** Maximum number of voices in one blend; more is almost surely a mistake. */
export const MAX_BLEND_PARTS = 8;

/** True when `id` is a syntactically valid single voice id. */
export function isValidVoiceId(id: string): boolean {
  return VOICE_ID.test(id);
}

/** Throws `KOKORO_ENGINE_BAD_VOICE_SPEC` unless `id` is a valid single voice id. */
export function assertVoiceId(id: string): void {
  if (!VOICE_ID.test(id)) {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_SPEC',
      `Invalid voice id ${JSON.stringify(id)}: expected letters, digits, "_" or "-" (1-64 characters, e.g. "af_heart"). Paths and file names are not accepted as voice ids.`,
      { voice: id });
  }
}

/**
 * Parses `af_heart`, `af_bella+af_sky` (equal weights) or `af_bella(2)+af_sky(1)` into
 * parts with weights normalised to sum to 1. Pure: validates syntax only, no file access.
 */
export function parseVoiceSpec(spec: string): VoiceBlendPart[] {
  if (typeof spec !== 'string' || spec.trim() === '') {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_SPEC', 'Empty voice: pass a voice id such as "af_heart" or a blend such as "af_bella(2)+af_sky(1)".', { voice: spec });
  }
  const rawParts = spec.split('+').map((p) => p.trim());
  if (rawParts.length > MAX_BLEND_PARTS) {
    throw engineError('KOKORO_ENGINE_BAD_VOICE_SPEC', `Voice blend ${JSON.stringify(spec)} has ${rawParts.length} parts; at most ${MAX_BLEND_PARTS} are allowed.`, { voice: spec });
  }
  const parts: VoiceBlendPart[] = [];
  for (const raw of rawParts) {
    const m = BLEND_PART.exec(raw);
    const id = m?.[1]?.trim() ?? '';
    if (m === null || id === '') {
      throw engineError('KOKORO_ENGINE_BAD_VOICE_SPEC', `Malformed voice blend ${JSON.stringify(spec)}: part ${JSON.stringify(raw)} should be "id" or "id(weight)", e.g. "af_bella(2)+af_sky(1)".`, { voice: spec });
    }
    assertVoiceId(id);
    let weight = 1;
    if (m[2] !== undefined) {
      const w = m[2].trim();
      weight = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(w) ? Number(w) : Number.NaN;
      if (!Number.isFinite(weight) || weight <= 0) {
        throw engineError('KOKORO_ENGINE_BAD_VOICE_SPEC', `Voice blend ${JSON.stringify(spec)}: weight ${JSON.stringify(m[2])} of ${id} must be a positive number (zero and negative weights are not allowed).`, { voice: spec, part: id, weight: m[2] });
      }
    }
    const existing = parts.find((p) => p.id === id);
    if (existing) existing.weight += weight;
    else parts.push({ id, weight });
  }
  const total = parts.reduce((s, p) => s + p.weight, 0);
  return parts.map((p) => ({ id: p.id, weight: p.weight / total }));
}

/** Canonical form of a blend (sorted ids, normalised weights): equal blends share cache entries. */
export function canonicalVoiceSpec(parts: readonly VoiceBlendPart[]): string {
  if (parts.length === 1 && parts[0]) return parts[0].id;
  return [...parts].sort((a, b) => a.id.localeCompare(b.id)).map((p) => `${p.id}(${p.weight.toPrecision(6)})`).join('+');
}

/** Language, gender and name read from a voice id (`af_heart` -> en-us, female, Heart). */
export function describeVoice(id: string): VoiceInfo {
  const m = /^([a-z])([fm])_(.+)$/.exec(id);
  if (m === null) return { id, language: 'unknown', gender: 'unknown', name: id };
  const [, lang = '', gender, rest = ''] = m;
  return {
    id,
    language: LANGUAGE_BY_PREFIX[lang] ?? 'unknown',
    gender: gender === 'f' ? 'female' : 'male',
    name: rest.charAt(0).toUpperCase() + rest.slice(1),
  };
}

/** Edit distance, for "did you mean" lists of voice ids. */
function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/** The `count` known ids closest to `id` (edit distance, with a bonus for the same name after `_`). */
export function closestVoiceIds(id: string, known: readonly string[], count = 5): string[] {
  const name = id.includes('_') ? id.slice(id.indexOf('_') + 1) : id;
  return known
    .map((k) => {
      const kName = k.includes('_') ? k.slice(k.indexOf('_') + 1) : k;
      return { k, d: Math.min(editDistance(id, k), editDistance(name, kName) + 1) };
    })
    .sort((x, y) => x.d - y.d || x.k.localeCompare(y.k))
    .slice(0, count)
    .map((x) => x.k);
}
