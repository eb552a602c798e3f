import { checkNumber } from './errors';

/** When a session should be replaced by a fresh one. Both limits off (undefined) means never. */
export interface RecyclePolicy {
  /** Replace after this many runs. Default: no limit. */
  maxRuns?: number;
  /** Replace when the session's memory has grown by more than this many bytes since it was warmed up. Default: no limit. */
  maxGrowthBytes?: number;
}

/** What a session knows about itself when asked whether to recycle. */
export interface RecycleStats {
  /** Runs completed since the session was created. */
  runs: number;
  /** Memory growth since the post-warm-up baseline, bytes (omit when unknown). */
  growthBytes?: number;
}

/** Why a session should be recycled. */
export interface RecycleDecision {
  reason: 'maxRuns' | 'maxGrowthBytes';
  /** Human-readable detail, e.g. `"1000 runs >= maxRuns 1000"`. */
  detail: string;
}

/** Validate a policy once, at construction; returns a frozen copy. */
export function validateRecyclePolicy(policy: RecyclePolicy = {}): Readonly<RecyclePolicy> {
  const out: RecyclePolicy = {};
  if (policy.maxRuns !== undefined) out.maxRuns = checkNumber('recycle.maxRuns', policy.maxRuns, 1, Number.MAX_SAFE_INTEGER, true);
  if (policy.maxGrowthBytes !== undefined) out.maxGrowthBytes = checkNumber('recycle.maxGrowthBytes', policy.maxGrowthBytes, 1);
  return Object.freeze(out);
}

/** Decide whether a session with `stats` should be replaced under `policy`. */
export function shouldRecycle(stats: RecycleStats, policy: RecyclePolicy): false | RecycleDecision {
  if (policy.maxRuns !== undefined && stats.runs >= policy.maxRuns) {
    return { reason: 'maxRuns', detail: `${stats.runs} runs >= maxRuns ${policy.maxRuns}` };
  }
  if (policy.maxGrowthBytes !== undefined && stats.growthBytes !== undefined && stats.growthBytes > policy.maxGrowthBytes) {
    return { reason: 'maxGrowthBytes', detail: `grew ${stats.growthBytes} bytes > maxGrowthBytes ${policy.maxGrowthBytes}` };
  }
  return false;
}
