import { SAMPLE_RATE } from './postprocess';

/** Samples per duration frame in Kokoro's `duration` output (25 ms at 24 kHz). */
export const SAMPLES_PER_FRAME = 600;

/** A word's place in the output audio. */
export interface WordTimestamp {
  word: string;
  /** Seconds from the start of the whole output. */
  start: number;
  end: number;
  /** True when computed without a duration output (spread over the segment by token count). */
  estimated: boolean;
}

/** A word and the token span it produced (ids WITHOUT pads; `tokenEnd` exclusive). */
export interface WordSpan {
  text: string;
  tokenStart: number;
  tokenEnd: number;
}

/** Where a segment's cleaned audio lies: its first sample in the output, samples trimmed off the raw model output, and its kept length. */
export interface SegmentPlacement {
  /** Output sample where the raw model output's sample `trimmedStart` landed. */
  outputStart: number;
  trimmedStart: number;
  keptSamples: number;
}

function toWord(w: WordSpan, rawStart: number, rawEnd: number, p: SegmentPlacement, estimated: boolean): WordTimestamp {
  const clamp = (s: number) => Math.min(p.keptSamples, Math.max(0, s - p.trimmedStart));
  return {
    word: w.text,
    start: (p.outputStart + clamp(rawStart)) / SAMPLE_RATE,
    end: (p.outputStart + clamp(rawEnd)) / SAMPLE_RATE,
    estimated,
  };
}

/**
 * Exact word times from the model's `duration` output (frames per input position, pads
 * included, so position `i + 1` is id `i`), shifted by trimming and the segment's place.
 * `rawSamples` is the raw waveform length: if it is not `frames * 600` the frame size is
 * scaled to fit rather than assumed.
 */
export function wordsFromDurations(words: readonly WordSpan[], durations: ArrayLike<number>, rawSamples: number, p: SegmentPlacement): WordTimestamp[] {
  const cum = new Float64Array(durations.length + 1);
  for (let i = 0; i < durations.length; i++) cum[i + 1] = (cum[i] ?? 0) + Number(durations[i]);
  const frames = cum[durations.length] ?? 0;
  const perFrame = frames > 0 && rawSamples !== frames * SAMPLES_PER_FRAME ? rawSamples / frames : SAMPLES_PER_FRAME;
  const at = (pos: number) => (cum[Math.max(0, Math.min(durations.length, pos))] ?? 0) * perFrame;
  return words.map((w) => toWord(w, at(w.tokenStart + 1), at(w.tokenEnd + 1), p, false));
}

/**
 * Estimated word times when the model has no duration output: the segment's raw audio is
 * spread evenly over its input positions (pads included), then shifted like exact times.
 */
export function estimateWords(words: readonly WordSpan[], idCount: number, rawSamples: number, p: SegmentPlacement): WordTimestamp[] {
  const per = rawSamples / Math.max(1, idCount + 2);
  return words.map((w) => toWord(w, (w.tokenStart + 1) * per, (w.tokenEnd + 1) * per, p, true));
}
