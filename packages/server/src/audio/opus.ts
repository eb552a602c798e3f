import OpusScript from 'opusscript';

import { ServerError } from '../errors';
import type { EncodedSink, EncoderOptions, StreamEncoder } from './encoder';
import { OGG_BOS, OGG_EOS, OggPageWriter } from './ogg';

/** Opus accepts these input rates natively; 24 kHz (Kokoro's) needs no resampling. */
const OPUS_RATES = new Set([8000, 12000, 16000, 24000, 48000]);
const FRAME_MS = 20;
/** libopus's encoder lookahead is 6.5 ms: 312 samples at 48 kHz, the usual pre-skip. */
const PRE_SKIP_48K = 312;

function opusHead(inputRate: number): Uint8Array {
  const head = new Uint8Array(19);
  const view = new DataView(head.buffer);
  head.set(new TextEncoder().encode('OpusHead'), 0);
  head[8] = 1;
  head[9] = 1;
  view.setUint16(10, PRE_SKIP_48K, true);
  view.setUint32(12, inputRate, true);
  view.setInt16(16, 0, true);
  head[18] = 0;
  return head;
}

function opusTags(vendor: string): Uint8Array {
  const v = new TextEncoder().encode(vendor);
  const tags = new Uint8Array(8 + 4 + v.length + 4);
  const view = new DataView(tags.buffer);
  tags.set(new TextEncoder().encode('OpusTags'), 0);
  view.setUint32(8, v.length, true);
  tags.set(v, 12);
  view.setUint32(12 + v.length, 0, true);
  return tags;
}

/**
 * Ogg Opus (RFC 7845) through opusscript (libopus compiled to WebAssembly). The 24 kHz input
 * is encoded at its own rate (a valid Opus input rate), so no resampling happens; decoders
 * play it at 48 kHz as Opus always does. Each `write` ends with a page flush so a segment's
 * audio is on the wire as soon as it is encoded.
 * @internal
 */
export function createOpusEncoder(sink: EncodedSink, options: EncoderOptions = {}): StreamEncoder {
  const rate = options.sampleRate ?? 24000;
  if (!OPUS_RATES.has(rate)) {
    throw new ServerError('KOKORO_SERVER_ENCODER_FAILED', `Opus needs an input rate of 8000, 12000, 16000, 24000 or 48000 Hz; got ${rate}. Resample before encoding.`);
  }
  const frameSize = (rate * FRAME_MS) / 1000;
  const toGranule = 48000 / rate;
  let encoder: OpusScript | null = new OpusScript(rate as 24000, 1, OpusScript.Application.AUDIO);
  encoder.setBitrate(options.bitrate ?? 32000);
  const writer = new OggPageWriter((Math.random() * 0xffffffff) >>> 0);
  const pending = new Int16Array(frameSize);
  let pendingCount = 0;
  let samplesIn = 0;
  let framesOut = 0;
  let ended = false;
  let headerSent = false;

  const sendHeaders = (): void => {
    if (headerSent) return;
    headerSent = true;
    for (const page of writer.pages([opusHead(rate)], 0n, OGG_BOS)) sink(page);
    for (const page of writer.pages([opusTags('kokoro-ts')], 0n)) sink(page);
  };
  const encodeFrame = (): Uint8Array => {
    if (!encoder) throw new ServerError('KOKORO_SERVER_ENCODER_FAILED', 'The Opus encoder was used after abort(); create a new encoder per stream.');
    const packet = encoder.encode(Buffer.from(pending.buffer, pending.byteOffset, pending.byteLength), frameSize);
    framesOut++;
    pendingCount = 0;
    return new Uint8Array(packet);
  };
  const granule = (): bigint => BigInt(PRE_SKIP_48K + framesOut * frameSize * toGranule);

  return {
    format: 'opus',
    write(samples) {
      sendHeaders();
      const packets: Uint8Array[] = [];
      for (let i = 0; i < samples.length; i++) {
        const s = samples[i]!;
        const c = s > 1 ? 1 : s < -1 ? -1 : s;
        pending[pendingCount++] = Math.round(c * 0x7fff);
        if (pendingCount === frameSize) packets.push(encodeFrame());
      }
      samplesIn += samples.length;
      if (packets.length > 0) for (const page of writer.pages(packets, granule())) sink(page);
      return Promise.resolve();
    },
    end() {
      if (ended) return Promise.resolve();
      ended = true;
      sendHeaders();
      const packets: Uint8Array[] = [];
      if (pendingCount > 0) {
        pending.fill(0, pendingCount);
        packets.push(encodeFrame());
      }
      // The last page's granule marks where real audio stops, so decoders trim the padding.
      const final = BigInt(PRE_SKIP_48K + Math.round(samplesIn * toGranule));
      for (const page of writer.pages(packets, final, OGG_EOS)) sink(page);
      this.abort();
      return Promise.resolve();
    },
    abort() {
      encoder?.delete();
      encoder = null;
    },
  };
}
