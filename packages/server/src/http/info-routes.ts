import type { FastifyInstance } from 'fastify';

import type { ServerConfig } from '../config';
import { ServerError } from '../errors';
import type { ServerMetrics } from '../metrics';
import { OPENAI_VOICE_MAP } from '../voices';
import { DOCS_HTML } from './docs-page';
import type { EngineState } from './engine-state';
import { checkNormalizeField, normalizeFieldSchema, type NormalizeField } from './normalize-field';
import { ACCEPTED_MODELS, ERROR_RESPONSES } from './schemas';

/** What the info routes need. @internal */
export interface InfoRouteContext {
  config: ServerConfig;
  state: EngineState;
  metrics: ServerMetrics;
  /** Server start time (ms since epoch), for `created` fields. */
  startedAt: number;
}

/** GET /v1/audio/voices, /v1/models, POST /v1/phonemize, /health, /ready, /metrics, /docs. @internal */
export function registerInfoRoutes(app: FastifyInstance, ctx: InfoRouteContext): void {
  app.get('/v1/audio/voices', {
    schema: { summary: 'List voices and the OpenAI name mapping', tags: ['audio'], response: { 503: ERROR_RESPONSES[503] } },
  }, () => {
    const engine = ctx.state.require();
    return {
      voices: engine.voices().map((v) => ({ id: v.id, name: v.name, language: v.language, gender: v.gender })),
      openai_aliases: Object.entries(OPENAI_VOICE_MAP).map(([name, voice]) => ({ name, voice, available: ctx.state.voices.has(voice) })),
    };
  });

  app.get('/v1/models', { schema: { summary: 'List models (OpenAI shape)', tags: ['models'] } }, () => ({
    object: 'list',
    data: ACCEPTED_MODELS.map((id) => ({ id, object: 'model', created: Math.floor(ctx.startedAt / 1000), owned_by: 'kokoro-ts' })),
  }));

  app.post('/v1/phonemize', {
    schema: {
      summary: 'Text to phonemes and token ids',
      tags: ['text'],
      body: {
        type: 'object',
        required: ['text'],
        properties: { text: { type: 'string', minLength: 1 }, lang: { type: 'string', enum: ['en-us', 'en-gb'] }, normalize: normalizeFieldSchema() },
      },
      response: { 200: { type: 'object', properties: { text: { type: 'string' }, phonemes: { type: 'string' }, tokens: { type: 'array', items: { type: 'integer' } } } }, ...ERROR_RESPONSES },
    },
  }, async (request) => {
    const { text, lang, normalize: rawNormalize } = request.body as { text: string; lang?: 'en-us' | 'en-gb'; normalize?: NormalizeField };
    const normalize = checkNormalizeField(rawNormalize);
    if (text.length > ctx.config.limits.maxInputChars) {
      throw new ServerError('KOKORO_SERVER_INPUT_TOO_LONG', `Text is ${text.length} characters; the limit is ${ctx.config.limits.maxInputChars}. Split it, or raise --max-input-chars.`, { param: 'text' });
    }
    const engine = ctx.state.require();
    const result = await engine.phonemize(text, lang === undefined && normalize === undefined ? undefined : { ...(lang !== undefined ? { lang } : {}), ...(normalize !== undefined ? { normalize } : {}) });
    return { text, phonemes: result.phonemes, tokens: result.tokens };
  });

  app.get('/health', { schema: { summary: 'Liveness: the process answers', tags: ['ops'] } }, () => ({ status: 'ok' }));

  app.get('/ready', { schema: { summary: 'Readiness: model loaded and warmed (503 otherwise, with the reason)', tags: ['ops'] } }, (_request, reply) => {
    const report = ctx.state.report();
    return reply.code(report.status === 'ready' ? 200 : 503).send(report);
  });

  app.get('/metrics', { schema: { summary: 'Prometheus metrics', tags: ['ops'] } }, async (_request, reply) => {
    const text = await ctx.metrics.render();
    return reply.header('content-type', ctx.metrics.contentType).send(text);
  });

  app.get('/docs', { schema: { hide: true } }, (_request, reply) => reply.header('content-type', 'text/html; charset=utf-8').send(DOCS_HTML));
}
