import { homedir } from 'node:os';

import type { Engine, EngineOptions } from '@kokoro-ts/engine';

import type { SpeechEngine } from '../engine-port';
import { MODEL_HINT } from '../http/engine-state';
import { stringFlag } from './args';
import type { ParsedCli } from './args';
import { CliError } from './cli-error';

/** What commands read and write; the real process in `cli.ts`, buffers in tests. */
export interface CliIo {
  /** Data output (results, JSON). */
  out(text: string): void;
  /** Raw bytes to standard output (`say --out -`). */
  outBytes(bytes: Uint8Array): void;
  /** Messages, progress, warnings. */
  err(text: string): void;
  /** Whole standard input as text. */
  readStdin(): Promise<string>;
  /** Standard input line by line (streamed, for `phonemize --jsonl`). */
  stdinLines(): AsyncIterable<string>;
  /** Whether stdin is a terminal (then `say`/`phonemize` without text is a usage error). */
  stdinIsTTY: boolean;
  /** Whether stderr is a terminal (progress bars). */
  stderrIsTTY: boolean;
  readTextFile(path: string): Promise<string>;
  writeFile(path: string, data: Uint8Array): Promise<void>;
  env: Readonly<Record<string, string | undefined>>;
  platform: NodeJS.Platform;
  /** Creates an engine (injected so tests can count loads); default `createEngine`. */
  createEngine(options: EngineOptions): Promise<Engine>;
}

/** The cache directory from `--cache-dir`, `KOKORO_CACHE_DIR`, or the platform default. */
export async function cacheDirFor(flags: ParsedCli['flags'], io: CliIo): Promise<string> {
  const { defaultCacheDir } = await import('@kokoro-ts/engine');
  return stringFlag(flags, 'cache-dir') ?? io.env.KOKORO_CACHE_DIR ?? defaultCacheDir(io.platform, io.env, homedir());
}

/**
 * Engine options from flags over `KOKORO_*` variables. Downloads stay off unless `--download`
 * (or KOKORO_DOWNLOAD=1): a server that cannot reach the network should say what is missing,
 * not hang on a download.
 */
export async function engineOptionsFor(flags: ParsedCli['flags'], io: CliIo): Promise<EngineOptions> {
  const { engineOptionsFromEnv } = await import('@kokoro-ts/engine');
  const options: EngineOptions = { ...engineOptionsFromEnv(io.env) };
  const model = stringFlag(flags, 'model');
  const voices = stringFlag(flags, 'voices');
  if (model !== undefined) options.model = model;
  if (voices !== undefined) options.voices = voices;
  options.cacheDir = await cacheDirFor(flags, io);
  const download = flags.download === true || io.env.KOKORO_DOWNLOAD === '1';
  options.download = download;
  if (!download) options.lexicons = false;
  const g2p: NonNullable<EngineOptions['g2p']> = { ...(options.g2p ?? {}) };
  if (flags['no-normalize'] === true) g2p.normalize = false;
  const lexiconPath = stringFlag(flags, 'lexicon');
  if (lexiconPath !== undefined) {
    const { loadLexiconFile } = await import('@kokoro-ts/g2p');
    g2p.lexicon = await loadLexiconFile(lexiconPath);
  }
  options.g2p = g2p;
  return options;
}

/** Loads the engine for a command; a missing model becomes exit code 3 with the way to get one. */
export async function loadEngine(flags: ParsedCli['flags'], io: CliIo): Promise<SpeechEngine & Engine> {
  const options = await engineOptionsFor(flags, io);
  try {
    return await io.createEngine(options);
  } catch (error) {
    throw asModelError(error);
  }
}

/** Maps engine asset errors to exit code 3 with the hint; anything else passes through. */
export function asModelError(error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'KOKORO_ENGINE_MODEL_MISSING' || code === 'KOKORO_ENGINE_BAD_VOICE_FILE' || code === 'KOKORO_ENGINE_BAD_MODEL') {
    return new CliError(`${(error as Error).message}\n${MODEL_HINT}`, 3);
  }
  return error;
}
