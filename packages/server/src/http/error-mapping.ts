import { isServerError, SERVER_ERROR_CODES } from '../errors';

/** OpenAI's error body. */
export interface OpenAIErrorBody {
  error: { message: string; type: string; param: string | null; code: string | null };
}

/** An error turned into a response: status, body, extra headers, and whether to log it as a fault. */
export interface MappedError {
  status: number;
  body: OpenAIErrorBody;
  headers: Record<string, string>;
  /** True for 5xx that are our fault (logged with stack); false for client errors. */
  internal: boolean;
}

/** Lower-layer codes and how they surface: status and the request field they concern. */
const FOREIGN_CODES: Readonly<Record<string, { status: number; param: string | null }>> = {
  KOKORO_ENGINE_EMPTY_INPUT: { status: 400, param: 'input' },
  KOKORO_ENGINE_INPUT_TOO_LONG: { status: 400, param: 'input' },
  KOKORO_ENGINE_BAD_SPEED: { status: 400, param: 'speed' },
  KOKORO_ENGINE_UNKNOWN_VOICE: { status: 400, param: 'voice' },
  KOKORO_ENGINE_BAD_VOICE_SPEC: { status: 400, param: 'voice' },
  KOKORO_ENGINE_BAD_TOKEN: { status: 400, param: 'input' },
  KOKORO_ENGINE_BAD_OPTIONS: { status: 400, param: null },
  KOKORO_ENGINE_MODEL_MISSING: { status: 503, param: null },
  KOKORO_ENGINE_BAD_MODEL: { status: 503, param: null },
  KOKORO_ENGINE_DISPOSED: { status: 503, param: null },
  KOKORO_SESSIONS_OVERLOADED: { status: 429, param: null },
  KOKORO_SESSIONS_TIMEOUT: { status: 503, param: null },
};

const TYPE_BY_STATUS: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  404: 'invalid_request_error',
  413: 'invalid_request_error',
  415: 'invalid_request_error',
  429: 'rate_limit_error',
  500: 'server_error',
  503: 'service_unavailable',
};

interface FastifyLikeError {
  code?: unknown;
  statusCode?: unknown;
  message?: unknown;
  validation?: { instancePath?: string; params?: Record<string, unknown>; message?: string }[];
  validationContext?: string;
}

function body(status: number, message: string, code: string | null, param: string | null): OpenAIErrorBody {
  return { error: { message, type: TYPE_BY_STATUS[status] ?? 'server_error', param, code } };
}

function validationParam(v: NonNullable<FastifyLikeError['validation']>[number]): string | null {
  const path = (v.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  const missing = v.params?.missingProperty ?? v.params?.additionalProperty;
  if (typeof missing === 'string') return path ? `${path}.${missing}` : missing;
  return path || null;
}

/**
 * Maps any thrown value to an OpenAI-shaped error response. Messages of our own and sibling
 * packages' coded errors are written for users and pass through; anything else becomes a
 * generic 500 so no stack or internal detail reaches a client.
 * @internal
 */
export function mapError(error: unknown): MappedError {
  if (isServerError(error)) {
    const headers: Record<string, string> = {};
    if (error.retryAfterMs !== undefined) headers['retry-after'] = String(Math.max(1, Math.ceil(error.retryAfterMs / 1000)));
    const status = SERVER_ERROR_CODES[error.code];
    return { status, body: body(status, error.message, error.code, error.param), headers, internal: status >= 500 && error.code !== 'KOKORO_SERVER_NOT_READY' && error.code !== 'KOKORO_SERVER_SHUTTING_DOWN' && error.code !== 'KOKORO_SERVER_TIMEOUT' };
  }
  const e = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;
  const code = typeof e.code === 'string' ? e.code : null;
  const message = typeof e.message === 'string' ? e.message : 'Unknown error';
  if (code !== null && FOREIGN_CODES[code]) {
    const { status, param } = FOREIGN_CODES[code];
    const headers: Record<string, string> = {};
    const retry = (error as { retryAfterMs?: unknown }).retryAfterMs;
    if (status === 429) headers['retry-after'] = String(typeof retry === 'number' ? Math.max(1, Math.ceil(retry / 1000)) : 1);
    return { status, body: body(status, message, code, param), headers, internal: false };
  }
  if (code?.startsWith('KOKORO_G2P_')) return { status: 400, body: body(400, message, code, 'input'), headers: {}, internal: false };
  if (Array.isArray(e.validation) && e.validation.length > 0) {
    const first = e.validation[0]!;
    const param = validationParam(first);
    const text = `Invalid request: ${param ?? e.validationContext ?? 'body'} ${first.message ?? 'is invalid'}.`;
    return { status: 400, body: body(400, text, 'KOKORO_SERVER_BAD_REQUEST', param), headers: {}, internal: false };
  }
  switch (code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, body: body(413, 'Request body is too large. Shorten the input or raise --body-limit (KOKORO_BODY_LIMIT_BYTES).', 'KOKORO_SERVER_BODY_TOO_LARGE', null), headers: {}, internal: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 415, body: body(415, 'Unsupported Content-Type: send the request body as JSON with "Content-Type: application/json".', 'KOKORO_SERVER_UNSUPPORTED_MEDIA_TYPE', null), headers: {}, internal: false };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, body: body(400, 'The request body is not valid JSON. Send a JSON object, e.g. {"model":"kokoro","input":"Hello","voice":"af_heart"}.', 'KOKORO_SERVER_BAD_REQUEST', null), headers: {}, internal: false };
    default:
      break;
  }
  const statusCode = typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (statusCode === 400 && error instanceof SyntaxError) {
    return { status: 400, body: body(400, 'The request body is not valid JSON. Send a JSON object, e.g. {"model":"kokoro","input":"Hello","voice":"af_heart"}.', 'KOKORO_SERVER_BAD_REQUEST', null), headers: {}, internal: false };
  }
  if (statusCode >= 400 && statusCode < 500) {
    return { status: statusCode, body: body(statusCode, message, code, null), headers: {}, internal: false };
  }
  return { status: 500, body: body(500, 'Internal server error. The server log has the details.', 'KOKORO_SERVER_INTERNAL', null), headers: {}, internal: true };
}
