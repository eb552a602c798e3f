import { SessionsBadOptionError } from './errors';
import type { SessionPoolOptions } from './options';

/** Environment variables read by {@link sessionPoolOptionsFromEnv}, with what each sets. */
export const SESSIONS_ENV_VARIABLES: Readonly<Record<string, string>> = Object.freeze({
  KOKORO_SESSIONS: 'sessions: number of identical sessions (unset: the adaptive layout)',
  KOKORO_THREAD_BUDGET: 'threadBudget: threads that may compute at once',
  KOKORO_QUEUE_MAX_DEPTH: 'queue.maxDepth: jobs allowed to wait',
  KOKORO_QUEUE_MAX_WAIT_MS: 'queue.maxWaitMs: longest wait in the queue',
  KOKORO_RUN_TIMEOUT_MS: 'runTimeoutMs: per-run limit, 0 = none',
  KOKORO_RECYCLE_MAX_RUNS: 'recycle.maxRuns: replace a session after this many runs',
  KOKORO_RECYCLE_MAX_GROWTH_MB: 'recycle.maxGrowthBytes (in MiB): replace a session whose worker memory grew this much',
});

function int(env: Readonly<Record<string, string | undefined>>, name: string, min: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new SessionsBadOptionError(name, `an integer >= ${min} (${SESSIONS_ENV_VARIABLES[name]})`, raw);
  return value;
}

/**
 * Pool options from environment variables (see {@link SESSIONS_ENV_VARIABLES}); only the
 * variables that are set appear. Call at the edge (server, CLI) and spread into
 * `createSessionPool` options. Throws `KOKORO_SESSIONS_BAD_OPTION` naming the variable.
 */
export function sessionPoolOptionsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<SessionPoolOptions> {
  const out: Partial<SessionPoolOptions> = {};
  const sessions = int(env, 'KOKORO_SESSIONS', 1);
  if (sessions !== undefined) out.sessions = sessions;
  const budget = int(env, 'KOKORO_THREAD_BUDGET', 1);
  if (budget !== undefined) out.threadBudget = budget;
  const maxDepth = int(env, 'KOKORO_QUEUE_MAX_DEPTH', 0);
  const maxWaitMs = int(env, 'KOKORO_QUEUE_MAX_WAIT_MS', 1);
  if (maxDepth !== undefined || maxWaitMs !== undefined) out.queue = { ...(maxDepth !== undefined && { maxDepth }), ...(maxWaitMs !== undefined && { maxWaitMs }) };
  const timeout = int(env, 'KOKORO_RUN_TIMEOUT_MS', 0);
  if (timeout !== undefined) out.runTimeoutMs = timeout;
  const maxRuns = int(env, 'KOKORO_RECYCLE_MAX_RUNS', 1);
  const growthMb = int(env, 'KOKORO_RECYCLE_MAX_GROWTH_MB', 1);
  if (maxRuns !== undefined || growthMb !== undefined) out.recycle = { ...(maxRuns !== undefined && { maxRuns }), ...(growthMb !== undefined && { maxGrowthBytes: growthMb * 1024 * 1024 }) };
  return out;
}
