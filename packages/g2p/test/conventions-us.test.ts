import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLexicon, loadCmuDictionary } from '../src/lexicon/embedded';
import { WordResolver } from '../src/resolver';

/**
 * US stress and reduction conventions counted on a 17k-entry sample of misaki's gold lexicon (each expected value
 * below is misaki's own entry for that word). One test per convention, so a regression names the rule it breaks.
 */
let lex: EmbeddedLexicon;
beforeAll(async () => {
  lex = new EmbeddedLexicon(await loadCmuDictionary(), 'en-us');
});
const ph = (word: string): string | undefined => lex.lookup(word);

describe('misaki US conventions on CMUdict words', () => {
  it('reads AO spelled o before ʤ or a stop as ɑ, keeping the cloth words (misaki: seismological sˌIzməlˈɑʤəkᵊl)', () => {
    expect(ph('seismological')).toBe('sˌIzməlˈɑʤəkᵊl');
    expect(ph('fraudulent')).toBe('fɹˈɔʤələnt');
    expect(ph('oncoming')).toBe('ˈɔnkˌʌmɪŋ');
    expect(ph('long')).toBe('lˈɔŋ');
  });

  it('keeps the ə of hour and fire where CMUdict writes AW R or AY R (misaki: hourly ˈWəɹli, wireline)', () => {
    expect(ph('hourly')).toBe('ˈWəɹli');
    expect(ph('overpowering')).toBe('ˌOvəɹpˈWəɹɪŋ');
  });

  it('reduces the man of -sman compounds (misaki: guardsman ɡˈɑɹdzmən, kinsman)', () => {
    expect(ph('guardsman')).toBe('ɡˈɑɹdzmən');
    expect(ph('kinsman')).toBe('kˈɪnzmən');
  });

  it('merges marry with merry: æ before r + vowel is ɛ (misaki: apparel əpˈɛɹəl, charitable)', () => {
    expect(ph('apparel')).toBe('əpˈɛɹəl');
    expect(ph('carry')).toBe('kˈɛɹi');
    expect(ph('cart')).toBe('kˈɑɹt'); // r before a consonant is untouched
  });

  it('reduces an unstressed ju inside a word before the primary (misaki: computational kˌɑmpjətˈAʃᵊnəl)', () => {
    expect(ph('computational')).toBe('kˌɑmpjətˈAʃᵊnəl');
    expect(ph('immunology')).toBe('ˌɪmjənˈɑləʤi');
    expect(ph('humanity')).toBe('hjumˈænəɾi'); // word-initial: kept
  });

  it('flaps t in -itance/-otent words and reads ER2 after the primary as əɹ (misaki: impotent, liberal)', () => {
    expect(ph('impotent')).toBe('ˈɪmpəɾənt');
    expect(ph('inhabitant')).toBe('ɪnhˈæbəɾənt');
    expect(ph('liberal')).toBe('lˈɪbəɹəl'); // CMUdict: L IH1 B ER2 AH0 L
    expect(ph('ovary')).toBe('ˈOvəɹi');
    expect(ph('liberate')).toBe('lˈɪbəɹˌAt');
  });

  it('reads a final unstressed -in as ən (misaki: heparin hˈɛpəɹən, where CMUdict has IH0 N)', () => {
    expect(ph('heparin')).toBe('hˈɛpəɹən');
    expect(ph('bodkin')).toBe('bˈɑdkən');
    expect(ph('begin')).toBe('bəɡˈɪn'); // stressed: kept
  });

  it('keeps a secondary on æ or ɛ in a closed syllable right before the primary (misaki: expectation ˌɛkspˌɛktˈAʃən)', () => {
    expect(ph('expectation')).toBe('ˌɛkspˌɛktˈAʃən');
    expect(ph('augmentation')).toBe('ˌɔɡmˌɛntˈAʃən');
    expect(ph('infection')).toBe('ɪnfˈɛkʃən'); // the primary itself: unchanged
  });

  it('gives a full first vowel a secondary stress when the primary is two or more syllables later', () => {
    expect(ph('automation')).toBe('ˌɔɾəmˈAʃən'); // CMUdict: AO0 T AH0 M EY1 SH AH0 N
    expect(ph('thanatology')).toBe('θˌænətˈɑləʤi');
    expect(ph('tomato')).toBe('təmˈAɾO'); // a reduced first vowel takes none
    expect(ph('hotel')).toBe('hOtˈɛl'); // nor does a syllable right before the primary
  });

  it('drops a secondary stress right before the primary (CMUdict marks it)', () => {
    expect(ph('infect')).toBe('ɪnfˈɛkt');
    expect(ph('however')).toBe('hWˈɛvəɹ');
    expect(ph('typhoon')).toBe('tIfˈun');
  });

  it('keeps un- and mis- stressed, and word-like prefixes such as non- and sub-', () => {
    expect(ph('unable')).toBe('ˌʌnˈAbᵊl');
    expect(ph('untie')).toBe('ˌʌntˈI');
    expect(ph('mislead')).toBe('mˌɪslˈid');
    expect(ph('nonstop')).toBe('nˌɑnstˈɑp');
  });

  it('stresses out- verbs on the stem and keeps ˌWt (CMUdict leaves out- unstressed or first-stressed)', () => {
    expect(ph('outrun')).toBe('ˌWtɹˈʌn'); // AW0 T R AH1 N
    expect(ph('outnumber')).toBe('ˌWtnˈʌmbəɹ');
    expect(ph('outrageous')).toBe('WtɹˈAʤəs'); // not out + rage
  });

  it('ends anti- and multi- in a plain i and semi- in ˌI before a word stressed after them', () => {
    expect(ph('anticancer')).toBe('ˌæntikˈænsəɹ'); // AE2 N T AY2 K AE1 N S ER0
    expect(ph('multilevel')).toBe('mˌʌltilˈɛvᵊl');
    expect(ph('semifinal')).toBe('sˌɛmˌIfˈInᵊl');
    expect(ph('antidote')).toBe('ˈæntədˌOt'); // stressed on anti-: left alone
  });

  it('writes pre- as pɹi before a consonant, except AH0 before z and before r', () => {
    expect(ph('predict')).toBe('pɹidˈɪkt'); // P R IH0 D IH1 K T
    expect(ph('prescribe')).toBe('pɹiskɹˈIb'); // P R AH0 S K R AY1 B
    expect(ph('preserve')).toBe('pɹəzˈɜɹv');
    expect(ph('prerogative')).toBe('pɹəɹˈɑɡəɾɪv');
    expect(ph('preconception')).toBe('pɹˌikənsˈɛpʃən');
  });

  it('writes de- as dᵻ before d and di before h, and sub- as ˌʌ two syllables before the primary', () => {
    expect(ph('deduction')).toBe('dᵻdˈʌkʃən'); // D IH0 D AH1 K SH AH0 N
    expect(ph('dehydrate')).toBe('dihˈIdɹˌAt');
    expect(ph('subterranean')).toBe('sˌʌbtəɹˈAniən'); // S AH0 B T ER0 EY1 N IY0 AH0 N
    expect(ph('subtraction')).toBe('səbtɹˈækʃən');
  });

  it('unstresses re- before a stressed stem and moves over- compounds onto the second element', () => {
    expect(ph('recheck')).toBe('ɹiʧˈɛk');
    expect(ph('overpay')).toBe('ˌOvəɹpˈA');
  });

  it('reduces unstressed ɪ to ə after the primary in a non-final syllable', () => {
    expect(ph('humanity')).toBe('hjumˈænəɾi');
    expect(ph('gravitate')).toBe('ɡɹˈævətˌAt');
    expect(ph('sensitiveness')).toBe('sˈɛnsəɾɪvnəs');
  });

  it('flaps before a final -y that CMUdict gives secondary stress', () => {
    expect(ph('ability')).toBe('əbˈɪləɾi');
  });

  it('reads word-initial unstressed vowels by spelling', () => {
    expect(ph('effect')).toBe('əfˈɛkt');
    expect(ph('ecology')).toBe('ikˈɑləʤi');
    expect(ph('enrage')).toBe('ɪnɹˈAʤ');
    expect(ph('accept')).toBe('əksˈɛpt');
    expect(ph('digestion')).toBe('dəʤˈɛsʧən');
    expect(ph('prevent')).toBe('pɹivˈɛnt');
  });

  it('writes -ness, -less, -ist, -sis with their spelled vowels and -tional as ʃᵊnəl', () => {
    expect(ph('rawness')).toBe('ɹˈɔnəs');
    expect(ph('therapist')).toBe('θˈɛɹəpɪst');
    expect(ph('thesis')).toBe('θˈisɪs');
    expect(ph('guiltless')).toBe('ɡˈɪltləs'); // CMUdict: L IH0 S
    expect(ph('peerless')).toBe('pˈɪɹləs');
    expect(ph('rational')).toBe('ɹˈæʃᵊnəl');
    expect(ph('rationalize')).toBe('ɹˈæʃənᵊlˌIz');
  });

  it('writes nʧ in -ntial/-ntion and ᵊl after sh', () => {
    expect(ph('attention')).toBe('ətˈɛnʧən');
    expect(ph('initial')).toBe('ɪnˈɪʃᵊl');
  });

  it('keeps ɔ where the spelling says au, aw or ough, and the cloth vowel only in a final syllable', () => {
    expect(ph('audience')).toBe('ˈɔdiəns');
    expect(ph('raw')).toBe('ɹˈɔ');
    expect(ph('hostile')).toBe('hˈɑstᵊl');
    expect(ph('soft')).toBe('sˈɔft');
  });

  it('writes -ment as mənt after a consonant and mᵊnt after a vowel', () => {
    expect(ph('infringement')).toBe('ɪnfɹˈɪnʤmənt');
    expect(ph('payment')).toBe('pˈAmᵊnt');
  });

  it('gives full final vowels in closed syllables a secondary stress, except before an inflection', () => {
    expect(ph('kudos')).toBe('kˈudˌOs');
    expect(ph('phosphate')).toBe('fˈɑsfˌAt');
    expect(ph('widowed')).toBe('wˈɪdOd');
  });

  it('syllabic endings: -ling, -gen', () => {
    expect(ph('grumbling')).toBe('ɡɹˈʌmbᵊlɪŋ');
    expect(ph('hydrogen')).toBe('hˈIdɹəʤᵊn');
  });

  it('uses misaki’s secondary-only forms of common function-like words', () => {
    expect(ph('when')).toBe('wˌɛn');
    expect(ph('how')).toBe('hˌW');
    expect(ph('not')).toBe('nˌɑt');
    expect(ph('than')).toBe('ðən');
  });
});

describe('misaki US conventions on derived words CMUdict lacks', () => {
  let us: WordResolver;
  beforeAll(async () => {
    us = new WordResolver('en-us', new EmbeddedLexicon(await loadCmuDictionary(), 'en-us'), undefined, []);
  });
  const read = (word: string): string => us.resolve(word).phonemes;

  it('reduces a stem-initial unstressed ɪ after a prefix ending in a vowel (misaki: preexistent pɹˌiəɡzˈɪstᵊnt)', () => {
    expect(read('preexistent')).toBe('pɹˌiəɡzˈɪstᵊnt');
    expect(read('autoimmunity')).toBe('ˌɔɾOəmjˈunəɾi');
  });

  it('reduces the o of mono- before a stressed stem syllable (misaki: monographic mˌɑnəɡɹˈæfɪk)', () => {
    expect(read('monographic')).toBe('mˌɑnəɡɹˈæfɪk');
    expect(read('monohybrid')).toBe('mˌɑnəhˈIbɹəd');
  });

  it('keeps the ᵊ of a t + syllabic l before a consonant or -ize', () => {
    expect(read('rattlesnake')).toBe('ɹˈæɾᵊlsnˌAk');
    expect(read('subtlety')).toBe('sˈʌɾᵊlti');
    expect(read('brutalizing')).toBe('bɹˈuɾᵊlˌIzɪŋ');
    expect(read('totally')).toBe('tˈOɾəli'); // before a vowel: a full əl
  });

  it('writes CMUdict’s AO spelled o before l or s as ɑ outside the final syllable', () => {
    expect(read('ostrich')).toBe('ˈɑstɹɪʧ');
    expect(read('solemnly')).toBe('sˈɑləmli');
    expect(read('bossy')).toBe('bˈɔsi'); // -oss- keeps ɔ
  });

  it('writes u after ʧ before any vowel as əw', () => {
    expect(read('infatuation')).toBe('ɪnfˌæʧəwˈAʃən');
    expect(read('spirituality')).toBe('spˌɪɹəʧəwˈæləɾi');
  });

  it('keeps the n of in- before gr', () => {
    expect(read('ingratiate')).toBe('ɪnɡɹˈAʃiˌAt'); // IH2 NG G R in CMUdict
  });

  it('stresses in- only before an unstressed syllable', () => {
    expect(read('initiation')).toBe('ɪnˌɪʃiˈAʃən'); // IH2 N IH2 ... in CMUdict
    expect(read('indentation')).toBe('ˌɪndɛntˈAʃən');
  });

  it('reads the plural of -sis as -ses with a long e', () => {
    expect(read('antitheses')).toBe('æntˈɪθəsˌiz'); // antithesis + -es
    expect(read('synopses')).toBe('sənˈɑpsˌiz');
  });

  it('prefers a listed stem to a derived one', () => {
    expect(read('rebuttable')).toBe('ɹəbˈʌɾəbᵊl'); // rebut + -able, not re- + buttable
    expect(read('mistakable')).toBe('məstˈAkəbᵊl'); // mistake + -able
  });

  it('keeps the I of -ify before -er', () => {
    expect(read('gratifier')).toBe('ɡɹˈæɾəfˌIəɹ'); // was ...fˌIiəɹ
  });

  it('reads -edly and -edness with ə, except after d', () => {
    expect(read('unabatedly')).toBe('ˌʌnəbˈAɾədli');
    expect(read('conceitedness')).toBe('kənsˈiɾədnəs');
    expect(read('crowdedness')).toBe('kɹˈWdᵻdnəs');
  });

  it('gives the -ful of a container measure its own secondary stress', () => {
    expect(read('cupful')).toBe('kˈʌpfˌʊl');
    expect(read('bucketful')).toBe('bˈʌkətfˌʊl');
    expect(read('prideful')).toBe('pɹˈIdfᵊl'); // an adjective keeps fᵊl
  });
});
