/**
 * Encoder speed: each response format's streaming encoder fed one-second chunks, as the server
 * feeds it, timed from creation to `end()` resolving, as a multiple of real time.
 */
import { AUDIO_FORMATS, createEncoder } from '@kokoro-ts/server';
import type { EncodersResult } from '../result';
import { median, summarize } from '../stats';
import { repeat, type SuiteContext } from './context';

const SAMPLE_RATE = 24000;

/** Encodes `audio` (24 kHz mono float) in every format `runs` times. */
export async function runEncodersSuite(ctx: SuiteContext, audio: Float32Array, formats: readonly string[] = AUDIO_FORMATS): Promise<EncodersResult> {
  const seconds = audio.length / SAMPLE_RATE;
  const encoders: EncodersResult['encoders'] = [];
  for (const format of AUDIO_FORMATS.filter((f) => formats.includes(f))) {
    const ms = await repeat(ctx, async () => {
      let bytes = 0;
      const t0 = ctx.now();
      const enc = createEncoder(format, (b) => (bytes += b.length), { sampleRate: SAMPLE_RATE });
      for (let at = 0; at < audio.length; at += SAMPLE_RATE) await enc.write(audio.subarray(at, Math.min(audio.length, at + SAMPLE_RATE)));
      await enc.end();
      const elapsed = ctx.now() - t0;
      if (bytes === 0) throw new Error(`encoder ${format} produced no bytes`);
      return elapsed;
    });
    const perSecond = ms.map((m) => m / seconds);
    encoders.push({ format, msPerAudioSecond: summarize(perSecond), realTimeMultiple: 1000 / median(perSecond) });
    ctx.log(`encoders: ${format} ${(1000 / median(perSecond)).toFixed(0)}x real time`);
  }
  return { encoders };
}

/** A test signal when no model audio is at hand: a soft chord with a slow envelope. */
export function chordSignal(seconds: number): Float32Array {
  const n = Math.round(seconds * SAMPLE_RATE);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / SAMPLE_RATE;
    const env = 0.5 + 0.5 * Math.sin(2 * Math.PI * 0.5 * t);
    out[i] = env * 0.2 * (Math.sin(2 * Math.PI * 220 * t) + 0.5 * Math.sin(2 * Math.PI * 330 * t) + 0.25 * Math.sin(2 * Math.PI * 440 * t));
  }
  return out;
}
