import { execFileSync, spawnSync } from 'node:child_process';

import { FLACDecoder } from '@wasm-audio-decoders/flac';
import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';

/** Decoded mono audio: samples and their rate. */
export interface Decoded {
  samples: Float32Array;
  sampleRate: number;
}

/** True when a system ffmpeg is on PATH (used only as the AAC decoder in tests). */
export const HAS_FFMPEG = spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;

function ffmpegDecode(bytes: Uint8Array, inputFormat: string): Decoded {
  const out = execFileSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', inputFormat, '-i', 'pipe:0', '-f', 'f32le', '-ac', '1', 'pipe:1'], { input: bytes, maxBuffer: 1 << 28 });
  const copy = new Uint8Array(out);
  return { samples: new Float32Array(copy.buffer, 0, copy.length / 4), sampleRate: 24000 };
}

/** Parses 16-bit PCM mono WAV, accepting the streaming placeholder sizes. */
export function decodeWav(bytes: Uint8Array): Decoded & { declaredDataBytes: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o: number): string => String.fromCharCode(...bytes.subarray(o, o + 4));
  if (tag(0) !== 'RIFF' || tag(8) !== 'WAVE' || tag(12) !== 'fmt ' || tag(36) !== 'data') throw new Error('not a canonical WAV');
  if (view.getUint16(20, true) !== 1 || view.getUint16(22, true) !== 1 || view.getUint16(34, true) !== 16) throw new Error('not PCM16 mono');
  return { ...decodePcm(bytes.subarray(44), view.getUint32(24, true)), declaredDataBytes: view.getUint32(40, true) };
}

/** s16le mono. */
export function decodePcm(bytes: Uint8Array, sampleRate = 24000): Decoded {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const samples = new Float32Array(bytes.length >> 1);
  for (let i = 0; i < samples.length; i++) samples[i] = view.getInt16(i * 2, true) / 0x8000;
  return { samples, sampleRate };
}

/** Decodes any response format with a real decoder (wasm decoders; ffmpeg for AAC). */
export async function decodeAudio(format: string, bytes: Uint8Array): Promise<Decoded> {
  switch (format) {
    case 'pcm':
      return decodePcm(bytes);
    case 'wav':
      return decodeWav(bytes);
    case 'mp3': {
      const d = new MPEGDecoder();
      await d.ready;
      const r = d.decode(bytes);
      d.free();
      return { samples: r.channelData[0]!, sampleRate: r.sampleRate };
    }
    case 'opus': {
      const d = new OggOpusDecoder();
      await d.ready;
      const r = await d.decodeFile(bytes);
      d.free();
      return { samples: r.channelData[0]!, sampleRate: r.sampleRate };
    }
    case 'flac': {
      const d = new FLACDecoder();
      await d.ready;
      const r = await d.decodeFile(bytes);
      d.free();
      return { samples: r.channelData[0]!, sampleRate: r.sampleRate };
    }
    case 'aac':
      return ffmpegDecode(bytes, 'aac');
    default:
      throw new Error(`no decoder for ${format}`);
  }
}

/** Root-mean-square level. */
export function rms(samples: Float32Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return Math.sqrt(sum / Math.max(1, samples.length));
}

/** A deterministic test signal: a three-tone chord with a silent gap, like speech with a pause. */
export function chord(seconds: number, sampleRate = 24000): Float32Array {
  const out = new Float32Array(Math.round(seconds * sampleRate));
  for (let i = 0; i < out.length; i++) {
    const t = i / sampleRate;
    const gap = t > seconds * 0.45 && t < seconds * 0.55;
    out[i] = gap ? 0 : 0.25 * Math.sin(2 * Math.PI * 220 * t) + 0.15 * Math.sin(2 * Math.PI * 660 * t) + 0.08 * Math.sin(2 * Math.PI * 1500 * t);
  }
  return out;
}

/** Walks ADTS frame headers (no decoding): sample rate and total samples the frames carry. */
export function adtsDuration(bytes: Uint8Array): { frames: number; sampleRate: number; seconds: number } {
  const RATES = [96000, 88200, 64000, 48000, 44100, 32000, 24000, 22050, 16000, 12000, 11025, 8000, 7350];
  let offset = 0;
  let frames = 0;
  let sampleRate = 0;
  while (offset + 7 <= bytes.length) {
    if (bytes[offset] !== 0xff || (bytes[offset + 1]! & 0xf6) !== 0xf0) throw new Error(`no ADTS sync at byte ${offset}`);
    sampleRate = RATES[(bytes[offset + 2]! >> 2) & 0x0f]!;
    const length = ((bytes[offset + 3]! & 0x03) << 11) | (bytes[offset + 4]! << 3) | (bytes[offset + 5]! >> 5);
    frames += (bytes[offset + 6]! & 0x03) + 1;
    offset += length;
  }
  if (offset !== bytes.length) throw new Error('truncated ADTS frame');
  return { frames, sampleRate, seconds: (frames * 1024) / sampleRate };
}
