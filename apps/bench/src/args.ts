/**
 * Command-line parsing: argv in, validated and frozen {@link BenchOptions} out. Pure (the
 * core count comes in as an argument).
 */
import { parseArgs } from 'node:util';
import { BenchError } from './errors';
import { SUITE_NAMES, type SuiteName } from './result';

/** One configuration to measure (compare mode measures two). */
export interface ConfigSpec {
  /** Label in reports. */
  label: string;
  /** Sessions in the pool. */
  sessions: number;
  /** Intra-op threads per session. */
  threadsPerSession: number;
  /** Model file for this configuration only (compare a variant against the base model); null = the run's model. */
  model: string | null;
}

/** Everything a benchmark run needs to know, after defaults. */
export interface BenchOptions {
  /** CI mode: the budget suites with CI-sized run counts; exit non-zero when a budget fails. */
  ci: boolean;
  suites: SuiteName[];
  /** A real Kokoro ONNX file; null = the synthetic model. */
  model: string | null;
  /** Voices for `model`: a directory of NAME.bin or a voices .npz/.bin; required with --model. */
  voices: string | null;
  /** Voice id to synthesize with; null = the first voice found. */
  voice: string | null;
  /** Synthetic model's cost profile: `kokoro` (KOKORO_LIKE_COST) or `none`. Default `kokoro`. */
  cost: 'kokoro' | 'none';
  /** Measured runs per latency metric. Default 30 (CI 12). */
  runs: number;
  /** Unmeasured warm-up runs before measuring. Default 5 (CI 3). */
  warmup: number;
  /** One or two configurations. */
  configs: ConfigSpec[];
  /** Concurrent streaming client counts for the server suite; default 1, cores, 2 x cores. */
  concurrency: number[];
  /** Syntheses in the memory suite. Default 2000. */
  memoryRuns: number;
  /** Fresh processes per cold-start variant. Default 5 (CI 3). */
  coldStartRuns: number;
  /** Where to write result.json, summary.md and the charts. Default `bench-results`. */
  outDir: string;
  help: boolean;
}

/** Help text for `bench --help`. */
export const USAGE = `Usage: pnpm bench [suite ...] [options]

Suites: ${SUITE_NAMES.join(', ')} (default: all; --ci: raw, engine, server, memory, g2p)

Options:
  --ci                    CI mode: budget suites, CI-sized runs, exit 1 when a ratio budget fails
  --model PATH            a real Kokoro ONNX file (default: the synthetic model)
  --voices PATH           voices for --model: a directory of NAME.bin or a voices .npz/.bin
  --voice ID              voice to synthesize with (default: the first voice)
  --cost kokoro|none      synthetic model's cost profile (default kokoro)
  --runs N                measured runs (default 30, CI 12)
  --warmup N              warm-up runs (default 5, CI 3)
  --sessions N            sessions in the pool (default 1)
  --threads N             intra-op threads per session (default: all effective cores)
  --compare SPEC          compare mode: a second configuration, e.g. sessions=2,threads=1[,model=PATH][,label=NAME]
  --concurrency LIST      concurrent clients, e.g. 1,2,4 (default 1, cores, 2 x cores)
  --memory-runs N         syntheses in the memory suite (default 2000)
  --cold-start-runs N     fresh processes per cold-start variant (default 5, CI 3)
  --out DIR               output directory (default bench-results)
  -h, --help              this text
`;

const CI_SUITES: readonly SuiteName[] = ['raw', 'engine', 'server', 'memory', 'g2p'];

function bad(message: string): BenchError {
  return new BenchError('KOKORO_BENCH_BAD_ARGUMENT', `${message}. Run with --help for usage.`);
}

function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) throw bad(`--${name}: expected a whole number >= ${min}, got "${value}"`);
  const n = Number(value);
  if (n < min) throw bad(`--${name}: expected a whole number >= ${min}, got ${n}`);
  return n;
}

/** Parses `sessions=2,threads=1,model=PATH,label=NAME` into a configuration. */
export function parseConfigSpec(spec: string, base: ConfigSpec): ConfigSpec {
  const out: ConfigSpec = { ...base, label: '' };
  for (const part of spec.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw bad(`--compare: expected key=value pairs separated by commas, got "${part}"`);
    const key = part.slice(0, eq);
    const value = part.slice(eq + 1);
    if (key === 'sessions') out.sessions = positiveInt('compare sessions', value, 1);
    else if (key === 'threads') out.threadsPerSession = positiveInt('compare threads', value, 1);
    else if (key === 'model') out.model = value;
    else if (key === 'label') out.label = value;
    else throw bad(`--compare: unknown key "${key}"; expected sessions, threads, model or label`);
  }
  out.label ||= `${out.sessions}x${out.threadsPerSession}${out.model ? ` ${out.model.split('/').at(-1)}` : ''}`;
  return out;
}

/** Parses argv (without `node cli.js`). `cores` = effective cores, used for defaults. */
export function parseBenchArgs(argv: readonly string[], cores: number): BenchOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        ci: { type: 'boolean', default: false },
        model: { type: 'string' },
        voices: { type: 'string' },
        voice: { type: 'string' },
        cost: { type: 'string' },
        runs: { type: 'string' },
        warmup: { type: 'string' },
        sessions: { type: 'string' },
        threads: { type: 'string' },
        compare: { type: 'string' },
        concurrency: { type: 'string' },
        'memory-runs': { type: 'string' },
        'cold-start-runs': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (err) {
    throw bad(err instanceof Error ? err.message : String(err));
  }
  const v = parsed.values;
  const ci = v.ci === true;
  const known = new Set<string>(SUITE_NAMES);
  for (const p of parsed.positionals) {
    if (!known.has(p)) throw new BenchError('KOKORO_BENCH_UNKNOWN_SUITE', `Unknown suite "${p}"; expected one of ${SUITE_NAMES.join(', ')}.`);
  }
  const suites = parsed.positionals.length > 0 ? SUITE_NAMES.filter((s) => parsed.positionals.includes(s)) : [...(ci ? CI_SUITES : SUITE_NAMES)];
  if (v.cost !== undefined && v.cost !== 'kokoro' && v.cost !== 'none') throw bad(`--cost: expected kokoro or none, got "${v.cost}"`);
  if ((v.model === undefined) !== (v.voices === undefined)) throw bad('--model and --voices go together: a real model needs its voices');
  if (v.model !== undefined && v.cost !== undefined) throw bad('--cost applies to the synthetic model only; drop it when using --model');
  const safeCores = Math.max(1, Math.floor(cores));
  const base: ConfigSpec = {
    label: '',
    sessions: positiveInt('sessions', v.sessions, 1),
    threadsPerSession: positiveInt('threads', v.threads, safeCores),
    model: null,
  };
  base.label = `${base.sessions}x${base.threadsPerSession}`;
  const configs = [base];
  if (v.compare !== undefined) {
    const other = parseConfigSpec(v.compare, base);
    if (other.label === base.label) other.label = `${other.label} (candidate)`;
    configs.push(other);
  }
  let concurrency = [...new Set([1, safeCores, 2 * safeCores])];
  if (v.concurrency !== undefined) {
    concurrency = v.concurrency.split(',').map((c) => positiveInt('concurrency', c, 1));
    if (concurrency.length === 0) throw bad('--concurrency: expected a comma-separated list such as 1,2,4');
  }
  return {
    ci,
    suites,
    model: v.model ?? null,
    voices: v.voices ?? null,
    voice: v.voice ?? null,
    cost: v.cost === 'none' ? 'none' : 'kokoro',
    runs: positiveInt('runs', v.runs, ci ? 12 : 30),
    warmup: positiveInt('warmup', v.warmup, ci ? 3 : 5, 0),
    configs,
    concurrency: [...new Set(concurrency)].sort((a, b) => a - b),
    memoryRuns: positiveInt('memory-runs', v['memory-runs'], 2000),
    coldStartRuns: positiveInt('cold-start-runs', v['cold-start-runs'], ci ? 3 : 5),
    outDir: v.out ?? 'bench-results',
    help: v.help === true,
  };
}
