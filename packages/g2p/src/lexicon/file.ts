import { readFile as fsReadFile } from 'node:fs/promises';
import { badLexicon } from '../errors';
import type { Lexicon, LexiconEntry } from './types';

/** Options for {@link loadLexiconFile}. */
export interface LoadLexiconOptions {
  /** File reader, injectable for tests. Default: `fs.promises.readFile(path, 'utf8')`. */
  readFile?: (path: string) => Promise<string>;
}

/**
 * Checks that `value` has misaki's lexicon shape and returns a frozen copy.
 * @param where a label for error messages (file path or option name).
 * @throws G2PError `KOKORO_G2P_BAD_LEXICON`
 */
export function validateLexicon(value: unknown, where: string): Lexicon {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw badLexicon(where, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const out: Record<string, LexiconEntry> = Object.create(null) as Record<string, LexiconEntry>;
  for (const [word, entry] of Object.entries(value as Record<string, unknown>)) {
    if (entry === null || typeof entry === 'string') {
      out[word] = entry;
      continue;
    }
    if (typeof entry !== 'object' || Array.isArray(entry)) {
      throw badLexicon(where, `entry "${word}" is ${Array.isArray(entry) ? 'an array' : typeof entry}`);
    }
    const map: Record<string, string | null> = {};
    for (const [tag, phonemes] of Object.entries(entry as Record<string, unknown>)) {
      if (phonemes !== null && typeof phonemes !== 'string') {
        throw badLexicon(where, `entry "${word}" tag "${tag}" is ${typeof phonemes}, expected a string or null`);
      }
      map[tag] = phonemes;
    }
    if (!('DEFAULT' in map)) throw badLexicon(where, `entry "${word}" is a part-of-speech map without a DEFAULT key`);
    out[word] = Object.freeze(map);
  }
  return Object.freeze(out);
}

/**
 * Loads a lexicon JSON file in misaki's format (e.g. misaki's `us_gold.json` / `us_silver.json`, or your own).
 * Values are a phoneme string, `null`, or a map keyed by part of speech (`DEFAULT`, `VERB`, `NOUN`, `ADJ`, ...).
 * @throws G2PError `KOKORO_G2P_BAD_LEXICON` when the file is not JSON or not in that shape.
 */
export async function loadLexiconFile(path: string, options: LoadLexiconOptions = {}): Promise<Lexicon> {
  const read = options.readFile ?? ((p: string) => fsReadFile(p, 'utf8'));
  const text = await read(path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw badLexicon(path, `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  return validateLexicon(parsed, path);
}
