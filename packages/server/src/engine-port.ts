/**
 * The part of `@kokoro-ts/engine`'s `Engine` the server uses, as a structural type so the
 * server takes any engine (the real one, or one on the synthetic test model) as a dependency.
 */

/** A word's time span in the audio. */
export interface SpeechWordTimestamp {
  word: string;
  /** Seconds from the start of the whole response. */
  start: number;
  end: number;
  /** True when the model gave no durations and the span is estimated from text. */
  estimated: boolean;
}

/** One streamed piece of audio (one text segment). */
export interface SpeechAudioChunk {
  index: number;
  /** Float samples at 24 kHz. */
  audio: Float32Array;
  text: string;
  phonemes: string;
  startSample: number;
  words: SpeechWordTimestamp[];
}

/** Per-request options the server passes to the engine. */
export interface SpeechSynthesisOptions {
  voice?: string;
  speed?: number;
  lang?: 'en-us' | 'en-gb';
  /** Text normalization: `false` none, `true` the engine's, or rule switches (`{ currency: false }`). */
  normalize?: boolean | Record<string, boolean | string>;
  signal?: AbortSignal;
  timestamps?: boolean;
}

/** A voice the engine can speak with. */
export interface SpeechVoiceInfo {
  id: string;
  language: string;
  gender: string;
  name: string;
}

/** What the server needs from an engine. `@kokoro-ts/engine`'s `Engine` satisfies it. */
export interface SpeechEngine {
  stream(text: string, options?: SpeechSynthesisOptions): AsyncIterable<SpeechAudioChunk>;
  phonemize(text: string, options?: { lang?: 'en-us' | 'en-gb'; normalize?: boolean | Record<string, boolean | string> }): { phonemes: string; tokens: number[] } | Promise<{ phonemes: string; tokens: number[] }>;
  voices(): readonly SpeechVoiceInfo[];
  /** Plain-data engine metrics; numbers found in it are exported on /metrics. */
  metrics?(): unknown;
  dispose(): Promise<void>;
}
