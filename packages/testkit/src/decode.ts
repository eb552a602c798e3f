/**
 * Reads synthetic-model audio back into what the model was given: token ids in order,
 * durations, style row, voice index and speed, per run of audio between silences.
 * @packageDocumentation
 */
import {
  CARRIER_CYCLES,
  CHANNEL,
  ID_SCALE,
  POSITION_SCALE,
  SAMPLES_PER_FRAME,
  SPEED_SCALE,
  STYLE_ROW_SCALE,
  STYLE_VOICE_SCALE,
  carrierMatrix,
} from './encoding';
import { TestkitError } from './errors';

/** One model call's worth of audio, decoded. */
export interface DecodedRun {
  /** First sample of the run in the caller's timeline (`startSample` option + offset in `wave`). */
  startSample: number;
  /** Samples in the run (a multiple of 600). */
  sampleCount: number;
  /** Token ids per input position, in order, including the two pads. */
  tokenIds: number[];
  /** Frames (of 600 samples) per input position, aligned with `tokenIds`. */
  durations: number[];
  /** Input position of the run's first frame: 0 unless audio at the start of the call was cut. */
  firstPosition: number;
  /** Voice-pack row the style vector came from (synthetic voices), rounded to an integer. */
  styleRow: number;
  /** Voice index (synthetic voices); for blends `sum(w_i * (i + 1)) - 1`, so fractional. Rounded to 1e-4. */
  voiceIndex: number;
  /** Speed the model saw (an int32-speed model shows the truncated integer). Rounded to 1e-4. */
  speed: number;
  /** Mean raw `style[0]` and `style[1]` values, for style vectors that are not synthetic voices. */
  style: [number, number];
}

/** Options of {@link decodeWaveform}. */
export interface DecodeOptions {
  /** Sample index of `wave[0]` in the caller's timeline (e.g. a streamed chunk's offset). Default 0. */
  startSample?: number;
  /** Shortest run of exact zeros that separates two runs (a pause). Default 1. */
  minGapSamples?: number;
}

let projection: Float64Array | undefined;

/**
 * Least-squares projection `(C Cᵀ)⁻¹ C` for the float32 carriers C `[5, 600]`: row k dotted
 * with a frame gives channel k's amplitude. The carriers are orthogonal up to float32
 * rounding, so this is nearly `2/600 · C`; solving the 5x5 system removes even that error.
 */
function projectionMatrix(): Float64Array {
  if (projection) return projection;
  const k = CARRIER_CYCLES.length;
  const n = SAMPLES_PER_FRAME;
  const c = carrierMatrix();
  // Augmented [G | C] with G = C Cᵀ, reduced by Gauss-Jordan to [I | G⁻¹C].
  const width = k + n;
  const m = new Float64Array(k * width);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      let dot = 0;
      for (let s = 0; s < n; s++) dot += c[i * n + s]! * c[j * n + s]!;
      m[i * width + j] = dot;
    }
    for (let s = 0; s < n; s++) m[i * width + k + s] = c[i * n + s]!;
  }
  for (let p = 0; p < k; p++) {
    const pivot = m[p * width + p]!;
    for (let j = 0; j < width; j++) m[p * width + j]! /= pivot;
    for (let i = 0; i < k; i++) {
      if (i === p) continue;
      const factor = m[i * width + p]!;
      for (let j = 0; j < width; j++) m[i * width + j]! -= factor * m[p * width + j]!;
    }
  }
  projection = new Float64Array(k * n);
  for (let i = 0; i < k; i++) for (let s = 0; s < n; s++) projection[i * n + s] = m[i * width + k + s]!;
  return projection;
}

function frameAmplitudes(wave: Float32Array, offset: number): number[] {
  const p = projectionMatrix();
  const out: number[] = [];
  for (let ch = 0; ch < CARRIER_CYCLES.length; ch++) {
    let sum = 0;
    for (let s = 0; s < SAMPLES_PER_FRAME; s++) sum += p[ch * SAMPLES_PER_FRAME + s]! * wave[offset + s]!;
    out.push(sum);
  }
  return out;
}

/** Splits `wave` into [start, end) stretches separated by at least `minGap` exact zeros. */
function nonSilentSpans(wave: Float32Array, minGap: number): [number, number][] {
  const spans: [number, number][] = [];
  let start = -1;
  let lastNonZero = -1;
  for (let i = 0; i < wave.length; i++) {
    if (wave[i] === 0) continue;
    if (start < 0) start = i;
    else if (i - lastNonZero - 1 >= minGap) {
      spans.push([start, lastNonZero + 1]);
      start = i;
    }
    lastNonZero = i;
  }
  if (start >= 0) spans.push([start, lastNonZero + 1]);
  return spans;
}

function exactInteger(value: number, what: string, at: number): number {
  const rounded = Math.round(value);
  if (Math.abs(value - rounded) > 0.25) {
    throw new TestkitError(
      'KOKORO_TESTKIT_BAD_WAVEFORM',
      `The ${what} channel of the frame at sample ${at} reads ${value.toFixed(3)}, not an integer: this audio is not ` +
        'unmodified synthetic-model output (was it resampled, mixed, scaled or cut mid-frame?).',
    );
  }
  return rounded + 0; // -0 would surprise deep-equality checks
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4 + 0;

interface Frame { id: number; position: number; amplitudes: number[]; at: number }

function summarise(frames: Frame[], origin: number): DecodedRun {
  const tokenIds: number[] = [];
  const durations: number[] = [];
  let previous = -1;
  for (const frame of frames) {
    if (frame.position === previous) {
      if (frame.id !== tokenIds[tokenIds.length - 1]) {
        throw new TestkitError('KOKORO_TESTKIT_BAD_WAVEFORM', `Frames of position ${frame.position} carry different ids (at sample ${frame.at}).`);
      }
      durations[durations.length - 1]! += 1;
    } else {
      tokenIds.push(frame.id);
      durations.push(1);
    }
    previous = frame.position;
  }
  const mean = (ch: number) => frames.reduce((sum, f) => sum + f.amplitudes[ch]!, 0) / frames.length;
  const style0 = mean(CHANNEL.style0);
  const style1 = mean(CHANNEL.style1);
  return {
    startSample: origin + frames[0]!.at,
    sampleCount: frames.length * SAMPLES_PER_FRAME,
    tokenIds,
    durations,
    firstPosition: frames[0]!.position,
    styleRow: Math.round((style0 * 512) / STYLE_ROW_SCALE - 1) + 0,
    voiceIndex: round4((style1 * 64) / STYLE_VOICE_SCALE - 1),
    speed: round4(mean(CHANNEL.speed) / SPEED_SCALE),
    style: [style0, style1],
  };
}

/**
 * Decodes synthetic-model audio. The audio may hold several model calls: runs separated by
 * exact-zero gaps (pauses an engine inserts) or joined back to back (a run starts again
 * wherever the position channel returns to 0). Each run must be whole 600-sample frames.
 *
 * @throws {@link TestkitError} `KOKORO_TESTKIT_BAD_WAVEFORM` when a run is not a whole number
 * of frames or a frame does not carry integer ids/positions (trimmed, resampled, mixed audio).
 */
export function decodeWaveform(wave: Float32Array, options: DecodeOptions = {}): DecodedRun[] {
  const origin = options.startSample ?? 0;
  const minGap = options.minGapSamples ?? 1;
  if (!Number.isInteger(minGap) || minGap < 1) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_OPTION', `minGapSamples must be an integer >= 1; got ${String(minGap)}.`);
  }
  const runs: DecodedRun[] = [];
  for (const [start, end] of nonSilentSpans(wave, minGap)) {
    const length = end - start;
    if (length % SAMPLES_PER_FRAME !== 0) {
      throw new TestkitError(
        'KOKORO_TESTKIT_BAD_WAVEFORM',
        `Audio from sample ${origin + start} to ${origin + end} is ${length} samples long, not a multiple of ${SAMPLES_PER_FRAME}: ` +
          'synthetic audio comes in whole frames; it was trimmed, faded or padded with non-zero samples.',
      );
    }
    let current: Frame[] = [];
    for (let at = start; at < end; at += SAMPLES_PER_FRAME) {
      const amplitudes = frameAmplitudes(wave, at);
      const frame: Frame = {
        id: exactInteger(amplitudes[CHANNEL.id]! / ID_SCALE - 1, 'id', origin + at),
        position: exactInteger(amplitudes[CHANNEL.position]! / POSITION_SCALE - 1, 'position', origin + at),
        amplitudes,
        at,
      };
      const last = current[current.length - 1];
      if (last && frame.position !== last.position && frame.position !== last.position + 1) {
        if (frame.position !== 0) {
          throw new TestkitError(
            'KOKORO_TESTKIT_BAD_WAVEFORM',
            `Position jumps from ${last.position} to ${frame.position} at sample ${origin + at}: frames were dropped or reordered.`,
          );
        }
        runs.push(summarise(current, origin));
        current = [];
      }
      current.push(frame);
    }
    runs.push(summarise(current, origin));
  }
  return runs;
}
