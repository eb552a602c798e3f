import { ServerError } from '../errors';
import type { AudioFormat, EncodedSink, EncoderOptions, StreamEncoder } from './encoder';
import { AUDIO_FORMATS } from './encoder';
import { createMediabunnyEncoder } from './mediabunny';
import { createMp3Encoder } from './mp3';
import { createOpusEncoder } from './opus';
import { floatToS16leBytes } from './pcm';
import { wavHeader } from './wav';

function createPcmEncoder(sink: EncodedSink, format: 'pcm' | 'wav', options: EncoderOptions): StreamEncoder {
  const rate = options.sampleRate ?? 24000;
  let headerSent = format === 'pcm';
  return {
    format,
    write(samples) {
      if (!headerSent) {
        headerSent = true;
        sink(wavHeader(rate, options.totalSamples === undefined ? undefined : options.totalSamples * 2));
      }
      sink(floatToS16leBytes(samples));
      return Promise.resolve();
    },
    end() {
      if (!headerSent) {
        headerSent = true;
        sink(wavHeader(rate, options.totalSamples === undefined ? undefined : options.totalSamples * 2));
      }
      return Promise.resolve();
    },
    abort() {},
  };
}

/**
 * A streaming encoder for one response. Bytes go to `sink` in order as soon as the codec has
 * them. pcm is s16le mono at the input rate (24 kHz); wav is the same with a RIFF header
 * (streaming placeholder sizes unless `totalSamples` is given); mp3 is LAME and opus is Ogg
 * Opus via libopus, both WebAssembly in this thread; aac (ADTS, libavcodec) and flac (libFLAC)
 * use mediabunny's WebAssembly encoders in a worker thread. Throws `KOKORO_SERVER_BAD_FORMAT` for an unknown format.
 */
export function createEncoder(format: AudioFormat, sink: EncodedSink, options: EncoderOptions = {}): StreamEncoder {
  switch (format) {
    case 'pcm':
    case 'wav':
      return createPcmEncoder(sink, format, options);
    case 'opus':
      return createOpusEncoder(sink, options);
    case 'mp3':
      return createMp3Encoder(sink, options);
    case 'aac':
    case 'flac':
      return createMediabunnyEncoder(format, sink, options);
    default:
      throw new ServerError('KOKORO_SERVER_BAD_FORMAT', `Unknown audio format ${JSON.stringify(format)}; expected one of ${AUDIO_FORMATS.join(', ')}.`, { param: 'response_format' });
  }
}

/** Encodes a whole clip in one go (CLI `say`, non-streamed responses). */
export async function encodeAll(format: AudioFormat, samples: Float32Array, options: EncoderOptions = {}): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const encoder = createEncoder(format, (b) => parts.push(b), { totalSamples: samples.length, ...options });
  await encoder.write(samples);
  await encoder.end();
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
