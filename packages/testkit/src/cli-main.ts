/**
 * The `testkit` command line, as a function of argv and output sinks so tests run it in-process.
 * @packageDocumentation
 */
import { parseArgs } from 'node:util';

import { writeSyntheticAssets } from './assets';
import { KOKORO_LIKE_COST, calibrateCost, measureProfile, type LatencyMeasurer } from './calibrate';
import { resolveCost, type CostProfile } from './cost';
import { TestkitError, isTestkitError } from './errors';
import { VARIANT_NAMES, variantByName } from './variants';
import { KOKORO_V1_VOICE_IDS } from './voices';

/** Where the CLI writes, and how it times models (injected so tests need no clock). */
export interface CliIo {
  /** Normal output (results). */
  out: (text: string) => void;
  /** Progress and errors. */
  err: (text: string) => void;
  /** Creates the latency measurer for `calibrate`. Default: onnxruntime-node with `threads`. */
  createMeasurer?: (threads: number) => Promise<LatencyMeasurer>;
}

/** Exit codes of the CLI. */
export const EXIT = Object.freeze({ ok: 0, failure: 1, usage: 2 } as const);

/** Usage text printed by `testkit help` and after usage errors. */
export const USAGE = `Usage: testkit <command> [options]

Commands:
  model --out DIR [--variant NAME] [--cost kokoro|none|JSON] [--voices id,id,...]
      Write a synthetic Kokoro-contract model and voices: DIR/model.onnx, DIR/voices/NAME.bin,
      DIR/voices.bin (npz) and DIR/synthetic.json.
      --variant  ${VARIANT_NAMES.join(' | ')} (default hf)
      --cost     none (default), kokoro (Kokoro-like latency, see README) or a JSON CostProfile
      --voices   comma-separated voice ids, or 'all' for Kokoro v1.0's 54 ids (default: the built-in list of 17)
  calibrate [--threads N] [--runs N] [--check]
      Fit the cost knob to Kokoro's measured 2-core profile scaled by 1/10 on this machine,
      or with --check only time KOKORO_LIKE_COST against the targets. Prints JSON.
  help
      Show this text.
`;

function parseCost(value: string | undefined): Partial<CostProfile> {
  if (value === undefined || value === 'none') return {};
  if (value === 'kokoro') return { ...KOKORO_LIKE_COST };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    parsed = undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new TestkitError('KOKORO_TESTKIT_BAD_ARGUMENT', `--cost must be none, kokoro or a JSON object like {"perFrame":10}; got ${JSON.stringify(value)}.`);
  }
  return resolveCost(parsed);
}

function positiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new TestkitError('KOKORO_TESTKIT_BAD_ARGUMENT', `--${flag} must be a positive integer; got ${JSON.stringify(value)}.`);
  return n;
}

async function model(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { out: { type: 'string' }, variant: { type: 'string' }, cost: { type: 'string' }, voices: { type: 'string' } },
    strict: true,
    allowPositionals: false,
  });
  if (!values.out) throw new TestkitError('KOKORO_TESTKIT_BAD_ARGUMENT', 'model needs --out DIR (the folder to write the model and voices to).');
  const voices = values.voices === 'all' ? [...KOKORO_V1_VOICE_IDS] : values.voices?.split(',').map((v) => v.trim()).filter((v) => v.length > 0);
  const assets = await writeSyntheticAssets(values.out, {
    variant: variantByName(values.variant ?? 'hf'),
    cost: parseCost(values.cost),
    ...(voices ? { voices } : {}),
  });
  io.out(`${JSON.stringify(assets, null, 2)}\n`);
}

async function defaultMeasurer(threads: number): Promise<LatencyMeasurer> {
  const { createOrtMeasurer } = await import('./ort-measurer');
  return createOrtMeasurer({ threads });
}

async function calibrate(args: string[], io: CliIo): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { threads: { type: 'string' }, runs: { type: 'string' }, check: { type: 'boolean' } },
    strict: true,
    allowPositionals: false,
  });
  const threads = positiveInt('threads', values.threads, 2);
  const runs = positiveInt('runs', values.runs, 5);
  const measure = await (io.createMeasurer ?? defaultMeasurer)(threads);
  const result = values.check
    ? { cost: KOKORO_LIKE_COST, check: await measureProfile(KOKORO_LIKE_COST, { measure, runs }) }
    : await calibrateCost({ measure, runs, log: (line) => io.err(`${line}\n`) });
  io.out(`${JSON.stringify({ threads, ...result }, null, 2)}\n`);
}

/**
 * Runs the CLI and resolves to its exit code: 0 done, 2 usage or option error (with the
 * usage text), 1 anything else (file system, runtime).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'model') await model(rest, io);
    else if (command === 'calibrate') await calibrate(rest, io);
    else if (command === 'help' || command === '--help' || command === '-h') io.out(USAGE);
    else throw new TestkitError('KOKORO_TESTKIT_BAD_ARGUMENT', command ? `Unknown command ${JSON.stringify(command)}.` : 'No command given.');
    return EXIT.ok;
  } catch (error) {
    const usage = (isTestkitError(error) && error.code !== 'KOKORO_TESTKIT_RUNTIME_MISSING') || isParseArgsError(error);
    const message = error instanceof Error ? error.message : String(error);
    const code = isTestkitError(error) ? `${error.code}: ` : '';
    io.err(`testkit: ${code}${message}\n${usage ? `\n${USAGE}` : ''}`);
    return usage ? EXIT.usage : EXIT.failure;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = typeof error === 'object' && error !== null && 'code' in error ? (error).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}
