import { extname } from 'node:path';

import { encodeAll } from '../audio/create-encoder';
import { AUDIO_FORMATS } from '../audio/encoder';
import type { AudioFormat } from '../audio/encoder';
import { resolveVoice } from '../voices';
import { numberFlag, stringFlag } from './args';
import type { ParsedCli } from './args';
import { CliError } from './cli-error';
import { loadEngine } from './runtime';
import type { CliIo } from './runtime';

const USAGE_CODES = new Set(['KOKORO_ENGINE_BAD_SPEED', 'KOKORO_ENGINE_UNKNOWN_VOICE', 'KOKORO_ENGINE_BAD_VOICE_SPEC', 'KOKORO_ENGINE_EMPTY_INPUT', 'KOKORO_ENGINE_INPUT_TOO_LONG', 'KOKORO_SERVER_UNKNOWN_VOICE']);

function lang(flags: ParsedCli['flags']): 'en-us' | 'en-gb' | undefined {
  const l = stringFlag(flags, 'lang');
  if (l === undefined || l === 'en-us' || l === 'en-gb') return l;
  throw new CliError(`--lang must be en-us or en-gb, got ${JSON.stringify(l)}.`, 2);
}

/** Text from arguments, `--file`, or standard input (in that order). */
async function inputText(cli: ParsedCli, io: CliIo): Promise<string> {
  if (cli.positionals.length > 0) return cli.positionals.join(' ');
  const file = stringFlag(cli.flags, 'file');
  if (file !== undefined) return io.readTextFile(file);
  if (!io.stdinIsTTY) return io.readStdin();
  throw new CliError(`No text: pass it as an argument (kokoro ${cli.command} "Hello"), with --file FILE, or on standard input.`, 2);
}

/** `kokoro say`: text to an audio file. */
export async function sayCommand(cli: ParsedCli, io: CliIo): Promise<number> {
  const out = stringFlag(cli.flags, 'out');
  const fromExt = out === undefined || out === '-' ? undefined : extname(out).slice(1).toLowerCase();
  const format = (stringFlag(cli.flags, 'format') ?? (fromExt !== undefined && (AUDIO_FORMATS as readonly string[]).includes(fromExt) ? fromExt : 'wav')) as AudioFormat;
  if (!(AUDIO_FORMATS as readonly string[]).includes(format)) throw new CliError(`--format must be one of ${AUDIO_FORMATS.join(', ')}, got ${JSON.stringify(format)}.`, 2);
  const speed = numberFlag(cli.flags, 'speed') ?? 1;
  if (speed < 0.25 || speed > 4) throw new CliError(`--speed must be between 0.25 and 4, got ${speed}.`, 2);
  const voiceFlag = stringFlag(cli.flags, 'voice');
  let voice: string | undefined;
  try {
    voice = voiceFlag === undefined ? undefined : resolveVoice(voiceFlag).spec;
  } catch (error) {
    throw new CliError((error as Error).message.replace(' GET /v1/audio/voices lists the voices.', ' `kokoro voices` lists them.'), 2);
  }
  const language = lang(cli.flags);
  const text = await inputText(cli, io);
  if (text.trim() === '') throw new CliError('The text is empty: nothing to say.', 2);
  const target = out ?? `out.${format}`;
  const engine = await loadEngine(cli.flags, io);
  try {
    const started = performance.now();
    const result = await engine.synthesize(text, { ...(voice === undefined ? {} : { voice }), speed, ...(language === undefined ? {} : { lang: language }) });
    const bytes = await encodeAll(format, result.audio, { sampleRate: result.sampleRate });
    if (target === '-') io.outBytes(bytes);
    else await io.writeFile(target, bytes);
    const seconds = result.audio.length / result.sampleRate;
    const summary = { out: target, format, seconds, bytes: bytes.length, segments: result.segments.length, ms: Math.round(performance.now() - started) };
    if (cli.flags.json === true && target !== '-') io.out(`${JSON.stringify(summary)}\n`);
    else io.err(`wrote ${target}: ${seconds.toFixed(2)} s of ${format} (${bytes.length} bytes) in ${summary.ms} ms\n`);
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && USAGE_CODES.has(code)) throw new CliError((error as Error).message, 2);
    throw error;
  } finally {
    await engine.dispose();
  }
}

/** `kokoro voices`: the voices the engine loaded. */
export async function voicesCommand(cli: ParsedCli, io: CliIo): Promise<number> {
  const engine = await loadEngine(cli.flags, io);
  try {
    const voices = engine.voices();
    if (cli.flags.json === true) io.out(`${JSON.stringify(voices)}\n`);
    else {
      const lines = voices.map((v) => `${v.id.padEnd(16)} ${v.language.padEnd(8)} ${v.gender.padEnd(8)} ${v.name}`);
      io.out(`${'id'.padEnd(16)} ${'language'.padEnd(8)} ${'gender'.padEnd(8)} name\n${lines.join('\n')}\n`);
    }
    return 0;
  } finally {
    await engine.dispose();
  }
}

/**
 * `kokoro phonemize`: text to phonemes and token ids with the G2P alone (no model needed).
 * `--jsonl` streams standard input line by line and writes one JSON object per line, in
 * batches, so 10,000 lines take one process and one G2P instance.
 */
export async function phonemizeCommand(cli: ParsedCli, io: CliIo): Promise<number> {
  const { createG2P, loadLexiconFile } = await import('@kokoro-ts/g2p');
  const language = lang(cli.flags);
  const lexiconPath = stringFlag(cli.flags, 'lexicon');
  const g2p = await createG2P({
    ...(language === undefined ? {} : { lang: language }),
    ...(cli.flags['no-normalize'] === true ? { normalize: false } : {}),
    ...(lexiconPath === undefined ? {} : { lexicon: await loadLexiconFile(lexiconPath) }),
  });
  const convert = (text: string): { text: string; phonemes: string; tokens: number[] } => {
    if (text.trim() === '') return { text, phonemes: '', tokens: [] };
    const { phonemes } = g2p.phonemize(text);
    return { text, phonemes, tokens: g2p.tokenize(phonemes).ids };
  };
  if (cli.flags.jsonl === true) {
    if (cli.positionals.length > 0) throw new CliError('--jsonl reads texts from standard input, one per line; do not pass text arguments.', 2);
    let batch: string[] = [];
    for await (const line of io.stdinLines()) {
      batch.push(JSON.stringify(convert(line)));
      if (batch.length >= 512) {
        io.out(`${batch.join('\n')}\n`);
        batch = [];
      }
    }
    if (batch.length > 0) io.out(`${batch.join('\n')}\n`);
    return 0;
  }
  const result = convert((await inputText(cli, io)).trim());
  io.out(cli.flags.json === true ? `${JSON.stringify(result)}\n` : `${result.phonemes}\n`);
  return 0;
}
