/**
 * Creating a session from a plan: try each planned provider in order, return the first
 * session that loads together with which provider it is and why the others failed.
 * onnxruntime-node is passed in, not imported, so this package never loads it by itself.
 * @packageDocumentation
 */
import type { InferenceSession } from 'onnxruntime-common';
import { AllProvidersFailedError } from './errors';
import type { ProviderName } from './names';
import type { PlannedProvider, ProviderPlan } from './plan-types';

/** The part of the onnxruntime-node module this needs (pass the module itself). */
export interface OrtSessionFactory<S> {
  InferenceSession: {
    create(model: Uint8Array, options?: InferenceSession.SessionOptions): Promise<S>;
    create(modelPath: string, options?: InferenceSession.SessionOptions): Promise<S>;
  };
  listSupportedBackends?: () => readonly { name: string }[];
}

/** One provider tried by {@link createSessionWithFallback}. */
export interface ProviderAttempt {
  provider: ProviderName;
  ok: boolean;
  /** The error message when it failed, or why it was not tried. */
  error?: string;
  /** Milliseconds spent creating (0 when not tried). */
  ms: number;
}

/** Options for {@link createSessionWithFallback}. */
export interface CreateSessionOptions {
  /** Override intra-op threads (e.g. the pool's `threadsPerSession`). Default: the plan's latency threads. */
  intraOpThreads?: number;
  /** Use the provider's long-input options where it has them (`bySize`, CoreML). Default `false`. */
  longInputs?: boolean;
  /** Clock for the attempt timings. Default `performance.now`. */
  now?: () => number;
}

/** What {@link createSessionWithFallback} returns. */
export interface SessionWithProvider<S> {
  session: S;
  /** The provider that created the session. */
  provider: ProviderName;
  /** The options the session was created with. */
  sessionOptions: InferenceSession.SessionOptions;
  /** Every provider tried, in order, including the successful one. */
  attempts: ProviderAttempt[];
}

/** A copy of `options` with other thread counts (for pool sessions). */
export function withThreads(options: InferenceSession.SessionOptions, intraOp: number, interOp?: number): InferenceSession.SessionOptions {
  return { ...options, intraOpNumThreads: intraOp, ...(interOp === undefined ? {} : { interOpNumThreads: interOp }) };
}

function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // ONNX Runtime errors carry source paths and multi-line logs; the first line says what failed.
  return text.split('\n')[0]!.trim();
}

/**
 * Tries the plan's providers in order with `ort.InferenceSession.create(model, options)`
 * (`model`: ONNX bytes or a file path).
 * Providers the binary does not list (`ort.listSupportedBackends()`) are recorded as not tried.
 * Throws `KOKORO_PROVIDERS_ALL_FAILED` (with every attempt) when none works.
 */
export async function createSessionWithFallback<S>(
  ort: OrtSessionFactory<S>,
  model: Uint8Array | string,
  plan: Pick<ProviderPlan, 'providers'> | readonly PlannedProvider[],
  options: CreateSessionOptions = {},
): Promise<SessionWithProvider<S>> {
  const providers = 'providers' in plan ? plan.providers : plan;
  const now = options.now ?? (() => performance.now());
  const listed = typeof ort.listSupportedBackends === 'function' ? new Set(ort.listSupportedBackends().map((b) => b.name)) : null;
  const attempts: ProviderAttempt[] = [];
  for (const p of providers) {
    if (listed !== null && !listed.has(p.name)) {
      attempts.push({ provider: p.name, ok: false, error: `not in this onnxruntime-node build (it has: ${[...listed].join(', ')})`, ms: 0 });
      continue;
    }
    let sessionOptions = options.longInputs === true && p.bySize ? p.bySize.longInputs : p.sessionOptions;
    if (options.intraOpThreads !== undefined) sessionOptions = withThreads(sessionOptions, options.intraOpThreads);
    const started = now();
    try {
      const session = typeof model === 'string' ? await ort.InferenceSession.create(model, sessionOptions) : await ort.InferenceSession.create(model, sessionOptions);
      attempts.push({ provider: p.name, ok: true, ms: now() - started });
      return { session, provider: p.name, sessionOptions, attempts };
    } catch (error) {
      attempts.push({ provider: p.name, ok: false, error: errorMessage(error), ms: now() - started });
    }
  }
  throw new AllProvidersFailedError(attempts.map((a) => ({ provider: a.provider, error: a.error ?? 'failed' })));
}
