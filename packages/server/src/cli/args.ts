import { parseArgs } from 'node:util';

import { CliError } from './cli-error';

/** Commands of the `kokoro` CLI. */
export const CLI_COMMANDS = ['serve', 'say', 'voices', 'models', 'doctor', 'phonemize', 'help', 'version'] as const;

/** One of {@link CLI_COMMANDS}. */
export type CliCommand = (typeof CLI_COMMANDS)[number];

type OptionSpec = { type: 'string' | 'boolean'; short?: string; multiple?: boolean };

/** Flags every engine-using command accepts. */
const ENGINE_FLAGS: Record<string, OptionSpec> = {
  model: { type: 'string' },
  voices: { type: 'string' },
  'cache-dir': { type: 'string' },
  download: { type: 'boolean' },
  lexicon: { type: 'string' },
  'no-normalize': { type: 'boolean' },
};

const COMMON: Record<string, OptionSpec> = { help: { type: 'boolean', short: 'h' }, json: { type: 'boolean' } };

/** Flags per command. */
export const COMMAND_FLAGS: Readonly<Record<CliCommand, Record<string, OptionSpec>>> = {
  serve: {
    ...COMMON, ...ENGINE_FLAGS,
    host: { type: 'string' },
    port: { type: 'string', short: 'p' },
    'api-key-file': { type: 'string' },
    'cors-origin': { type: 'string', multiple: true },
    'max-input-chars': { type: 'string' },
    'body-limit-bytes': { type: 'string' },
    'max-concurrent': { type: 'string' },
    'max-queue': { type: 'string' },
    'request-timeout-ms': { type: 'string' },
    'drain-timeout-ms': { type: 'string' },
    'log-level': { type: 'string' },
    'log-text': { type: 'boolean' },
    'default-voice': { type: 'string' },
    'no-warmup': { type: 'boolean' },
  },
  say: {
    ...COMMON, ...ENGINE_FLAGS,
    voice: { type: 'string', short: 'v' },
    speed: { type: 'string', short: 's' },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
    file: { type: 'string' },
  },
  voices: { ...COMMON, ...ENGINE_FLAGS },
  models: { ...COMMON, variant: { type: 'string' }, 'cache-dir': { type: 'string' } },
  doctor: { ...COMMON },
  phonemize: { ...COMMON, lang: { type: 'string', short: 'l' }, jsonl: { type: 'boolean' }, lexicon: { type: 'string' }, 'no-normalize': { type: 'boolean' } },
  help: { ...COMMON },
  version: { ...COMMON },
};

/** A parsed command line. */
export interface ParsedCli {
  command: CliCommand;
  flags: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses `argv` (without node and script). Throws `CliError` (exit 2) with the fix for bad usage. */
export function parseCli(argv: readonly string[]): ParsedCli {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h') return { command: 'help', flags: {}, positionals: [] };
  if (first === '--version' || first === '-V') return { command: 'version', flags: {}, positionals: [] };
  if (!(CLI_COMMANDS as readonly string[]).includes(first)) {
    throw new CliError(`Unknown command ${JSON.stringify(first)}. Commands: ${CLI_COMMANDS.join(', ')}. Run \`kokoro help\`.`, 2);
  }
  const command = first as CliCommand;
  try {
    const { values, positionals } = parseArgs({ args: [...rest], options: COMMAND_FLAGS[command], allowPositionals: true, strict: true });
    return { command, flags: values as ParsedCli['flags'], positionals };
  } catch (error) {
    throw new CliError(`${(error as Error).message}. Run \`kokoro ${command} --help\` for its flags.`, 2);
  }
}

/** A flag as a number, with a usage error naming it when it is not one. */
export function numberFlag(flags: ParsedCli['flags'], name: string): number | undefined {
  const v = flags[name];
  if (v === undefined) return undefined;
  const n = typeof v === 'string' ? Number(v) : NaN;
  if (!Number.isFinite(n)) throw new CliError(`--${name} expects a number, got ${JSON.stringify(v)}.`, 2);
  return n;
}

/** A flag as a string (undefined when absent). */
export function stringFlag(flags: ParsedCli['flags'], name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

/** Usage text. */
export const HELP = `kokoro: Kokoro-82M text to speech (kokoro-ts)

Usage: kokoro <command> [flags]

  serve                 OpenAI-compatible HTTP server (default 127.0.0.1:8880)
      --host H --port P --api-key-file F --cors-origin O (repeatable) --max-input-chars N
      --body-limit-bytes N --max-concurrent N --max-queue N --request-timeout-ms N
      --drain-timeout-ms N --log-level L --log-text --default-voice V --no-warmup
  say [TEXT]            synthesize TEXT (or --file F, or stdin) to --out FILE (default out.FORMAT; - = stdout)
      --voice V --speed S --format mp3|opus|aac|flac|wav|pcm --lang en-us|en-gb
  voices                list voices (--json)
  models list|download|verify
                        cached model files; download a --variant (fp32|fp16|int8|q4|q4f16); verify SHA-256
  doctor                hardware report and provider plan (--json)
  phonemize [TEXT]      text (args or stdin) to phonemes and tokens; --jsonl: one JSON object per input line

Engine flags (serve, say, voices): --model FILE.onnx --voices DIR|FILE --cache-dir DIR
  --download (fetch missing files; off by default) --lexicon FILE.json --no-normalize
Environment: KOKORO_MODEL_PATH, KOKORO_VOICES_PATH, KOKORO_CACHE_DIR, KOKORO_HOST, KOKORO_PORT,
  KOKORO_API_KEYS, KOKORO_API_KEY_FILE, KOKORO_CORS_ORIGINS, ... (see the README)

Without the real model: pnpm testkit model --out DIR, then
  kokoro serve --model DIR/model.onnx --voices DIR/voices

Exit codes: 0 ok, 1 failure, 2 usage error, 3 model or voices missing.
`;
