import type { Dialect } from './lexicon/arpabet';
import type { EmbeddedLexicon } from './lexicon/embedded';
import { FUNCTION_WORDS, PHRASE_END_FORMS } from './lexicon/function-words';
import { HETERONYM_WORDS, heteronymEntry } from './lexicon/heteronyms';
import { resolveEntry, type Lexicon, type LexiconEntry, type PosTag } from './lexicon/types';
import { spellLetters } from './letters';
import { joinHyphenated, linkReading } from './hyphenated';
import { byMorphology, byStressSettingSuffix, demote, gbStress, stressedEnding, suffixS, vowelCount } from './morphology';
import { fallbackPhonemes } from './fallback/rules';
import { spellingVariants } from './spelling';
import { closedPretonicSecondary, gbShortVowels, gbSpelledEndings } from './lexicon/vowels';
import { prefixStress } from './lexicon/prefix-stress';

/** Where a word's pronunciation came from (for OOV statistics). */
export type WordSource = 'inline' | 'user' | 'lexicon' | 'special' | 'embedded' | 'morphology' | 'compound' | 'letters' | 'espeak' | 'rules' | 'none';

/** Context a word is read in: neighbouring words (lower-case) and whether the next sound is a vowel. @internal */
export interface WordContext {
  prev: string | undefined;
  next: string | undefined;
  /** `true`/`false`: next word starts with a vowel/consonant sound; `null`: end of phrase. */
  nextVowel: boolean | null;
}

const NUMBER_WORDS = new Set([
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty',
  'seventy', 'eighty', 'ninety', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
]);
const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
/** Auxiliaries take their stressed form at the end of a phrase ("yes, I could."), as misaki's `None` entries do. */
const AUXILIARIES = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'must', 'do', 'does', 'have', 'has', 'had', 'am', 'is', 'are', 'was', 'were', 'be', 'been']);
const SPECIAL = new Set(['a', 'an', 'the', 'to', 'in', 'i', 'used', 'lead']);

/** @internal */
export interface Resolved {
  phonemes: string;
  source: WordSource;
}

/**
 * The lexicon stack: user lexicon > extra lexicons (misaki gold, silver, ...) > heteronyms > embedded CMUdict >
 * morphology > compounds > letters > espeak results > rules.
 * @internal
 */
export class WordResolver {
  /** espeak-ng results, filled asynchronously by `prepare`. */
  readonly espeak = new Map<string, string>();

  /**
   * @param letterToSound use the CMUdict-trained letter-to-sound model for unknown words (default). Leave-one-out
   *   evaluations turn it off: the model was trained on the very words those evaluations hide.
   */
  constructor(
    readonly dialect: Dialect,
    private readonly embedded: EmbeddedLexicon,
    private readonly user: Lexicon | undefined,
    private readonly lexicons: readonly Lexicon[],
    private readonly letterToSound = true,
  ) {}

  /** True when the word's reading can depend on its neighbours (so it must not be cached). */
  isContextual(lower: string): boolean {
    return SPECIAL.has(lower) || FUNCTION_WORDS.has(lower) || HETERONYM_WORDS.has(lower) || this.hasPosEntry(lower);
  }

  private hasPosEntry(lower: string): boolean {
    const check = (lex: Lexicon | undefined): boolean => {
      const e = lex?.[lower];
      return typeof e === 'object' && e !== null;
    };
    return check(this.user) || this.lexicons.some(check);
  }

  private inExplicitLexicon(word: string, lower: string): boolean {
    return this.entryFrom(this.user, word, lower) !== undefined || this.lexicons.some((lex) => this.entryFrom(lex, word, lower) !== undefined);
  }

  private entryFrom(lex: Lexicon | undefined, word: string, lower: string): LexiconEntry | undefined {
    if (!lex) return undefined;
    if (Object.hasOwn(lex, word)) return lex[word];
    if (lower !== word && Object.hasOwn(lex, lower)) return lex[lower];
    return undefined;
  }

  /** Plain dictionary lookup through the stack (no morphology), for stems and compound parts. */
  lookupStack(word: string, tag: PosTag = 'DEFAULT'): string | undefined {
    const lower = word.toLowerCase();
    const user = resolveEntry(this.entryFrom(this.user, word, lower), tag, false);
    if (user !== undefined) return user;
    for (const lex of this.lexicons) {
      const found = resolveEntry(this.entryFrom(lex, word, lower), tag, false);
      if (found !== undefined) return found;
    }
    const het = heteronymEntry(lower, this.dialect);
    if (het !== undefined) return resolveEntry(het, tag, false);
    return this.embedded.lookup(lower);
  }

  /** Prefix stress (and GB vowels) for readings built from parts (a derived word, a compound), as for CMUdict words. */
  private wordConventions(phonemes: string, lower: string): string {
    return prefixStress(this.dialect === 'en-gb' ? gbSpelledEndings(gbShortVowels(phonemes), lower) : closedPretonicSecondary(phonemes, lower), lower, this.dialect);
  }

  /** Lookup of the American spellings of a word (see spelling.ts); `undefined` when none is known. */
  private lookupVariant(lower: string, wholeWord: boolean): string | undefined {
    for (const variant of spellingVariants(lower, wholeWord)) {
      const found = this.lookupStack(variant);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /** Context-dependent readings: user entries, misaki's special cases, POS maps, phrase-final function words. */
  contextual(word: string, lower: string, tag: PosTag, extraKey: string | undefined, ctx: WordContext): Resolved | undefined {
    const atEnd = ctx.nextVowel === null;
    const userEntry = this.entryFrom(this.user, word, lower);
    const user = resolveEntry(userEntry, tag, atEnd);
    if (user !== undefined) return { phonemes: user, source: 'user' };
    switch (lower) {
      case 'the':
        return { phonemes: ctx.nextVowel === true ? 'ði' : 'ðə', source: 'special' };
      case 'a':
        if (word === 'a' || ctx.next !== undefined) return { phonemes: 'ɐ', source: 'special' };
        break;
      case 'an':
        return { phonemes: 'ɐn', source: 'special' };
      case 'to':
        // At the end of a phrase misaki reads its lexicon entry (US tu).
        return { phonemes: (atEnd ? PHRASE_END_FORMS[this.dialect].to : undefined) ?? (ctx.nextVowel === false ? 'tə' : 'tʊ'), source: 'special' };
      case 'in':
        return { phonemes: atEnd ? 'ˈɪn' : 'ɪn', source: 'special' };
      case 'i':
        if (word === 'I') return { phonemes: 'ˌI', source: 'special' };
        break;
      default:
        break;
    }
    for (const lex of this.lexicons) {
      const found = resolveEntry(this.entryFrom(lex, word, lower), tag, atEnd);
      if (found !== undefined) return { phonemes: found, source: 'lexicon' };
    }
    const het = heteronymEntry(lower, this.dialect);
    if (het !== undefined && typeof het === 'object' && het !== null) {
      const keyed = extraKey !== undefined ? het[extraKey] : undefined;
      const found = typeof keyed === 'string' ? keyed : resolveEntry(het, tag, atEnd);
      if (found !== undefined) return { phonemes: found, source: 'special' };
    }
    if (FUNCTION_WORDS.has(lower)) {
      const endForm = atEnd ? PHRASE_END_FORMS[this.dialect][lower] : undefined;
      if (endForm) return { phonemes: endForm, source: 'special' };
      const found = atEnd && endForm === undefined && AUXILIARIES.has(lower) ? this.embedded.stressed(lower) : this.embedded.lookup(lower);
      if (found !== undefined) return { phonemes: found, source: 'embedded' };
    }
    return undefined;
  }

  /** Context-free reading of one word token (cacheable). Never returns an empty string for text with letters. */
  resolve(word: string): Resolved {
    const text = word.replace(/[’‘]/g, "'");
    const lower = text.toLowerCase();
    if (text.includes('-') && !this.inExplicitLexicon(text, lower)) {
      const parts = text.split('-').filter((p) => p.length > 0);
      if (parts.length > 1) {
        const read = parts.map((p, k) => linkReading(p, k, parts.length, this.dialect) ?? this.resolve(p).phonemes);
        // re-/pre-/de- are prefixes, not words: the word reads as prefix + stem (re-election ɹˌiəlˈɛkʃən).
        const prefixed = parts.length === 2 && /^(re|pre|de)$/i.test(parts[0] ?? '') ? byMorphology(parts.join('').toLowerCase(), (w) => this.lookupStack(w), this.dialect) : undefined;
        if (prefixed !== undefined) return { phonemes: prefixed, source: 'morphology' };
        // Number words from normalization ("twenty-four") are separate words, as misaki reads numbers.
        if (parts.every((p) => NUMBER_WORDS.has(p.toLowerCase()))) return { phonemes: read.join(' '), source: 'compound' };
        const joined = joinHyphenated(read, parts.map((p) => p.toLowerCase()), this.dialect);
        // GB hyphenated words follow the GB vowel and prefix rules (non-ferrous nɒnfˈɛɹəs); US ones keep in- (in-depth).
        return { phonemes: this.dialect === 'en-gb' ? this.wordConventions(joined, lower.replace(/-/g, '')) : joined, source: 'compound' };
      }
    }
    // A camelCase name with an all-caps part is a product name, not the dictionary word (iOS is not the island Ios).
    if (/[a-z][A-Z]{2,4}(?![a-z])/.test(text) && /^[A-Za-z]+$/.test(text) && !this.inExplicitLexicon(text, lower)) {
      const camel = splitCamel(text);
      if (camel.length > 1) return { phonemes: this.joinCamel(camel), source: 'compound' };
    }
    const direct = this.lookupStack(text);
    if (direct !== undefined) {
      // CMUdict spells many acronyms with a primary stress on every letter; misaki keeps only the last.
      if (text.length > 1 && text === text.toUpperCase() && /^[A-Z]+$/.test(text) && direct.split('ˈ').length > 2) {
        return { phonemes: spellLetters(text, this.dialect) ?? direct, source: 'letters' };
      }
      return { phonemes: direct, source: 'embedded' };
    }
    const plain = stripAccents(text);
    if (plain !== text) return this.resolve(plain);
    if (/\d/.test(text)) return this.readWithDigits(text);
    if (text.includes('.')) return { phonemes: spellLetters(text, this.dialect) ?? '', source: 'letters' };
    if (/^[a-z']+$/i.test(text)) {
      // All caps, or caps with one trailing lower-case letter that is not a plural s (IPv, as in IPv6).
      const isAcronym = text.length > 1 && (text === text.toUpperCase() || /^[A-Z]{2,}[a-rt-z]$/.test(text)) && !this.embedded.has(lower);
      // A plural acronym is spelled, then takes -s (PDFs pˌidˌiˈɛfs, not "P D F S").
      if (/^[A-Z]{2,}s$/.test(text) && !this.embedded.has(lower)) {
        const letters = spellLetters(text.slice(0, -1), this.dialect);
        if (letters) return { phonemes: suffixS(letters, this.dialect), source: 'letters' };
      }
      if (isAcronym || !/[aeiouy]/i.test(text)) {
        const letters = spellLetters(text, this.dialect);
        if (letters) return { phonemes: letters, source: 'letters' };
      }
      const stem = (w: string): string | undefined => this.lookupStack(w);
      // A British spelling the lexicon lacks reads as its American twin (sombre, palaeontology, defence), as a
      // whole word or as the stem of a derived one (socialising); a stem known as spelled comes first.
      const variantStem = (w: string): string | undefined => this.lookupStack(w) ?? this.lookupVariant(w, false);
      const morph = byMorphology(lower, stem, this.dialect) ?? this.lookupVariant(lower, true) ?? byMorphology(lower, variantStem, this.dialect);
      if (morph !== undefined) return { phonemes: this.wordConventions(morph, lower), source: 'morphology' };
      const camel = splitCamel(text);
      if (camel.length > 1) return { phonemes: this.joinCamel(camel), source: 'compound' };
      const compound = this.compound(lower);
      if (compound !== undefined) return { phonemes: this.wordConventions(compound, lower), source: 'compound' };
      const fromEspeak = this.espeak.get(lower);
      if (fromEspeak) return { phonemes: fromEspeak, source: 'espeak' };
      const onPredictedStem = this.letterToSound ? byStressSettingSuffix(lower, (w) => fallbackPhonemes(w, this.dialect), this.dialect) : undefined;
      if (onPredictedStem !== undefined) return { phonemes: this.wordConventions(onPredictedStem, lower), source: 'rules' };
      return { phonemes: stressedEnding(lower, fallbackPhonemes(lower, this.dialect, this.letterToSound), this.dialect), source: 'rules' };
    }
    const fromEspeak = this.espeak.get(lower);
    if (fromEspeak) return { phonemes: fromEspeak, source: 'espeak' };
    const rules = fallbackPhonemes(lower, this.dialect, this.letterToSound);
    return { phonemes: rules, source: rules ? 'rules' : 'none' };
  }

  /**
   * Reads a camelCase name as a compound (TypeScript tˈIpskɹˌɪpt, TikTok): the first stressed part keeps the
   * primary and later parts get secondary stress; an all-caps part of two to four letters is spelled and, like any
   * acronym, carries the primary on its last letter (ChatGPT ʧˌætʤˌipˌitˈi, iOS ˌIˌOˈɛs).
   */
  private joinCamel(parts: readonly string[]): string {
    const readings = parts.map((part) => {
      const spelled = /^[A-Z]{2,4}$/.test(part) ? spellLetters(part, this.dialect) : undefined;
      return { phonemes: spelled ?? this.resolve(part).phonemes, acronym: spelled !== undefined };
    });
    let holder = -1;
    for (let k = readings.length - 1; k >= 0 && holder < 0; k--) if (readings[k]?.acronym) holder = k;
    if (holder < 0) holder = readings.findIndex((r) => r.phonemes.includes('ˈ'));
    return readings.map((r, k) => (k === holder ? r.phonemes : r.phonemes.replace(/ˈ/g, 'ˌ'))).join('');
  }

  /** Splits an unknown word into two known words (sweatshirt = sweat + shirt), the second with secondary stress. */
  private compound(lower: string): string | undefined {
    if (lower.length < 8) return undefined;
    // Of all splits into two known words, take the most balanced one, then the one with the longer second part
    // (sweat+shirt over sweats+hirt, ring+leader over ringle+ader).
    let best: { score: number; phonemes: string; combining: boolean; rightSyllables: number } | undefined;
    for (let i = lower.length - 4; i >= 4; i--) {
      const score = Math.min(i, lower.length - i) * 100 + (lower.length - i);
      if (best !== undefined && score <= best.score) continue;
      const left = this.lookupStack(lower.slice(0, i));
      if (left === undefined) continue;
      const rightWord = lower.slice(i);
      const right = this.lookupStack(rightWord) ?? byMorphology(rightWord, (w) => this.lookupStack(w), this.dialect);
      if (right === undefined) continue;
      // After an unstressed function word (there-, here-, where-) the second part carries the primary (therewith
      // ðɛɹwˈɪð, hereupon hˌɪɹəpˈɑn).
      const phonemes = left.includes('ˈ') ? left + demote(right) : left + (right.includes('ˈ') ? right : (this.embedded.stressed(rightWord) ?? right));
      // A left part ending in o/i is usually a combining form (physio-, philo-, kilo-) and a right part starting
      // with a vowel a suffix (pearl+ite, patin+ated): such words are not two words side by side, and their stress
      // moves, which the letter-to-sound model reads better (on misaki's US gold with the earlier trees, 61 words
      // fixed and 17 broken).
      best = { score, phonemes, combining: /[oi]$/.test(lower.slice(0, i)) || /^[aeiouy]/.test(rightWord), rightSyllables: vowelCount(right) };
    }
    if (best?.combining && this.letterToSound) return undefined;
    // GB keeps the second part's secondary stress only when it has more syllables to carry (newsreader
    // njˈuːzɹˌiːdə, but whipcord wˈɪpkɔːd), and never on ɜː (windsurfing wˈɪndsəːfɪŋ, bodyworker).
    if (best === undefined) return undefined;
    if (best.rightSyllables === 1) return gbStress(best.phonemes, this.dialect);
    return this.dialect === 'en-gb' ? best.phonemes.replace(/(ˈ.*)ˌɜː/, '$1əː') : best.phonemes;
  }

  /** Words mixing digits and letters (mp3, G2P): letter runs are words, digits are read one by one. */
  private readWithDigits(text: string): Resolved {
    const parts: string[] = [];
    let run = '';
    const flush = (): void => {
      if (run) parts.push(this.resolve(run).phonemes);
      run = '';
    };
    for (let i = 0; i < text.length; i++) {
      const ch = text[i] ?? '';
      const d = ch.charCodeAt(0) - 48;
      if (d >= 0 && d <= 9) {
        flush();
        // misaki reads a lone 2 between letters as "to" (G2P, B2B).
        const between = /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
        parts.push(d === 2 && between ? 'tə' : (this.lookupStack(DIGIT_WORDS[d] ?? '') ?? ''));
      } else if (/[\p{L}']/u.test(ch)) run += ch;
      else flush();
    }
    flush();
    const joined = /\p{L}/u.test(text) ? parts.join('') : parts.filter(Boolean).join(' ');
    return { phonemes: joined, source: 'compound' };
  }
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function splitCamel(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const prev = text[i - 1] ?? '';
    if (current && ch >= 'A' && ch <= 'Z' && prev >= 'a' && prev <= 'z') {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  if (current) parts.push(current);
  return parts;
}
