import { Mp3Encoder } from '@breezystack/lamejs';

import { ServerError } from '../errors';
import type { EncodedSink, EncoderOptions, StreamEncoder } from './encoder';
import { floatToInt16 } from './pcm';

/** MPEG-2 Layer III (the rates Kokoro and its neighbours use) plus MPEG-1 rates. */
const MP3_RATES = new Set([8000, 11025, 12000, 16000, 22050, 24000, 32000, 44100, 48000]);

/**
 * MP3 through @breezystack/lamejs (LAME in plain JavaScript; no WebAssembly, no worker, so
 * there is no start-up cost). Frames are emitted as LAME completes them; at 24 kHz one frame
 * holds 576 samples (24 ms). No Xing/LAME info frame is written, so the stream is a plain
 * sequence of frames that can be cut anywhere, which is what streaming needs.
 * @internal
 */
export function createMp3Encoder(sink: EncodedSink, options: EncoderOptions = {}): StreamEncoder {
  const rate = options.sampleRate ?? 24000;
  if (!MP3_RATES.has(rate)) {
    throw new ServerError('KOKORO_SERVER_ENCODER_FAILED', `MP3 needs a sample rate of ${[...MP3_RATES].join(', ')} Hz; got ${rate}.`);
  }
  const kbps = Math.round((options.bitrate ?? 64000) / 1000);
  const encoder = new Mp3Encoder(1, rate, kbps);
  let ended = false;
  const emit = (bytes: Uint8Array): void => {
    if (bytes.length > 0) sink(new Uint8Array(bytes));
  };
  return {
    format: 'mp3',
    write(samples) {
      // LAME keeps a reference to its input only during the call; 1152-sample blocks keep
      // its internal buffers small.
      const ints = floatToInt16(samples);
      for (let i = 0; i < ints.length; i += 1152) emit(encoder.encodeBuffer(ints.subarray(i, i + 1152)));
      return Promise.resolve();
    },
    end() {
      if (!ended) {
        ended = true;
        emit(encoder.flush());
      }
      return Promise.resolve();
    },
    abort() {
      ended = true;
    },
  };
}
