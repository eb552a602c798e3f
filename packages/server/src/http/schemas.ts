import { AUDIO_FORMATS } from '../audio/encoder';
import { normalizeFieldSchema, type NormalizeField } from './normalize-field';

/** Model names accepted in `model`: Kokoro's own and OpenAI's speech models (all served by Kokoro). */
export const ACCEPTED_MODELS = ['kokoro', 'tts-1', 'tts-1-hd', 'gpt-4o-mini-tts'] as const;

/** The body of POST /v1/audio/speech (OpenAI's fields plus Kokoro extras). */
export interface SpeechRequestBody {
  model?: string;
  input: string;
  voice?: string;
  response_format?: (typeof AUDIO_FORMATS)[number];
  speed?: number;
  stream_format?: 'audio' | 'sse';
  /** Accepted for OpenAI compatibility and ignored: Kokoro has no instruction-following. */
  instructions?: string;
  lang?: 'en-us' | 'en-gb';
  /** Kokoro extra: `false`, `true`, or rule switches such as `{ currency: false }`. */
  normalize?: NormalizeField;
  pronunciations?: Record<string, string>;
  /** Timestamps endpoint only: NDJSON stream instead of one JSON object. */
  stream?: boolean;
}

const errorSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { message: { type: 'string' }, type: { type: 'string' }, param: { type: ['string', 'null'] }, code: { type: ['string', 'null'] } },
    },
  },
} as const;

/** Standard error responses for the OpenAPI document. @internal */
export const ERROR_RESPONSES = { 400: errorSchema, 401: errorSchema, 413: errorSchema, 429: errorSchema, 500: errorSchema, 503: errorSchema } as const;

/** JSON schema of the speech request; `maxInputChars` is checked in the handler for a clearer message. @internal */
export function speechBodySchema(withStream: boolean): Record<string, unknown> {
  return {
    type: 'object',
    required: ['input'],
    properties: {
      model: { type: 'string', maxLength: 64, description: `One of ${ACCEPTED_MODELS.join(', ')} (all synthesize with Kokoro).`, default: 'kokoro' },
      input: { type: 'string', minLength: 1, description: 'Text to speak (limit: --max-input-chars, default 4096).' },
      voice: { type: 'string', minLength: 1, maxLength: 600, description: 'Kokoro voice id (af_heart), blend (af_bella(2)+af_sky(1)) or OpenAI voice name (alloy, ash, ...; see the mapping table).' },
      response_format: { type: 'string', enum: [...AUDIO_FORMATS], default: 'mp3' },
      speed: { type: 'number', minimum: 0.25, maximum: 4, default: 1 },
      stream_format: { type: 'string', enum: ['audio', 'sse'], default: 'audio', description: 'audio: the encoded file, chunked. sse: speech.audio.delta events with base64 audio, then speech.audio.done.' },
      instructions: { type: 'string', maxLength: 4096, description: 'Accepted for OpenAI compatibility and ignored (Kokoro does not follow instructions).' },
      lang: { type: 'string', enum: ['en-us', 'en-gb'], description: 'Kokoro extra: G2P language; default from the voice (a* en-us, b* en-gb).' },
      normalize: normalizeFieldSchema(),
      pronunciations: { type: 'object', additionalProperties: { type: 'string', minLength: 1, maxLength: 256 }, maxProperties: 512, description: 'Kokoro extra: word -> phonemes (misaki notation) for this request, e.g. {"Kokoro": "kˈOkəɹO"}; applied to whole words in any case.' },
      ...(withStream ? { stream: { type: 'boolean', default: false, description: 'Stream NDJSON, one line per segment, then a done line.' } } : {}),
    },
  };
}
