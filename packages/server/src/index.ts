export { AUDIO_CONTENT_TYPES, AUDIO_FORMATS } from './audio/encoder';
export type { AudioFormat, EncodedSink, EncoderOptions, StreamEncoder } from './audio/encoder';
export { createEncoder, encodeAll } from './audio/create-encoder';
export { SERVER_ERROR_CODES, ServerError, isServerError } from './errors';
export type { ServerErrorCode, ServerErrorOptions } from './errors';
