/** Output sample rate of Kokoro. */
export const SAMPLE_RATE = 24000;

/** How each segment's audio is cleaned up and joined. All durations are at speed 1. */
export interface AudioOptions {
  /** Trim leading/trailing silence down to `keepLeadingMs` / `keepTrailingMs`. Default true. */
  trim: boolean;
  /** Peak amplitude below which a 10 ms window counts as silence. Default 0.004 (about -48 dBFS). */
  silenceThreshold: number;
  /** Silence kept before the first sound of a segment. Default 30 ms. */
  keepLeadingMs: number;
  /** Silence kept after the last sound of a segment. Default 60 ms. */
  keepTrailingMs: number;
  /** Linear fade-in/out at each segment's edges so joins never click. 0 disables. Default 4 ms. */
  fadeMs: number;
  /** Pause inserted before the next segment, by how the previous one ended (ms at speed 1, divided by speed). */
  pauses: PauseOptions;
}

/** Pause lengths in ms at speed 1 (divided by the speed). */
export interface PauseOptions {
  /** After a paragraph break. Default 600. */
  paragraph: number;
  /** After `.`, `!`, `?`. Default 320. */
  sentence: number;
  /** After `;`, `:`, a dash or an ellipsis. Default 220. */
  colon: number;
  /** After `,` or another clause break. Default 140. */
  clause: number;
  /** After a segment that was split mid-clause (no punctuation): none by default. */
  word: number;
}

/** Defaults for {@link AudioOptions}. */
export const DEFAULT_AUDIO_OPTIONS: Readonly<AudioOptions> = Object.freeze({
  trim: true,
  silenceThreshold: 0.004,
  keepLeadingMs: 30,
  keepTrailingMs: 60,
  fadeMs: 4,
  pauses: Object.freeze({ paragraph: 600, sentence: 320, colon: 220, clause: 140, word: 0 }),
});

/** How a segment ended, as g2p reports it. */
export type SegmentBoundary = 'paragraph' | 'sentence' | 'clause' | 'word' | 'end';

/** Pause (in samples) to put before the segment that follows one ending with `boundary` and `text`. */
export function pauseSamples(boundary: SegmentBoundary, text: string, speed: number, pauses: PauseOptions): number {
  const last = text.trimEnd().slice(-1);
  let ms: number;
  if (boundary === 'paragraph') ms = pauses.paragraph;
  else if ('.!?'.includes(last) && last !== '') ms = pauses.sentence;
  else if (';:—–…'.includes(last) && last !== '') ms = pauses.colon;
  else if (boundary === 'sentence') ms = pauses.sentence;
  else if (boundary === 'clause' || last === ',') ms = pauses.clause;
  else ms = pauses.word;
  return Math.max(0, Math.round((ms / 1000) * SAMPLE_RATE / speed));
}

/** Result of cleaning one segment. */
export interface CleanedSegment {
  audio: Float32Array;
  /** Samples removed from the start (shift word timestamps by this). */
  trimmedStart: number;
  /** NaN or infinite samples replaced by 0. */
  nonFinite: number;
  /** Samples clamped into [-1, 1]. */
  clipped: number;
}

const WINDOW = Math.round(SAMPLE_RATE * 0.01);

function firstLoudWindow(a: Float32Array, threshold: number): number {
  for (let w = 0; w < a.length; w += WINDOW) {
    const end = Math.min(a.length, w + WINDOW);
    for (let i = w; i < end; i++) if (Math.abs(a[i] ?? 0) >= threshold) return w;
  }
  return -1;
}

function lastLoudWindowEnd(a: Float32Array, threshold: number): number {
  for (let w = a.length; w > 0; w -= WINDOW) {
    const start = Math.max(0, w - WINDOW);
    for (let i = start; i < w; i++) if (Math.abs(a[i] ?? 0) >= threshold) return w;
  }
  return 0;
}

/**
 * Replaces NaN/Inf with 0, clamps to [-1, 1], trims silence at both ends down to a natural
 * margin (measured in 10 ms windows so sound is never cut), and fades the edges. Returns a
 * new array; `wave` is not modified.
 */
export function cleanSegment(wave: Float32Array, speed: number, o: AudioOptions): CleanedSegment {
  const a = new Float32Array(wave);
  let nonFinite = 0;
  let clipped = 0;
  for (let i = 0; i < a.length; i++) {
    const v = a[i] ?? 0;
    if (!Number.isFinite(v)) { a[i] = 0; nonFinite++; } else if (v > 1) { a[i] = 1; clipped++; } else if (v < -1) { a[i] = -1; clipped++; }
  }
  let start = 0;
  let end = a.length;
  if (o.trim && a.length > 0) {
    const loud = firstLoudWindow(a, o.silenceThreshold);
    if (loud < 0) { start = 0; end = Math.min(a.length, Math.round((o.keepLeadingMs / 1000) * SAMPLE_RATE)); }
    else {
      start = Math.max(0, loud - Math.round((o.keepLeadingMs / 1000) * SAMPLE_RATE / speed));
      end = Math.min(a.length, lastLoudWindowEnd(a, o.silenceThreshold) + Math.round((o.keepTrailingMs / 1000) * SAMPLE_RATE / speed));
    }
  }
  const out = a.subarray(start, end);
  const fade = Math.min(Math.floor(out.length / 2), Math.round((o.fadeMs / 1000) * SAMPLE_RATE));
  for (let i = 0; i < fade; i++) {
    const g = i / fade;
    out[i] = (out[i] ?? 0) * g;
    out[out.length - 1 - i] = (out[out.length - 1 - i] ?? 0) * g;
  }
  return { audio: out.slice(), trimmedStart: start, nonFinite, clipped };
}

/** Concatenates chunks of audio into one array. */
export function concatAudio(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
