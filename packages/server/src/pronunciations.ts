import { ServerError } from './errors';

const WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’-]{0,63}$/u;
/** Characters that would break misaki's inline link syntax `[word](/phonemes/)`. */
const PHONEMES = /^[^[\]()/\r\n]{1,256}$/u;

/**
 * Applies per-request pronunciations by rewriting each whole-word occurrence (any case) of a
 * given word as misaki's inline link `[word](/phonemes/)`, which the G2P takes verbatim. Words
 * and phonemes are validated first (400 naming the entry) so user input can never break out
 * of the link syntax.
 */
export function applyPronunciations(text: string, pronunciations: Readonly<Record<string, string>>): string {
  const byWord = new Map<string, string>();
  for (const [word, phonemes] of Object.entries(pronunciations)) {
    if (!WORD.test(word)) {
      throw new ServerError('KOKORO_SERVER_BAD_REQUEST', `Invalid pronunciation key ${JSON.stringify(word.slice(0, 80))}: expected one word (letters, digits, apostrophes or hyphens, at most 64 characters).`, { param: 'pronunciations' });
    }
    if (!PHONEMES.test(phonemes)) {
      throw new ServerError('KOKORO_SERVER_BAD_REQUEST', `Invalid phonemes for ${JSON.stringify(word)}: expected 1-256 characters of misaki phonemes without [ ] ( ) / or line breaks (e.g. "kˈOkəɹO").`, { param: `pronunciations.${word}` });
    }
    byWord.set(word.toLowerCase(), phonemes);
  }
  if (byWord.size === 0) return text;
  const alternatives = [...byWord.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}'’\\[])(${alternatives.join('|')})(?![\\p{L}\\p{N}'’])`, 'giu');
  return text.replace(pattern, (match: string) => `[${match}](/${byWord.get(match.toLowerCase())!}/)`);
}
