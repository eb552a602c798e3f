/**
 * The waveform encoding shared by the generated graph and the decoder: which sinusoid
 * carries which field, at what scale. Tests elsewhere use these constants to reason about
 * synthetic audio without decoding it.
 * @packageDocumentation
 */

/** Output sample rate of the synthetic model, the same as Kokoro's (24 kHz). */
export const SAMPLE_RATE = 24_000;

/** Samples per duration frame (25 ms at 24 kHz), the unit of Kokoro's `duration` output. */
export const SAMPLES_PER_FRAME = 600;

/**
 * Whole cycles per 600-sample frame of each carrier, in channel order. Odd, distinct and far
 * from 0 and 300, so the sampled carriers are orthogonal on a frame and, with the half-sample
 * phase offset, never exactly zero at any sample.
 */
export const CARRIER_CYCLES: readonly number[] = Object.freeze([3, 5, 7, 11, 13]);

/** Channel (carrier) index of each encoded field. */
export const CHANNEL = Object.freeze({ id: 0, position: 1, style0: 2, style1: 3, speed: 4 } as const);

/** Amplitude of the id channel per unit of `id + 1` (id channel = (id + 1) / 1024). */
export const ID_SCALE = 1 / 1024;
/** Amplitude of the position channel per unit of `t + 1` (position channel = (t + 1) / 2048). */
export const POSITION_SCALE = 1 / 2048;
/** Amplitude of the speed channel per unit of speed (speed channel = speed / 20). */
export const SPEED_SCALE = 1 / 20;

/**
 * Synthetic voices put `STYLE_ROW_SCALE * (row + 1) / 512` in style column 0, so the style
 * channel tells which row of the voice pack the caller picked.
 */
export const STYLE_ROW_SCALE = 0.125;
/**
 * Synthetic voices put `STYLE_VOICE_SCALE * (voiceIndex + 1) / 64` in style column 1, so the
 * style channel tells which voice (or which weighted blend of voices) the caller used.
 */
export const STYLE_VOICE_SCALE = 0.125;

/** Voice indices a synthetic pack can encode without leaving the amplitude budget (0..63). */
export const MAX_VOICE_INDEX = 63;

/**
 * Upper clamp on one token's duration in frames. Kokoro-like durations stay far below it
 * (4 frames at speed 0.04); it only keeps absurd speeds from asking for unbounded audio.
 */
export const MAX_FRAMES_PER_TOKEN = 100;

/** Style column 0 value that synthetic voices store in row `row`. */
export function styleRowCode(row: number): number {
  return (STYLE_ROW_SCALE * (row + 1)) / 512;
}

/** Style column 1 value that synthetic voices store for voice `voiceIndex`. */
export function styleVoiceCode(voiceIndex: number): number {
  return (STYLE_VOICE_SCALE * (voiceIndex + 1)) / 64;
}

/**
 * The carrier matrix `[5, 600]` (row-major) the graph multiplies per-frame amplitudes with:
 * `sin(2π k (n + 0.5) / 600)` for each `k` in {@link CARRIER_CYCLES}.
 */
export function carrierMatrix(): Float32Array {
  const out = new Float32Array(CARRIER_CYCLES.length * SAMPLES_PER_FRAME);
  CARRIER_CYCLES.forEach((cycles, k) => {
    for (let n = 0; n < SAMPLES_PER_FRAME; n++) {
      out[k * SAMPLES_PER_FRAME + n] = Math.sin((2 * Math.PI * cycles * (n + 0.5)) / SAMPLES_PER_FRAME);
    }
  });
  return out;
}

function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const diff = x - floor;
  if (diff > 0.5) return floor + 1;
  if (diff < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * The durations (frames per position) the synthetic model emits for `ids` (pads included)
 * at `speed`, computed the way the graph does: float32 `(2 + id % 3) / speed`, ONNX `Round`
 * (half to even, like Python's `round`), at least 1, at most {@link MAX_FRAMES_PER_TOKEN}.
 * For an int32-speed model pass the integer the model receives.
 */
export function syntheticDurations(ids: readonly number[], speed: number): number[] {
  const s = Math.fround(speed);
  return ids.map((id) => {
    const ratio = Math.fround((2 + (((id % 3) + 3) % 3)) / s);
    return Math.min(MAX_FRAMES_PER_TOKEN, Math.max(1, roundHalfEven(ratio)));
  });
}
