import { createMp3Encoder as createWasmMp3Encoder } from 'wasm-media-encoders';

import { ServerError } from '../errors';
import type { EncodedSink, EncoderOptions, StreamEncoder } from './encoder';

type CbrKbps = 8 | 16 | 24 | 32 | 40 | 48 | 64 | 80 | 96 | 112 | 128 | 160 | 192 | 224 | 256 | 320;
const CBR: readonly CbrKbps[] = [8, 16, 24, 32, 40, 48, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MP3_RATES = new Set([8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000]);

/**
 * MP3 through wasm-media-encoders (LAME compiled to WebAssembly, run in this thread). It starts
 * in milliseconds (no worker), so the first frame leaves right after the first inference, and
 * encodes a 0.5 s slice in a few milliseconds. At 24 kHz this is MPEG-2 Layer III, constant
 * bitrate, no Xing header: a plain frame sequence that can be cut anywhere.
 * @internal
 */
export function createMp3Encoder(sink: EncodedSink, options: EncoderOptions = {}): StreamEncoder {
  const rate = options.sampleRate ?? 24000;
  if (!MP3_RATES.has(rate)) {
    throw new ServerError('KOKORO_SERVER_ENCODER_FAILED', `MP3 needs a sample rate of ${[...MP3_RATES].join(', ')} Hz; got ${rate}.`);
  }
  const wanted = Math.round((options.bitrate ?? 64000) / 1000);
  const bitrate = CBR.reduce((best, b) => (Math.abs(b - wanted) < Math.abs(best - wanted) ? b : best), 64 as CbrKbps);
  const encoder = createWasmMp3Encoder().then((e) => {
    e.configure({ sampleRate: rate, channels: 1, bitrate });
    return e;
  });
  // Surface a failed start on first use, not as an unhandled rejection.
  encoder.catch(() => undefined);
  let done = false;
  const fail = (error: unknown): ServerError =>
    new ServerError('KOKORO_SERVER_ENCODER_FAILED', `The mp3 encoder failed: ${(error as Error).message}. Try another response_format; report it if it persists.`, { cause: error });
  // The encoder returns a view into WebAssembly memory that the next call overwrites: copy it.
  const emit = (bytes: Uint8Array): void => {
    if (bytes.length > 0) sink(bytes.slice());
  };
  return {
    format: 'mp3',
    async write(samples) {
      if (done) return;
      try {
        emit((await encoder).encode([samples]));
      } catch (error) {
        throw fail(error);
      }
    },
    async end() {
      if (done) return;
      done = true;
      try {
        emit((await encoder).finalize());
      } catch (error) {
        throw fail(error);
      }
    },
    abort() {
      done = true;
    },
  };
}
