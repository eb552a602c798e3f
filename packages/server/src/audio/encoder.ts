/** The response formats of OpenAI's speech API, all supported here. */
export const AUDIO_FORMATS = ['mp3', 'opus', 'aac', 'flac', 'wav', 'pcm'] as const;

/** One of {@link AUDIO_FORMATS}. */
export type AudioFormat = (typeof AUDIO_FORMATS)[number];

/** Content-Type sent for each format. */
export const AUDIO_CONTENT_TYPES: Readonly<Record<AudioFormat, string>> = Object.freeze({
  mp3: 'audio/mpeg',
  opus: 'audio/ogg; codecs=opus',
  aac: 'audio/aac',
  flac: 'audio/flac',
  wav: 'audio/wav',
  pcm: 'audio/pcm',
});

/** Where an encoder delivers its bytes, in order, as soon as they exist. */
export type EncodedSink = (bytes: Uint8Array) => void;

/**
 * A streaming encoder for 24 kHz mono float audio. Bytes reach the sink during `write`
 * whenever the codec has them (some codecs deliver a little later, from a worker); after
 * `end()` resolves every byte has been delivered.
 */
export interface StreamEncoder {
  /** The format produced. */
  readonly format: AudioFormat;
  /** Encodes more samples (float, [-1, 1], the encoder's sample rate). */
  write(samples: Float32Array): Promise<void>;
  /** Flushes the codec and writes the stream trailer. Call once. */
  end(): Promise<void>;
  /** Releases codec resources without finishing the stream (client went away). Idempotent. */
  abort(): void;
}

/** Options of {@link createEncoder}. */
export interface EncoderOptions {
  /** Input sample rate in Hz. Default 24000 (Kokoro's). */
  sampleRate?: number;
  /** Target bitrate in bits per second for the lossy formats (mp3, opus, aac). Default 64000 (mp3, aac), 32000 (opus). */
  bitrate?: number;
  /**
   * Total samples when known up front (whole-file responses): wav then writes exact sizes
   * instead of the streaming placeholder. Default: unknown.
   */
  totalSamples?: number;
}
