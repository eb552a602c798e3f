/**
 * JSON Schema (draft 2020-12) of the result document, version 1. Kept next to the
 * TypeScript types in `result.ts`; the tests validate real results against this schema, so
 * the two cannot drift apart silently.
 */
import { SCHEMA_VERSION, SUITE_NAMES } from './result';

type Schema = Readonly<Record<string, unknown>>;

const num: Schema = { type: 'number' };
const nonNeg: Schema = { type: 'number', minimum: 0 };
const count: Schema = { type: 'integer', minimum: 0 };
const str: Schema = { type: 'string' };
const dist: Schema = { $ref: '#/$defs/distribution' };
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });

function obj(properties: Record<string, Schema>, optional: readonly string[] = []): Schema {
  return {
    type: 'object',
    additionalProperties: false,
    required: Object.keys(properties).filter((k) => !optional.includes(k)),
    properties,
  };
}

const arrayOf = (items: Schema, minItems = 0): Schema => ({ type: 'array', items, minItems });

const distribution = obj({ n: { type: 'integer', minimum: 1 }, min: num, max: num, mean: num, stdev: nonNeg, p50: num, p95: num, p99: num });

const raw = obj({
  segments: arrayOf(obj({ tokens: count, audioSeconds: nonNeg }), 1),
  audioSeconds: nonNeg,
  firstSegmentMs: dist,
  totalMs: dist,
  roundTripMs: dist,
  rtf: nonNeg,
  threads: obj({ intraOp: count, interOp: count }),
});

const engine = obj({
  segments: count,
  audioSeconds: nonNeg,
  ttfaMs: dist,
  totalMs: dist,
  rtf: nonNeg,
  overheadMs: nullable(num),
  overheadPct: nullable(num),
  overheadPctCi95: nullable({ type: 'array', items: num, minItems: 2, maxItems: 2 }),
  ttfaOverRawFirst: nullable(nonNeg),
  stages: arrayOf(obj({ stage: str, ms: dist })),
  ttfaStages: arrayOf(obj({ stage: str, ms: dist })),
});

const server = obj({
  formats: arrayOf(obj({ format: str, firstByteMs: dist, totalMs: dist, bytes: count })),
  load: arrayOf(
    obj({
      clients: { type: 'integer', minimum: 1 },
      requests: count,
      ok: count,
      errors: count,
      rejected429: count,
      throughputRealTime: nonNeg,
      latencyMs: nullable(dist),
      firstByteMs: nullable(dist),
      queueWaitMs: nullable(dist),
    }),
  ),
  queueLimit: nullable(count),
});

const coldStart = obj({
  runs: arrayOf(obj({ graphCache: { enum: ['off', 'on'] }, readyMs: dist, firstAudioMs: dist }), 1),
});

const memory = obj({
  syntheses: count,
  samples: arrayOf(obj({ run: count, rssBytes: count, heapUsedBytes: count }), 2),
  slopeBytesPerRun: num,
  peakRssBytes: count,
  rssAfterFirst100: count,
  rssAtEnd: count,
  growthPct: num,
  model: { enum: ['synthetic-free', 'benchmark'] },
});

const g2p = obj({ words: count, msPerPass: dist, wordsPerSecond: nonNeg });

const encoders = obj({
  encoders: arrayOf(obj({ format: str, msPerAudioSecond: dist, realTimeMultiple: nonNeg })),
});

const pool = obj({
  clients: { type: 'integer', minimum: 1 },
  layouts: arrayOf(
    obj({ sessions: { type: 'integer', minimum: 1 }, threadsPerSession: { type: 'integer', minimum: 1 }, throughputRealTime: nonNeg, latencyMs: dist }),
    1,
  ),
});

const suiteSchemas: Record<(typeof SUITE_NAMES)[number], Schema> = { raw, engine, server, coldStart, memory, g2p, encoders, pool };

/**
 * The JSON Schema of {@link BenchResult} documents with `schemaVersion: 1`. Plain data:
 * hand it to any draft 2020-12 validator (the tests use Ajv).
 */
export const RESULT_SCHEMA: Schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://kokoro-ts.dev/schemas/bench-result-v1.json',
  title: 'kokoro-ts benchmark result',
  ...obj({
    schemaVersion: { const: SCHEMA_VERSION },
    tool: obj({ name: str, version: str }),
    mode: { enum: ['full', 'ci'] },
    command: arrayOf(str),
    startedAt: { type: 'string', format: 'date-time' },
    finishedAt: { type: 'string', format: 'date-time' },
    environment: obj({
      node: str,
      platform: str,
      arch: str,
      cpuModel: str,
      logicalCores: { type: 'integer', minimum: 1 },
      effectiveCores: nullable(nonNeg),
      totalMemoryBytes: count,
      onnxruntimeVersion: str,
      loadAverage: obj({ start: nonNeg, end: nonNeg }),
    }),
    model: obj({
      source: { enum: ['synthetic', 'file'] },
      path: str,
      voices: str,
      bytes: count,
      cost: nullable(obj({ perCall: nonNeg, perToken: nonNeg, perFrame: nonNeg })),
    }),
    methodology: obj({ warmupRuns: count, runs: { type: 'integer', minimum: 1 }, cachesDisabled: { const: true }, notes: arrayOf(str) }),
    configurations: arrayOf(
      obj({
        label: { type: 'string', minLength: 1 },
        settings: obj({ sessions: { type: 'integer', minimum: 1 }, threadsPerSession: { type: 'integer', minimum: 1 } }),
        suites: obj(suiteSchemas, SUITE_NAMES),
      }),
      1,
    ),
    comparison: nullable(
      obj({ baseline: str, candidate: str, rows: arrayOf(obj({ metric: str, baseline: num, candidate: num, ratio: nullable(num) })) }),
    ),
    budgets: arrayOf(obj({ id: str, description: str, measured: nullable(num), limit: num, unit: str, pass: { type: 'boolean' }, detail: str })),
    failures: arrayOf(obj({ suite: str, code: str, message: str })),
  }),
  $defs: { distribution },
};
