import cors from '@fastify/cors';
import swagger from '@fastify/swagger';
import Fastify, { LogController } from 'fastify';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { Logger } from 'pino';

import { resolveServerConfig } from './config';
import type { ServerConfig, ServerConfigInput } from './config';
import type { SpeechEngine } from './engine-port';
import { ServerError } from './errors';
import { Admission } from './http/admission';
import { createKeyChecker } from './http/auth';
import { EngineState } from './http/engine-state';
import type { ReadinessReport } from './http/engine-state';
import { mapError } from './http/error-mapping';
import { registerInfoRoutes } from './http/info-routes';
import { registerSpeechRoutes } from './http/speech-routes';
import { createServerMetrics } from './metrics';
import { preloadCodecs } from './audio/mediabunny';

/** Options of {@link buildApp}. */
export interface BuildAppOptions {
  /**
   * The engine, injected. A promise means "loading in the background": the app answers /health
   * at once and /ready (503 with the reason) until it resolves; if it rejects, /ready reports the
   * error and how to get a model.
   */
  engine: SpeechEngine | Promise<SpeechEngine>;
  /** Configuration (merged over the defaults and validated). Default: all defaults. */
  config?: ServerConfigInput;
  /** A pino logger, or false for none. Default: pino at `config.logLevel` to stdout. */
  logger?: Logger | false;
  /** Dispose the engine when the app closes. Default false (whoever made the engine owns it). */
  disposeEngineOnClose?: boolean;
  /** API keys read from a key file, added to `config.apiKeys`. Default none. */
  extraApiKeys?: readonly string[];
}

/** The built app: a Fastify instance plus the server's state. */
export interface KokoroApp {
  /** The Fastify instance (use `inject()` in tests, `listen()` to serve). */
  readonly app: FastifyInstance;
  /** The validated configuration. */
  readonly config: ServerConfig;
  /** Settles when the engine has loaded or failed to (never rejects). */
  readonly engineSettled: Promise<void>;
  /** The readiness report /ready serves. */
  readiness(): ReadinessReport;
  /** Syntheses running and waiting now. */
  load(): { active: number; queued: number };
}

const PUBLIC_PATHS = new Set(['/health', '/ready', '/docs', '/openapi.json']);

/**
 * Builds the HTTP app around an injected engine: OpenAI-compatible speech routes, info and ops
 * routes, auth, CORS, limits, metrics and graceful drain on `app.close()` (in-flight streams
 * get `drainTimeoutMs` to finish, then are aborted).
 */
export async function buildApp(options: BuildAppOptions): Promise<KokoroApp> {
  const config = resolveServerConfig(options.config ?? {});
  const logger = options.logger === false ? pino({ level: 'silent' }) : options.logger ?? pino({ level: config.logLevel });
  const fastifyLogger: FastifyBaseLogger = logger;
  const app: FastifyInstance = Fastify({
    loggerInstance: fastifyLogger,
    // Our own onResponse log replaces Fastify's per-request lines (which would log URLs only, never bodies).
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: config.limits.bodyLimitBytes,
    return503OnClosing: false,
    // Runs after preClose (our drain): whatever is still connected then is cut, so close() always ends.
    forceCloseConnections: true,
    ajv: { customOptions: { coerceTypes: false, removeAdditional: true, useDefaults: true, allErrors: false } },
  });
  // JSON only: a text/plain body is a client mistake (415), not a string to validate.
  app.removeContentTypeParser('text/plain');
  // Load the WebAssembly codec modules now, not on the first mp3/aac/flac request.
  void preloadCodecs();
  const state = new EngineState();
  const engineSettled = state.track(Promise.resolve(options.engine));
  const admission = new Admission(config.limits.maxConcurrent, config.limits.maxQueue);
  const inflight = new Set<AbortController>();
  const metrics = createServerMetrics({
    queueDepth: () => admission.queued,
    activeStreams: () => admission.active,
    engineMetrics: () => state.current?.metrics?.(),
  });
  const checkKey = createKeyChecker([...config.apiKeys, ...(options.extraApiKeys ?? [])]);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'kokoro-ts speech server', version: '1', description: 'OpenAI-compatible text to speech on Kokoro-82M.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: checkKey ? [{ bearer: [] }] : [],
    },
  });
  await app.register(cors, {
    origin: config.corsOrigins.length === 0 ? false : config.corsOrigins.includes('*') ? true : [...config.corsOrigins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type'],
    maxAge: 600,
  });

  app.addHook('onRequest', (request, _reply, done) => {
    const path = request.url.split('?')[0]!;
    try {
      if (state.isClosing && !PUBLIC_PATHS.has(path)) throw new ServerError('KOKORO_SERVER_SHUTTING_DOWN', 'The server is shutting down and accepts no new work; retry against another instance.');
      if (checkKey && request.method !== 'OPTIONS' && !PUBLIC_PATHS.has(path)) checkKey(request.headers.authorization);
      done();
    } catch (error) {
      done(error as Error);
    }
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.request(route, request.method, reply.statusCode);
    request.log.debug({ method: request.method, route, status: reply.statusCode, ms: Math.round(reply.elapsedTime) }, 'request done');
  });
  app.setErrorHandler((error, request, reply) => {
    const mapped = mapError(error);
    if (mapped.internal) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: mapped.body.error.code, status: mapped.status }, 'request rejected');
    return reply.code(mapped.status).headers(mapped.headers).send(mapped.body);
  });
  app.setNotFoundHandler((request, reply) => {
    const e = new ServerError('KOKORO_SERVER_NOT_FOUND', `No route ${request.method} ${request.url.split('?')[0]!.slice(0, 200)}. See GET /docs for the endpoints.`);
    const mapped = mapError(e);
    return reply.code(mapped.status).send(mapped.body);
  });

  registerSpeechRoutes(app, { config, state, admission, metrics, inflight });
  registerInfoRoutes(app, { config, state, metrics, startedAt: Date.now() });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.addHook('preClose', async () => {
    state.markClosing();
    if (inflight.size === 0) return;
    const deadline = new Promise<void>((resolve) => setTimeout(resolve, config.drainTimeoutMs).unref());
    const drained = (async () => {
      while (inflight.size > 0) await new Promise((r) => setTimeout(r, 25));
    })();
    await Promise.race([drained, deadline]);
    for (const controller of inflight) controller.abort(new ServerError('KOKORO_SERVER_SHUTTING_DOWN', 'The server shut down before this stream finished.'));
    await drained;
  });
  app.addHook('onClose', async () => {
    if (!options.disposeEngineOnClose) return;
    // An engine still loading is disposed when it arrives; closing does not wait for the load.
    if (state.current) await state.current.dispose();
    else void Promise.resolve(options.engine).then((engine) => engine.dispose(), () => undefined);
  });

  return {
    app,
    config,
    engineSettled,
    readiness: () => state.report(),
    load: () => ({ active: admission.active, queued: admission.queued }),
  };
}
