import { AdtsOutputFormat, AudioSample, AudioSampleSource, FlacOutputFormat, Output, StreamTarget } from 'mediabunny';
import type { OutputFormat, StreamTargetChunk } from 'mediabunny';

import { ServerError } from '../errors';
import type { EncodedSink, EncoderOptions, StreamEncoder } from './encoder';

let registered: Promise<void> | null = null;

/**
 * Registers mediabunny's AAC (libavcodec) and FLAC (libFLAC) WebAssembly encoders once, on
 * first use: a few MiB of code that a process which never encodes them never loads.
 */
function registerCodecs(): Promise<void> {
  registered ??= Promise.all([import('@mediabunny/aac-encoder'), import('@mediabunny/flac-encoder')]).then(([aac, flac]) => {
    aac.registerAacEncoder();
    flac.registerFlacEncoder();
  });
  return registered;
}

/** Imports and registers the codec modules ahead of the first request (errors surface on use). @internal */
export function preloadCodecs(): Promise<void> {
  return registerCodecs().catch(() => undefined);
}

/** Formats encoded through mediabunny. @internal */
export type MediabunnyFormat = 'aac' | 'flac';

/**
 * AAC in ADTS frames and native FLAC through mediabunny's muxers and its WebAssembly codec
 * extensions, which encode in a worker thread: the event loop stays free for other requests
 * while a long segment encodes. Each encoder starts its worker when created, so the start-up
 * overlaps the first inference. The muxers write forward only, except that finalizing FLAC
 * rewrites STREAMINFO at the start with the totals: on a stream that rewrite cannot be sent,
 * so the header keeps "total samples unknown", which FLAC allows.
 * @internal
 */
export function createMediabunnyEncoder(format: MediabunnyFormat, sink: EncodedSink, options: EncoderOptions = {}): StreamEncoder {
  const rate = options.sampleRate ?? 24000;
  let sent = 0;
  let failure: unknown = null;
  let aborted = false;
  const target = new StreamTarget(
    new WritableStream<StreamTargetChunk>({
      write(chunk) {
        if (aborted) return;
        // Only forward-moving writes can be streamed; see above for the one rewrite.
        if (chunk.position !== sent) return;
        sent += chunk.data.length;
        sink(chunk.data);
      },
    }),
  );
  const outputFormat: OutputFormat = format === 'aac' ? new AdtsOutputFormat() : new FlacOutputFormat();
  const output = new Output({ format: outputFormat, target });
  const source = new AudioSampleSource(format === 'aac' ? { codec: 'aac', bitrate: options.bitrate ?? 64000 } : { codec: 'flac' });
  output.addAudioTrack(source);
  const started = registerCodecs().then(() => output.start());
  started.catch((error: unknown) => {
    failure = error;
  });
  let timestamp = 0;
  const fail = (error: unknown): ServerError =>
    new ServerError('KOKORO_SERVER_ENCODER_FAILED', `The ${format} encoder failed: ${error instanceof Error ? error.message : String(error)}. Try another response_format; report it if it persists.`, { cause: error });
  return {
    format,
    async write(samples) {
      if (failure) throw fail(failure);
      try {
        await started;
        const sample = new AudioSample({ data: samples, format: 'f32', numberOfChannels: 1, sampleRate: rate, timestamp });
        timestamp += samples.length / rate;
        await source.add(sample);
        sample.close();
      } catch (error) {
        throw fail(error);
      }
    },
    async end() {
      try {
        await started;
        await output.finalize();
      } catch (error) {
        throw fail(error);
      }
    },
    abort() {
      if (aborted) return;
      aborted = true;
      void started.then(() => output.cancel()).catch(() => undefined);
    },
  };
}
