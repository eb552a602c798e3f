import type { Dialect } from './arpabet';

/**
 * Function words misaki's lexicon writes without stress (articles, short prepositions, conjunctions, pronouns,
 * auxiliaries). At the end of a phrase they take their stressed form, as misaki's `None` entries do.
 * @internal
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'for', 'from', 'at', 'as', 'by', 'on', 'in', 'with',
  'into', 'than', 'that', 'if', 'is', 'am', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had',
  'do', 'does', 'can', 'could', 'would', 'should', 'will', 'shall', 'must', 'he', 'she', 'it', 'we', 'you',
  'they', 'me', 'him', 'her', 'hers', 'us', 'them', 'my', 'your', 'his', 'its', 'our', 'their', 'this', 'these', 'those',
  'there', 'some', 'so', 'up', 'who', 'what', 'when', 'where', 'which', 'while', 'per', 'via',
  // Contracted pronoun + auxiliary forms are as weak as their parts.
  "it's", "i'm", "you're", "we're", "they're", "he's", "she's", "that's", "there's", "i've", "you've", "we've",
  "they've", "i'll", "you'll", "he'll", "she'll", "we'll", "they'll", "it'll", "i'd", "you'd", "he'd", "she'd",
  "we'd", "they'd",
]);

/** Content words whose CMUdict entry misaki does not follow (CMUdict writes "thirty" with d). @internal */
export const LEXICAL_OVERRIDES: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  // misaki writes these with secondary stress only (how hˌW, not nˌɑt, make mˌAk).
  'en-us': {
    thirty: 'θˈɜɹɾi', how: 'hˌW', made: 'mˌAd', make: 'mˌAk', not: 'nˌɑt', why: 'wˌI', whose: 'hˌuz', whilst: 'wˌIlst',
    onto: 'ˈɑntˌu',
    // some- compounds: the second part keeps a secondary stress, and misaki writes wh as hw there.
    something: 'sˈʌmθˌɪŋ', sometime: 'sˈʌmtˌIm', sometimes: 'sˈʌmtˌImz', somewhat: 'sˈʌmhwˌɑt', somewhere: 'sˈʌmhwˌɛɹ',
    somebody: 'sˈʌmbədi',
  },
  'en-gb': {
    thirty: 'θˈɜːti', why: 'wˌI', whose: 'hˌuːz', whilst: 'wˌIlst', whiles: 'wˌIlz', shall: 'ʃˌal',
    // CMUdict leaves some- unstressed in sometimes.
    sometimes: 'sˈʌmtImz', somewhat: 'sˈʌmwɒt',
  },
};

/** Forms that differ from a stress-stripped CMU reading (CMU lists the weak or a different strong vowel). @internal */
export const FUNCTION_WORD_OVERRIDES: Readonly<Record<Dialect, Readonly<Record<string, string>>>> = {
  'en-us': {
    a: 'ɐ', an: 'ɐn', and: 'ænd', was: 'wʌz', of: 'ʌv', the: 'ðə', to: 'tʊ', for: 'fɔɹ', or: 'ɔɹ',
    are: 'ɑɹ', were: 'wɜɹ', your: 'jʊɹ', from: 'fɹʌm', been: 'bɪn', does: 'dʌz', than: 'ðən',
    // misaki keeps a secondary stress on these (its lexicon: when wˌɛn, who hˌu, some sˌʌm, up ˌʌp).
    what: 'wˌʌt', when: 'wˌɛn', where: 'wˌɛɹ', which: 'wˌɪʧ', while: 'wˌIl', who: 'hˌu', some: 'sˌʌm', so: 'sˌO',
    them: 'ðˌɛm', up: 'ˌʌp', but: 'bˌʌt', on: 'ˌɔn', our: 'ˌWəɹ',
  },
  'en-gb': {
    a: 'ɐ', an: 'ɐn', and: 'and', was: 'wɒz', of: 'ɒv', the: 'ðə', to: 'tʊ', for: 'fɔː', or: 'ɔː',
    are: 'ɑː', were: 'wɜː', your: 'jɔː', from: 'fɹɒm', been: 'biːn', does: 'dʌz', some: 'sʌm',
    her: 'hɜː', there: 'ðɛː', their: 'ðɛː', our: 'Wə',
    // misaki's GB lexicon keeps a secondary stress on these (what wˌɒt, where wˌɛː, who hˌuː).
    what: 'wˌɒt', when: 'wˌɛn', where: 'wˌɛː', which: 'wˌɪʧ', while: 'wˌIl', who: 'hˌuː', up: 'ˌʌp', us: 'ˌʌs',
    him: 'hˌɪm', than: 'ðən', hers: 'hɜːz',
  },
};

/**
 * What a function word becomes at the end of a phrase, from misaki's lexicon: its `None` form where the entry has
 * one (by bˈI, been bˌɪn, his hˌɪz), or `null` where the entry is a plain string that never changes (are ɑɹ, GB were
 * wɜː). Other auxiliaries take their stressed CMUdict form (can kˈæn, as misaki's `None` form for can).
 * @internal
 */
export const PHRASE_END_FORMS: Readonly<Record<Dialect, Readonly<Record<string, string | null>>>> = {
  'en-us': { by: 'bˈI', been: 'bˌɪn', are: null, to: 'tu' },
  'en-gb': { by: 'bˈI', had: 'hˌad', her: 'hˌɜː', hers: 'hˈɜːz', his: 'hˌɪz', were: null, shall: null },
};
