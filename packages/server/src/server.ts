import { readFile } from 'node:fs/promises';

import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';

import { buildApp } from './app';
import type { KokoroApp } from './app';
import type { ServerConfig, ServerConfigInput } from './config';
import type { SpeechEngine } from './engine-port';
import { ServerError } from './errors';
import { parseKeyFile } from './http/auth';

/** Options of {@link createServer}. */
export interface CreateServerOptions {
  /** Configuration (merge `fromEnv(process.env)` and flags into it at the edge). */
  config?: ServerConfigInput;
  /** Loads the engine; called once, in the background, after the server starts listening. */
  loadEngine: () => Promise<SpeechEngine>;
  /** Synthesize one short phrase before reporting ready, so the first request is not the slow one. Default true. */
  warmup?: boolean;
  /** A pino logger, or false for none. Default: pino at `config.logLevel`. */
  logger?: Logger | false;
  /** Reads the API key file. Default `fs.promises.readFile` (utf8). */
  readTextFile?: (path: string) => Promise<string>;
}

/** A server that can listen and close. */
export interface KokoroServer {
  /** The Fastify instance. */
  readonly app: FastifyInstance;
  /** The validated configuration. */
  readonly config: ServerConfig;
  /** Settles when the engine has loaded (and warmed) or failed to. */
  readonly engineSettled: Promise<void>;
  /** Starts listening on `config.host:config.port`; resolves to the URL (e.g. `http://127.0.0.1:8880`). */
  listen(): Promise<string>;
  /** Stops accepting work, lets in-flight streams finish up to `drainTimeoutMs`, aborts the rest, disposes the engine. */
  close(): Promise<void>;
}

async function warm(engine: SpeechEngine, signal?: AbortSignal): Promise<void> {
  const voice = engine.voices()[0]?.id;
  for await (const chunk of engine.stream('Hello.', { ...(voice === undefined ? {} : { voice }), ...(signal ? { signal } : {}) })) void chunk;
}

/**
 * Creates the HTTP server. It answers /health at once; the engine loads in the background
 * (then warms up with one short synthesis) and /ready reports when it is ready, or why not.
 */
export async function createServer(options: CreateServerOptions): Promise<KokoroServer> {
  const read = options.readTextFile ?? ((path: string) => readFile(path, 'utf8'));
  const keyFile = options.config?.apiKeyFile;
  let fileKeys: string[] = [];
  if (keyFile !== undefined) {
    try {
      fileKeys = parseKeyFile(await read(keyFile));
    } catch (error) {
      throw new ServerError('KOKORO_SERVER_KEY_FILE', `Could not read the API key file ${JSON.stringify(keyFile)}: ${(error as Error).message}. Check the path given by --api-key-file / KOKORO_API_KEY_FILE.`, { cause: error });
    }
    if (fileKeys.length === 0) throw new ServerError('KOKORO_SERVER_KEY_FILE', `The API key file ${JSON.stringify(keyFile)} holds no keys: write one key per line.`);
  }
  let resolveEngine: (engine: SpeechEngine) => void = () => undefined;
  let rejectEngine: (error: unknown) => void = () => undefined;
  const enginePromise = new Promise<SpeechEngine>((resolve, reject) => {
    resolveEngine = resolve;
    rejectEngine = reject;
  });
  const built: KokoroApp = await buildApp({
    engine: enginePromise,
    config: options.config ?? {},
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    disposeEngineOnClose: true,
    extraApiKeys: fileKeys,
  });
  let loading: Promise<void> | null = null;
  const startLoading = (): void => {
    loading ??= (async () => {
      try {
        const engine = await options.loadEngine();
        if (options.warmup !== false) await warm(engine);
        resolveEngine(engine);
      } catch (error) {
        rejectEngine(error);
      }
    })();
  };
  return {
    app: built.app,
    config: built.config,
    engineSettled: built.engineSettled,
    async listen() {
      const url = await built.app.listen({ host: built.config.host, port: built.config.port });
      startLoading();
      return url;
    },
    async close() {
      if (loading === null) rejectEngine(new ServerError('KOKORO_SERVER_SHUTTING_DOWN', 'The server closed before the model loaded.'));
      await built.app.close();
    },
  };
}
