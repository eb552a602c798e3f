import { ServerError } from './errors';

/**
 * OpenAI's voice names and the Kokoro voice each maps to. Five are Kokoro voices of the same
 * name; the other eight (ash, ballad, cedar, coral, marin, sage, shimmer, verse) have no namesake and map to the Kokoro voice closest in character
 * (gender and register as OpenAI describes them). Override per request by naming a Kokoro id.
 */
export const OPENAI_VOICE_MAP: Readonly<Record<string, string>> = Object.freeze({
  alloy: 'af_alloy',
  ash: 'am_adam',
  ballad: 'bm_george',
  cedar: 'am_liam',
  coral: 'af_heart',
  echo: 'am_echo',
  fable: 'bm_fable',
  marin: 'af_kore',
  nova: 'af_nova',
  onyx: 'am_onyx',
  sage: 'af_sarah',
  shimmer: 'af_bella',
  verse: 'am_michael',
});

const PART = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63})(?:\((\d{1,4}(?:\.\d{1,4})?)\))?$/;
/** Most voices one blend may mix. */
export const MAX_BLEND_VOICES = 8;

/** A validated voice request: the spec string to hand to the engine and the ids it uses. */
export interface ResolvedVoice {
  /** What the engine receives: an id, or a blend like `af_bella(2)+af_sky(1)`. */
  spec: string;
  /** The distinct voice ids the spec references. */
  ids: string[];
}

/**
 * Validates a request's voice (an OpenAI name, a Kokoro id or a blend) by syntax alone, and
 * maps OpenAI names. Runs before anything touches the engine or a file, so no string that
 * could be a path (`../x`, `a/b`, `C:\x`) gets further. Throws `KOKORO_SERVER_UNKNOWN_VOICE`.
 */
export function resolveVoice(voice: string): ResolvedVoice {
  const trimmed = voice.trim();
  const mapped = OPENAI_VOICE_MAP[trimmed.toLowerCase()];
  if (mapped !== undefined) return { spec: mapped, ids: [mapped] };
  if (trimmed.length === 0 || trimmed.length > 600) throw invalid(voice, 'a voice id (1-64 characters) or a blend of at most 8');
  const parts = trimmed.split('+').map((p) => p.trim());
  if (parts.length > MAX_BLEND_VOICES) throw invalid(voice, `a blend of at most ${MAX_BLEND_VOICES} voices`);
  const ids: string[] = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) throw invalid(voice, 'ids of letters, digits, "_" or "-", each optionally followed by a weight in parentheses, joined by "+" (e.g. "af_bella(2)+af_sky(1)")');
    if (m[2] !== undefined && Number(m[2]) <= 0) throw invalid(voice, 'positive blend weights');
    const id = OPENAI_VOICE_MAP[m[1]!.toLowerCase()] ?? m[1]!;
    if (!ids.includes(id)) ids.push(id);
  }
  const spec = parts.map((part) => {
    const m = PART.exec(part)!;
    const id = OPENAI_VOICE_MAP[m[1]!.toLowerCase()] ?? m[1]!;
    return m[2] === undefined ? id : `${id}(${m[2]})`;
  }).join('+');
  return { spec, ids };
}

function invalid(voice: string, expected: string): ServerError {
  const shown = voice.length > 80 ? `${voice.slice(0, 80)}…` : voice;
  return new ServerError('KOKORO_SERVER_UNKNOWN_VOICE', `Invalid voice ${JSON.stringify(shown)}: expected ${expected}. GET /v1/audio/voices lists the voices.`, { param: 'voice' });
}

/** Up to three known ids closest to `id` (edit distance), for "did you mean" messages. */
export function closestVoices(id: string, known: readonly string[]): string[] {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const cur = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = cur;
      }
    }
    return row[b.length]!;
  };
  return [...known].sort((a, b) => distance(id, a) - distance(id, b)).slice(0, 3);
}

/** Throws `KOKORO_SERVER_UNKNOWN_VOICE` unless every id of `voice` is among `known`. */
export function assertKnownVoices(voice: ResolvedVoice, known: ReadonlySet<string>): void {
  for (const id of voice.ids) {
    if (!known.has(id)) {
      throw new ServerError('KOKORO_SERVER_UNKNOWN_VOICE', `Unknown voice ${JSON.stringify(id)}. Closest: ${closestVoices(id, [...known]).join(', ') || 'none loaded'}. GET /v1/audio/voices lists the voices.`, { param: 'voice' });
    }
  }
}
