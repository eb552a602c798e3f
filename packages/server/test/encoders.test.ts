import { describe, expect, it } from 'vitest';

import { AUDIO_FORMATS, createEncoder, encodeAll } from '../src/index';
import type { AudioFormat } from '../src/index';
import { adtsDuration, chord, decodeAudio, decodeWav, HAS_FFMPEG, rms } from './helpers/decode';

async function streamEncode(format: AudioFormat, source: Float32Array, chunkSizes: number[]): Promise<{ bytes: Uint8Array; deliveries: number[] }> {
  const parts: Uint8Array[] = [];
  const deliveries: number[] = [];
  let written = 0;
  const encoder = createEncoder(format, (b) => {
    parts.push(b);
    deliveries.push(written);
  });
  let offset = 0;
  let k = 0;
  while (offset < source.length) {
    const n = chunkSizes[k++ % chunkSizes.length]!;
    await encoder.write(source.subarray(offset, offset + n));
    offset += n;
    written = Math.min(offset, source.length);
  }
  await encoder.end();
  const bytes = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    bytes.set(p, o);
    o += p.length;
  }
  return { bytes, deliveries };
}

const SECONDS = 2;
const source = chord(SECONDS);
// Odd chunk sizes, like Kokoro segments of varied length, so frame boundaries never line up.
const CHUNKS = [7_777, 12_001, 3_001, 24_000];

/** Decoded duration may differ by codec delay/padding; lossless formats must match exactly. */
const DURATION_TOLERANCE_S: Record<AudioFormat, number> = { pcm: 0, wav: 0, flac: 0, opus: 0.03, mp3: 0.1, aac: 0.1 };

describe.each(AUDIO_FORMATS.filter((f) => f !== 'aac' || HAS_FFMPEG))('%s streaming encoder', (format) => {
  it('decodes back with a real decoder to the same duration and energy', async () => {
    const { bytes } = await streamEncode(format, source, CHUNKS);
    const decoded = await decodeAudio(format, bytes);
    const seconds = decoded.samples.length / decoded.sampleRate;
    expect(Math.abs(seconds - SECONDS)).toBeLessThanOrEqual(DURATION_TOLERANCE_S[format] + 1e-9);
    const ratio = rms(decoded.samples) / rms(source);
    expect(ratio).toBeGreaterThan(0.85);
    expect(ratio).toBeLessThan(1.15);
  });

  it('delivers encoded audio before end() is called (audio leaves with the first segment)', async () => {
    let firstAudio: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (firstAudio = resolve));
    let bytes = 0;
    const encoder = createEncoder(format, (b) => {
      bytes += b.length;
      // More than any header: real encoded audio. aac and flac deliver from a worker, a few
      // milliseconds after write() resolves, so the test waits for the bytes, not the call.
      if (bytes > 2_000) firstAudio();
    });
    await encoder.write(source.subarray(0, 24_000));
    await arrived;
    await encoder.end();
  });
});

describe('lossless formats', () => {
  it.each(['pcm', 'wav', 'flac'] as const)('%s round-trips 16-bit samples exactly', async (format) => {
    const { bytes } = await streamEncode(format, source, CHUNKS);
    const decoded = await decodeAudio(format, bytes);
    let maxError = 0;
    for (let i = 0; i < source.length; i++) maxError = Math.max(maxError, Math.abs(decoded.samples[i]! - source[i]!));
    expect(maxError).toBeLessThan(1 / 16_000);
  });

  it('wav streams with placeholder sizes, and writes exact sizes when the length is known', async () => {
    const streamed = await streamEncode('wav', source, CHUNKS);
    expect(decodeWav(streamed.bytes).declaredDataBytes).toBe(0xffffffff);
    const whole = await encodeAll('wav', source);
    expect(decodeWav(whole).declaredDataBytes).toBe(source.length * 2);
    expect(whole.length).toBe(44 + source.length * 2);
  });
});

describe('aac', () => {
  it('is a clean sequence of ADTS frames at 24 kHz covering the source (no decoder needed)', async () => {
    const { bytes } = await streamEncode('aac', source, CHUNKS);
    const adts = adtsDuration(bytes);
    expect(adts.sampleRate).toBe(24_000);
    // AAC adds one frame of priming and pads the last frame.
    expect(adts.seconds).toBeGreaterThanOrEqual(SECONDS);
    expect(adts.seconds).toBeLessThanOrEqual(SECONDS + 3 * 1024 / 24_000);
  });
});

describe('opus', () => {
  it('is an Ogg stream whose pages carry valid checksums and a final end-of-stream page', async () => {
    const { bytes } = await streamEncode('opus', source, CHUNKS);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('OggS');
    expect(String.fromCharCode(...bytes.subarray(28, 36))).toBe('OpusHead');
    // Find the last page header and check its EOS flag.
    let last = 0;
    for (let i = 0; i + 4 < bytes.length; i++) if (bytes[i] === 0x4f && bytes[i + 1] === 0x67 && bytes[i + 2] === 0x67 && bytes[i + 3] === 0x53) last = i;
    expect(bytes[last + 5]! & 0x04).toBe(0x04);
  });
});

describe('encoder errors', () => {
  it('rejects an unknown format with a coded error naming the field', () => {
    expect(() => createEncoder('ogg' as AudioFormat, () => undefined)).toThrow(expect.objectContaining({ code: 'KOKORO_SERVER_BAD_FORMAT', param: 'response_format' }));
  });
  it('rejects an input rate Opus cannot take', () => {
    expect(() => createEncoder('opus', () => undefined, { sampleRate: 22050 })).toThrow(expect.objectContaining({ code: 'KOKORO_SERVER_ENCODER_FAILED' }));
  });
});
