/**
 * `@kokoro-ts/server`: an OpenAI-compatible speech server on Kokoro (Fastify), its streaming
 * audio encoders, and the `kokoro` CLI (`dist/cli.js`).
 * @packageDocumentation
 */
export { buildApp } from './app';
export type { BuildAppOptions, KokoroApp } from './app';
export { createServer } from './server';
export type { CreateServerOptions, KokoroServer } from './server';
export { DEFAULT_SERVER_CONFIG, fromEnv, resolveServerConfig, serverConfigFromEnv } from './config';
export type { ServerConfig, ServerConfigInput, ServerEnv, ServerLimits } from './config';
export type { SpeechAudioChunk, SpeechEngine, SpeechSynthesisOptions, SpeechVoiceInfo, SpeechWordTimestamp } from './engine-port';
export { MODEL_HINT } from './http/engine-state';
export type { ReadinessReport } from './http/engine-state';
export { ACCEPTED_MODELS } from './http/schemas';
export type { SpeechRequestBody } from './http/schemas';
export { MAX_BLEND_VOICES, OPENAI_VOICE_MAP, resolveVoice } from './voices';
export type { ResolvedVoice } from './voices';
export { AUDIO_CONTENT_TYPES, AUDIO_FORMATS } from './audio/encoder';
export type { AudioFormat, EncodedSink, EncoderOptions, StreamEncoder } from './audio/encoder';
export { createEncoder, encodeAll } from './audio/create-encoder';
export { SERVER_ERROR_CODES, ServerError, isServerError } from './errors';
export type { ServerErrorCode, ServerErrorOptions } from './errors';
