import { ServerError } from './errors';

/** Size and time limits. Every one is configurable by option, flag and environment variable. */
export interface ServerLimits {
  /** Longest `input` accepted, in characters (OpenAI's limit). Default 4096. Env `KOKORO_MAX_INPUT_CHARS`. */
  maxInputChars: number;
  /** Largest request body, in bytes; larger gets 413. Default 262144 (256 KiB). Env `KOKORO_BODY_LIMIT_BYTES`. */
  bodyLimitBytes: number;
  /** Longest a synthesis request may run before it is aborted, in ms. Default 120000. Env `KOKORO_REQUEST_TIMEOUT_MS`. */
  requestTimeoutMs: number;
  /** Syntheses that run at once; more wait in the queue. Default 2. Env `KOKORO_MAX_CONCURRENT`. */
  maxConcurrent: number;
  /** Requests that may wait for a synthesis slot; beyond that the server answers 429. Default 32. Env `KOKORO_MAX_QUEUE`. */
  maxQueue: number;
}

/** Everything the HTTP server is configured with. Build it with {@link resolveServerConfig}. */
export interface ServerConfig {
  /** Interface to listen on. Default `127.0.0.1` (loopback only). Env `KOKORO_HOST`. */
  host: string;
  /** TCP port; 0 picks a free one. Default 8880. Env `KOKORO_PORT`. */
  port: number;
  /** Accepted Bearer API keys; empty = no authentication. Env `KOKORO_API_KEYS` (comma-separated). */
  apiKeys: readonly string[];
  /** A file with one API key per line (`#` comments), read at start. Env `KOKORO_API_KEY_FILE`. */
  apiKeyFile: string | undefined;
  /** Origins allowed by CORS; empty = CORS closed. `*` allows any. Env `KOKORO_CORS_ORIGINS` (comma-separated). */
  corsOrigins: readonly string[];
  /** Limits. */
  limits: ServerLimits;
  /** How long SIGTERM / close() waits for in-flight streams before aborting them, in ms. Default 10000. Env `KOKORO_DRAIN_TIMEOUT_MS`. */
  drainTimeoutMs: number;
  /** pino log level. Default `info`. Env `KOKORO_LOG_LEVEL`. */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Log the request text (privacy: off by default). Env `KOKORO_LOG_TEXT=1`. */
  logText: boolean;
  /** Voice used when a request names none (the field is required by OpenAI, optional here). Default `af_heart`. Env `KOKORO_DEFAULT_VOICE`. */
  defaultVoice: string;
  /** Model file path for the engine. Env `KOKORO_MODEL_PATH`. */
  modelPath: string | undefined;
  /** Voices directory or `.npz`/`.bin` file for the engine. Env `KOKORO_VOICES_PATH`. */
  voicesPath: string | undefined;
}

/** Defaults of {@link ServerConfig}. */
export const DEFAULT_SERVER_CONFIG: Readonly<ServerConfig> = Object.freeze({
  host: '127.0.0.1',
  port: 8880,
  apiKeys: [],
  apiKeyFile: undefined,
  corsOrigins: [],
  limits: Object.freeze({ maxInputChars: 4096, bodyLimitBytes: 262_144, requestTimeoutMs: 120_000, maxConcurrent: 2, maxQueue: 32 }),
  drainTimeoutMs: 10_000,
  logLevel: 'info',
  logText: false,
  defaultVoice: 'af_heart',
  modelPath: undefined,
  voicesPath: undefined,
});

/** A partial configuration, as given by options, flags or the environment. */
export type ServerConfigInput = Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<ServerLimits> };

const LOG_LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

function bad(field: string, expected: string, got: unknown): ServerError {
  return new ServerError('KOKORO_SERVER_BAD_CONFIG', `Invalid ${field}: expected ${expected}, got ${JSON.stringify(got)}.`);
}

function intIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw bad(field, `an integer from ${min} to ${max}`, value);
  return value;
}

/** Merges inputs over the defaults (later wins), validates, and freezes. Throws `KOKORO_SERVER_BAD_CONFIG`. */
export function resolveServerConfig(...inputs: ServerConfigInput[]): ServerConfig {
  const merged: ServerConfig = { ...DEFAULT_SERVER_CONFIG, limits: { ...DEFAULT_SERVER_CONFIG.limits } };
  for (const input of inputs) {
    const { limits, ...rest } = input;
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) (merged as unknown as Record<string, unknown>)[k] = v;
    if (limits) for (const [k, v] of Object.entries(limits)) if (v !== undefined) (merged.limits as unknown as Record<string, unknown>)[k] = v;
  }
  intIn('port', merged.port, 0, 65_535);
  intIn('limits.maxInputChars', merged.limits.maxInputChars, 1, 10_000_000);
  intIn('limits.bodyLimitBytes', merged.limits.bodyLimitBytes, 1024, 1 << 30);
  intIn('limits.requestTimeoutMs', merged.limits.requestTimeoutMs, 1, 86_400_000);
  intIn('limits.maxConcurrent', merged.limits.maxConcurrent, 1, 1024);
  intIn('limits.maxQueue', merged.limits.maxQueue, 0, 100_000);
  intIn('drainTimeoutMs', merged.drainTimeoutMs, 0, 3_600_000);
  if (!LOG_LEVELS.has(merged.logLevel)) throw bad('logLevel', [...LOG_LEVELS].join(' | '), merged.logLevel);
  if (merged.host.trim() === '') throw bad('host', 'a host name or IP address', merged.host);
  for (const key of merged.apiKeys) if (key.length < 8 || /\s/.test(key)) throw bad('apiKeys', 'keys of at least 8 characters without whitespace', '<redacted>');
  return Object.freeze({ ...merged, apiKeys: Object.freeze([...merged.apiKeys]), corsOrigins: Object.freeze([...merged.corsOrigins]), limits: Object.freeze(merged.limits) });
}

function list(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function int(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) throw bad(name, 'an integer', value);
  return n;
}

/** Environment variables read by {@link serverConfigFromEnv}. */
export type ServerEnv = Readonly<Record<string, string | undefined>>;

/**
 * Turns `KOKORO_*` environment variables into configuration input (only the ones set).
 * The server's edge (CLI, `createServer` callers) calls this; nothing deeper reads `process.env`.
 */
export function serverConfigFromEnv(env: ServerEnv): ServerConfigInput {
  const level = env.KOKORO_LOG_LEVEL;
  return {
    host: env.KOKORO_HOST,
    port: int('KOKORO_PORT', env.KOKORO_PORT),
    apiKeys: list(env.KOKORO_API_KEYS),
    apiKeyFile: env.KOKORO_API_KEY_FILE,
    corsOrigins: list(env.KOKORO_CORS_ORIGINS),
    drainTimeoutMs: int('KOKORO_DRAIN_TIMEOUT_MS', env.KOKORO_DRAIN_TIMEOUT_MS),
    logLevel: level as ServerConfig['logLevel'] | undefined,
    logText: env.KOKORO_LOG_TEXT === undefined ? undefined : env.KOKORO_LOG_TEXT === '1' || env.KOKORO_LOG_TEXT === 'true',
    defaultVoice: env.KOKORO_DEFAULT_VOICE,
    modelPath: env.KOKORO_MODEL_PATH,
    voicesPath: env.KOKORO_VOICES_PATH,
    limits: {
      maxInputChars: int('KOKORO_MAX_INPUT_CHARS', env.KOKORO_MAX_INPUT_CHARS),
      bodyLimitBytes: int('KOKORO_BODY_LIMIT_BYTES', env.KOKORO_BODY_LIMIT_BYTES),
      requestTimeoutMs: int('KOKORO_REQUEST_TIMEOUT_MS', env.KOKORO_REQUEST_TIMEOUT_MS),
      maxConcurrent: int('KOKORO_MAX_CONCURRENT', env.KOKORO_MAX_CONCURRENT),
      maxQueue: int('KOKORO_MAX_QUEUE', env.KOKORO_MAX_QUEUE),
    },
  };
}

/** Short alias of {@link serverConfigFromEnv}, the name every package uses. */
export const fromEnv = serverConfigFromEnv;
