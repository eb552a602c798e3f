import type { PhonemeCache } from './cache';
import { spellLetters } from './letters';
import { guessTag, specialTag } from './pos';
import type { WordResolver, WordSource } from './resolver';
import type { ScanToken } from './scan';

/** One word of the input with its phonemes. */
export interface PhonemizedWord {
  /** The word as written in the input (for a rewritten piece such as "$5", the whole source piece). */
  text: string;
  /** Start offset of `text` in the input (UTF-16 code units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** misaki phonemes for this word (several spoken words are joined by spaces, e.g. "five dollars"). */
  phonemes: string;
}

/** A word or punctuation unit of phonemized text. @internal */
export interface Unit {
  kind: 'word' | 'punct';
  text: string;
  start: number;
  end: number;
  phonemes: string;
  /** Output a space before this unit. */
  spaceBefore: boolean;
  /** A blank line preceded this unit in the input. */
  paragraphBefore: boolean;
  /** Where the (first) word's pronunciation came from. */
  source: WordSource;
}

const VOWEL_START = new Set('AIOQWYaiuæɑɒɔəɛɜɪʊʌᵻ');
const CONSONANT_START = new Set('bdfhjklmnpstvwzðŋɡɹɾʃʒʤʧθʔ');
const PHRASE_PUNCT = new Set([',', '.', '!', '?', ';', ':', '—', '…']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', '…']);

/** First sound of a phoneme string: true vowel, false consonant, null none. */
function startsWithVowel(phonemes: string): boolean | null {
  for (const ch of phonemes) {
    if (VOWEL_START.has(ch)) return true;
    if (CONSONANT_START.has(ch)) return false;
  }
  return null;
}

function addStressBeforeFirstVowel(phonemes: string, mark: string): string {
  for (let i = 0; i < phonemes.length; i++) {
    if (VOWEL_START.has(phonemes[i] ?? '')) return phonemes.slice(0, i) + mark + phonemes.slice(i);
  }
  return phonemes;
}

/** misaki's capital-letter stress: Title-case words get at least secondary stress, ALL-CAPS words primary. */
function capitalStress(word: string, phonemes: string): string {
  if (word === word.toLowerCase()) return phonemes;
  const allCaps = word.length > 1 && word === word.toUpperCase();
  if (phonemes.includes('ˈ')) return phonemes;
  if (allCaps) return phonemes.includes('ˌ') ? phonemes.replace('ˌ', 'ˈ') : addStressBeforeFirstVowel(phonemes, 'ˈ');
  return phonemes.includes('ˌ') ? phonemes : addStressBeforeFirstVowel(phonemes, 'ˌ');
}

/** Shared state the phonemizer needs. @internal */
export interface PhonemizeDeps {
  resolver: WordResolver;
  cache: PhonemeCache<CachedWord>;
  contextual: (lower: string) => boolean;
}

/** A cached context-free word reading. @internal */
export interface CachedWord {
  phonemes: string;
  source: WordSource;
}

interface Spanned {
  token: ScanToken;
  start: number;
  end: number;
  phonemes: string;
  source: WordSource;
}

/** A scanned token with its span in the original input. @internal */
export interface SourceToken {
  token: ScanToken;
  start: number;
  end: number;
}

/**
 * Phonemizes scanned tokens (from normalized text) into units whose spans point into the original input.
 * Words are read right to left, as misaki does, so "the"/"to" can look at the next word's first sound.
 * @internal
 */
export function phonemizeUnits(sourceTokens: readonly SourceToken[], original: string, deps: PhonemizeDeps): Unit[] {
  const tokens = sourceTokens.map((x) => x.token);
  const items: Spanned[] = sourceTokens.map(({ token, start, end }) => ({ token, start, end, phonemes: '', source: 'none' }));
  const letterGroup = markLetterGroups(items);
  let nextVowel: boolean | null = null;
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (!item) continue;
    const token = item.token;
    if (token.kind === 'punct') {
      item.phonemes = token.phonemes ?? '';
      if (PHRASE_PUNCT.has(item.phonemes)) nextVowel = null;
      continue;
    }
    const group = letterGroup[i] ?? 0;
    if (group > 0) {
      // A spelled acronym from normalization ("F B I"): read as one word with misaki's acronym stress.
      const letters = items.slice(i - group + 1, i + 1).map((x) => x.token.text).join('');
      const spelled = spellLetters(letters, deps.resolver.dialect) ?? '';
      for (let k = i - group + 1; k < i; k++) {
        const x = items[k];
        if (x) x.source = 'letters';
      }
      item.phonemes = spelled;
      item.source = 'letters';
      i -= group - 1;
      nextVowel = startsWithVowel(spelled) ?? nextVowel;
      continue;
    }
    const prevTok = tokens[i - 1];
    const nextTok = tokens[i + 1];
    const next = nextTok?.kind === 'word' ? nextTok.text.toLowerCase() : undefined;
    const resolved = readWord(token, prevTok, next, nextVowel, deps);
    item.phonemes = resolved.phonemes;
    item.source = resolved.source;
    nextVowel = startsWithVowel(resolved.phonemes) ?? nextVowel;
  }
  return mergeUnits(items, original);
}

function readWord(token: ScanToken, prevTok: ScanToken | undefined, next: string | undefined, nextVowel: boolean | null, deps: PhonemizeDeps): { phonemes: string; source: WordSource } {
  const prev = prevTok?.kind === 'word' ? prevTok.text.toLowerCase() : undefined;
  if (token.phonemes !== undefined) return { phonemes: token.phonemes, source: 'inline' };
  const word = token.text;
  const lower = word.toLowerCase().replace(/’/g, "'");
  const contextual = deps.contextual(lower);
  if (!contextual) {
    const cached = deps.cache.get(word);
    if (cached !== undefined) return cached;
  } else {
    const het = specialTag(lower, prev, next);
    const prevText = prev === undefined ? '' : (prevTok?.text ?? '');
    const prevIsName = prevText.length > 1 && prevText[0] !== prevText[0]?.toLowerCase() && prevText.slice(1) === prevText.slice(1).toLowerCase();
    const tag = guessTag(prev, next, true, prevIsName);
    const found = deps.resolver.contextual(word, lower, tag, het, { prev, next, nextVowel });
    if (found) return { phonemes: found.source === 'special' || found.source === 'user' ? found.phonemes : capitalStress(word, found.phonemes), source: found.source };
  }
  const resolved = deps.resolver.resolve(word);
  const phonemes = resolved.source === 'letters' ? resolved.phonemes : capitalStress(word, resolved.phonemes);
  const result = { phonemes, source: resolved.source };
  if (!contextual) deps.cache.set(word, result);
  return result;
}

/** For each item, the length of the run of single capital letters sharing one source span that ends there. */
function markLetterGroups(items: readonly Spanned[]): number[] {
  const groups = new Array<number>(items.length).fill(0);
  let i = 0;
  while (i < items.length) {
    const first = items[i];
    if (!first || !isSingleCapital(first.token)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < items.length) {
      const x = items[j];
      if (!x || !isSingleCapital(x.token) || x.start !== first.start || x.end !== first.end) break;
      j++;
    }
    if (j - i >= 2 && first.end - first.start >= 2) groups[j - 1] = j - i;
    i = j;
  }
  return groups;
}

function isSingleCapital(token: ScanToken): boolean {
  if (token.kind !== 'word' || token.text.length !== 1 || token.phonemes !== undefined) return false;
  const c = token.text.charCodeAt(0);
  return c >= 65 && c <= 90;
}

/** Joins consecutive words that came from one source piece ("$5" -> "five dollars") into one unit. */
function mergeUnits(items: readonly Spanned[], original: string): Unit[] {
  const units: Unit[] = [];
  let last: Unit | undefined;
  let lastSentenceEnd = false;
  for (const item of items) {
    const token = item.token;
    if (token.kind === 'word' && last?.kind === 'word' && last.start === item.start && last.end === item.end && item.end > item.start) {
      if (item.source !== 'letters' || last.source !== 'letters') {
        if (item.phonemes) last.phonemes = last.phonemes ? `${last.phonemes} ${item.phonemes}` : item.phonemes;
      } else if (item.phonemes) {
        last.phonemes = item.phonemes;
      }
      continue;
    }
    const spaceBefore = token.spaceBefore || (token.kind === 'word' && lastSentenceEnd);
    last = {
      kind: token.kind,
      text: original.slice(item.start, item.end),
      start: item.start,
      end: item.end,
      phonemes: item.phonemes,
      spaceBefore,
      paragraphBefore: token.paragraphBefore,
      source: item.source,
    };
    units.push(last);
    lastSentenceEnd = token.kind === 'punct' && (SENTENCE_PUNCT.has(item.phonemes) || item.phonemes === ',' || item.phonemes === ';' || item.phonemes === ':');
  }
  return units;
}

/** Joins units into one phoneme string. @internal */
export function joinUnits(units: readonly Unit[]): string {
  // Collected in an array: checking the tail of a growing concatenated string would flatten it every time.
  const parts: string[] = [];
  for (const unit of units) {
    if (!unit.phonemes) continue;
    if (parts.length > 0 && unit.spaceBefore) parts.push(' ');
    parts.push(unit.phonemes);
  }
  return parts.join('');
}
