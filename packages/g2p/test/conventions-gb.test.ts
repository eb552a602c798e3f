import { beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedLexicon, loadCmuDictionary } from '../src/lexicon/embedded';
import { WordResolver } from '../src/resolver';

/**
 * GB conventions counted on a 7k-entry sample of misaki's GB gold lexicon (each expected value is misaki's own
 * entry for that word). One test per convention, so a regression names the rule it breaks.
 */
let lex: EmbeddedLexicon;
beforeAll(async () => {
  lex = new EmbeddedLexicon(await loadCmuDictionary(), 'en-gb');
});
const ph = (word: string): string | undefined => lex.lookup(word);

describe('misaki GB conventions on CMUdict words', () => {
  it('writes unstressed vowels spelled i, e or y as ɪ, except in syllabic endings and -ness/-less', () => {
    expect(ph('philosophy')).toBe('fɪlˈɒsəfi');
    expect(ph('audible')).toBe('ˈɔːdɪbᵊl');
    expect(ph('wicked')).toBe('wˈɪkɪd');
    expect(ph('glorify')).toBe('ɡlˈɔːɹɪfI');
    expect(ph('darkness')).toBe('dˈɑːknəs');
    expect(ph('readiness')).toBe('ɹˈɛdɪnɪs'); // -iness is ɪnɪs
    expect(ph('physically')).toBe('fˈɪzɪkli'); // -ically is ɪkli
    expect(ph('globalization')).toBe('ɡlˌQbəlIzˈAʃᵊn'); // -ization is Iz
    expect(ph('incorporation')).toBe('ɪnkˌɔːpəɹˈAʃᵊn'); // in- loses its stress before another secondary
    expect(ph('luckiest')).toBe('lˈʌkiɪst'); // a y stem keeps i before -iest
    expect(ph('unemployed')).toBe('ˌʌnɪmplˈYd');
    expect(ph('inconvenient')).toBe('ˌɪnkənvˈiːnɪənt'); // yod + schwa for i + vowel is ɪə
    expect(ph('rebellion')).toBe('ɹɪbˈɛljən');
    expect(ph('pretend')).toBe('pɹɪtˈɛnd'); // unstressed pre- too (P R IY0)
    expect(ph('realign')).toBe('ɹˌiːəlˈIn'); // re- before an unstressed vowel is the stressed prefix
    expect(ph('reassess')).toBe('ɹˌiːəsˈɛs');
    expect(ph('prevention')).toBe('pɹɪvˈɛnʃᵊn');
    expect(ph('really')).toBe('ɹˈɪəli');
    expect(ph('realise')).toBe('ɹˈɪəlIz');
    expect(ph('ceremony')).toBe('sˈɛɹɪməni');
    expect(ph('western')).toBe('wˈɛstᵊn');
    expect(ph('authority')).toBe('ɔːθˈɒɹɪti');
    expect(ph('whenever')).toBe('wənˈɛvə');
    expect(ph('lorry')).toBe('lˈɒɹi');
    expect(ph('chalk')).toBe('ʧˈɔːk');
    expect(ph('aunt')).toBe('ˈɑːnt');
    expect(ph('password')).toBe('pˈɑːswəːd'); // a destressed ɜː after the primary is əː
    expect(ph('rebuke')).toBe('ɹɪbjˈuːk'); // re-/de- that is not a prefix on a word
    expect(ph('indirect')).toBe('ˌɪndɪɹˈɛkt');
  });

  it('drops a secondary stress right before the primary and none after it', () => {
    expect(ph('include')).toBe('ɪnklˈuːd');
    expect(ph('gingerbread')).toBe('ʤˈɪnʤəbɹɛd');
  });

  it('reads un- as ʌn/ˌʌn, en- as ɪn and re- on a known word as ˌiː', () => {
    expect(ph('undo')).toBe('ʌndˈuː');
    expect(ph('enrich')).toBe('ɪnɹˈɪʧ');
    expect(ph('reconnect')).toBe('ɹˌiːkənˈɛkt');
  });

  it('reads -ied/-ies as ɪd/ɪz, -ersion with ʃ, -led with a syllabic l and an unstressed u before a vowel as ʊ', () => {
    expect(ph('species')).toBe('spˈiːʃɪz'); // misaki GB gold
    expect(ph('candied')).toBe('kˈandɪd');
    expect(ph('aversion')).toBe('əvˈɜːʃᵊn');
    expect(ph('bottled')).toBe('bˈɒtᵊld');
    expect(ph('sexuality')).toBe('sˌɛkʃʊˈalɪti');
  });

  it('keeps the yod after t, d, n, th, z before a stressed u', () => {
    expect(ph('news')).toBe('njˈuːz');
    expect(ph('presume')).toBe('pɹɪzjˈuːm');
    expect(ph('glue')).toBe('ɡlˈuː'); // not after l (misaki: lunar lˈuːnə)
    expect(ph('attitude')).toBe('ˈatɪtjuːd');
  });

  it('uses the broad a in -ass words and their compounds, not in Latinate passage or passive', () => {
    expect(ph('pass')).toBe('pˈɑːs');
    expect(ph('classroom')).toBe('klˈɑːsɹuːm');
    expect(ph('passable')).toBe('pˈɑːsəbᵊl');
    expect(ph('passive')).toBe('pˈasɪv');
    expect(ph('passage')).toBe('pˈasɪʤ');
    expect(ph('half')).toBe('hˈɑːf'); // alf too
    expect(ph('path')).toBe('pˈɑːθ');
    expect(ph('pathogen')).toBe('pˈaθəʤᵊn'); // not before a vowel letter (misaki GB gold)
    expect(ph('dancer')).toBe('dˈɑːnsə');
    expect(ph('chancery')).toBe('ʧˈɑːnsəɹi');
    expect(ph('enchantment')).toBe('ɪnʧˈɑːntmᵊnt');
    expect(ph('decant')).toBe('dɪkˈant');
    expect(ph('traffic')).toBe('tɹˈafɪk'); // not before ff + vowel
    expect(ph('staff')).toBe('stˈɑːf');
    expect(ph('rather')).toBe('ɹˈɑːðə');
    expect(ph('dancing')).toBe('dˈɑːnsɪŋ');
    expect(ph('cancer')).toBe('kˈansə');
  });

  it('keeps the length of an unstressed final -ee and the n of an unstressed in- before c', () => {
    expect(ph('employee')).toBe('ɪmplˈYiː');
    expect(ph('pedigree')).toBe('pˈɛdɪɡɹiː');
    expect(ph('incomprehensible')).toBe('ɪnkˌɒmpɹɪhˈɛnsɪbᵊl'); // IH2 NG K in CMUdict
    expect(ph('tofu')).toBe('tˈQfuː'); // final unstressed u too
  });

  it('reads a stressed r-vowel before a vowel as ʌɹ and figure without a yod', () => {
    expect(ph('encourage')).toBe('ɪnkˈʌɹɪʤ'); // ER1 in CMUdict
    expect(ph('surrogate')).toBe('sˈʌɹəɡət');
    expect(ph('severance')).toBe('sˈɛvəɹəns'); // a secondary ER after the primary is a plain əɹ (misaki gold)
    expect(ph('procure')).toBe('pɹəkjˈʊə'); // unstressed pro- before a consonant is pɹə
    expect(ph('proactive')).toBe('pɹQˈaktɪv');
    expect(ph('figure')).toBe('fˈɪɡə');
    expect(ph('special')).toBe('spˈɛʃl'); // -cial/-tial end in a plain ʃl
    expect(ph('determine')).toBe('dɪtˈɜːmɪn'); // spelled i before a final n is ɪ
    expect(ph('feminine')).toBe('fˈɛmɪnɪn');
    expect(ph('along')).toBe('əlˈɒŋ'); // ɒ before ŋ
    expect(ph('process')).toBe('pɹˈQsɛs');
    expect(ph('agrarian')).toBe('əɡɹˈɛːɹɪən'); // -arian/-arium/-arious keep ɛː
    expect(ph('various')).toBe('vˈɛːɹɪəs');
    expect(ph('wherein')).toBe('wɛːɹˈɪn');
    expect(ph('whereas')).toBe('wəɹˈaz');
    expect(ph('peacemaker')).toBe('pˈiːsmˌAkə'); // an agent-noun head keeps its secondary
    expect(ph('chairwoman')).toBe('ʧˈɛːwˌʊmən');
    expect(ph("shareholder's")).toBe('ʃˈɛːhˌQldəz'); // and its possessive
    expect(ph('gingerbread')).toBe('ʤˈɪnʤəbɹɛd'); // other compounds do not
    expect(ph('disfigure')).toBe('dɪsfˈɪɡə');
  });

  it('uses the broad a of bath in -graph and -anted but not in -astic', () => {
    expect(ph('photograph')).toBe('fˈQtəɡɹɑːf');
    expect(ph('enchanted')).toBe('ɪnʧˈɑːntɪd');
    expect(ph('gymnastic')).toBe('ʤɪmnˈastɪk');
    expect(ph('fast')).toBe('fˈɑːst');
  });

  it('writes au/aw as ɔː and wa as ɒ', () => {
    expect(ph('audience')).toBe('ˈɔːdɪəns');
    expect(ph('swan')).toBe('swˈɒn');
  });

  it('reads -ful as fʊl, u + vowel as ʊ, ar + vowel as a, and what with ɒ', () => {
    expect(ph('peaceful')).toBe('pˈiːsfʊl'); // silent e before -ful
    expect(ph('cheerful')).toBe('ʧˈɪəfʊl');
    expect(ph('individual')).toBe('ˌɪndɪvˈɪʤʊəl');
    expect(ph('character')).toBe('kˈaɹɪktə');
    expect(ph('parrot')).toBe('pˈaɹət'); // a doubled r too (misaki GB gold)
    expect(ph('alienation')).toBe('ˌAlɪənˈAʃᵊn'); // after a front vowel an unstressed e stays ə
    expect(ph('ruin')).toBe('ɹˈuːɪn'); // but not after u
    expect(ph('peering')).toBe('pˈɪəɹɪŋ'); // a stressed ee before r + vowel is the NEAR vowel
    expect(ph('authoritative')).toBe('ɔːθˈɒɹɪtətɪv'); // short o in -orit-, -oric, -orest (misaki GB gold)
    expect(ph('allegorical')).toBe('ˌalɪɡˈɒɹɪkᵊl');
    expect(ph('daring')).toBe('dˈɛːɹɪŋ');
    expect(ph('whatever')).toBe('wɒtˈɛvə');
  });

  it('uses misaki’s secondary-only forms of when, who, why', () => {
    expect(ph('when')).toBe('wˌɛn');
    expect(ph('who')).toBe('hˌuː');
    expect(ph('why')).toBe('wˌI');
  });
});

describe('misaki GB conventions on derived words', () => {
  let gb: WordResolver;
  beforeAll(async () => {
    gb = new WordResolver('en-gb', new EmbeddedLexicon(await loadCmuDictionary(), 'en-gb'), undefined, []);
  });
  const read = (word: string): string => gb.resolve(word).phonemes;

  it('reads -wort and compound tails in ɜː with an unstressed əː (misaki: lungwort lˈʌŋwəːt)', () => {
    expect(read('lungwort')).toBe('lˈʌŋwəːt');
    expect(read('figwort')).toBe('fˈɪɡwəːt');
    expect(read('windsurfing')).toBe('wˈɪndsəːfɪŋ'); // a compound tail keeps no secondary on ɜː
  });

  it('brings back a spelled final r before a suffix that starts with a vowel sound', () => {
    expect(read('tailorable')).toBe('tˈAləɹəbᵊl'); // tailor tˈAlə
    expect(read('gibbering')).toBe('ʤˈɪbəɹɪŋ');
    expect(read('swearer')).toBe('swˈɛːɹə');
    expect(read('endurable')).toBe('ɪndjˈʊəɹəbᵊl');
    expect(read('whorish')).toBe('hˈɔːɹɪʃ');
    expect(read('tailored')).toBe('tˈAləd'); // -ed starts with a consonant sound
    expect(read('drawable')).toBe('dɹˈɔːəbᵊl'); // no r in the spelling, none said
  });

  it('echoes the vowel before -ness: nɪs after ɪ or i, nəs after anything else', () => {
    expect(read('girlishness')).toBe('ɡˈɜːlɪʃnɪs');
    expect(read('glibness')).toBe('ɡlˈɪbnɪs');
    expect(read('callousness')).toBe('kˈaləsnəs');
    expect(read('knowableness')).toBe('nˈQəblnəs'); // -ableness is əblnəs
    expect(read('shameless')).toBe('ʃˈAmlɪs'); // -less echoes too: lɪs after A, I, Y, ɪ
    expect(read('careless')).toBe('kˈɛːləs');
    expect(read('jugful')).toBe('ʤˈʌɡfʊl'); // -ful is fʊl on derived words too
  });

  it('keeps ɪ in -ily and reduces -ory and -ative after the primary', () => {
    expect(read('giddily')).toBe('ɡˈɪdɪli'); // US ɡˈɪdəli
    expect(read('discriminatory')).toBe('dɪskɹˈɪmɪnətəɹi'); // AO2 in CMUdict
    expect(read('territory')).toBe('tˈɛɹɪtəɹi');
    expect(read('reactionary')).toBe('ɹɪˈakʃənəɹi'); // EH2 in CMUdict
    expect(read('germinative')).toBe('ʤˈɜːmɪnətɪv'); // germinate + -ive
  });

  it('marks no secondary stress after the primary in derived words, nor on a one-syllable compound tail', () => {
    expect(read('philosophize')).toBe('fɪlˈɒsəfIz');
    expect(read('nominalize')).toBe('nˈɒmɪnəlIz');
    expect(read('whipcord')).toBe('wˈɪpkɔːd');
    expect(read('lungworm')).toBe('lˈʌŋwəːm'); // a destressed ɜː is əː
    expect(read('lovebird')).toBe('lˈʌvbəːd');
    expect(read('sweetcorn')).toBe('swˈiːtkɔːn');
    expect(read('newsreader')).toBe('njˈuːzɹˌiːdə'); // a longer tail keeps it
  });

  it('writes a short i or u before a consonant as ɪ and uː, also across compound parts', () => {
    expect(read('gerrymander')).toBe('ʤˈɛɹɪmandə'); // gerry + mander
    expect(read('lucidity')).toBe('luːsˈɪdɪti');
    expect(read('nineties')).toBe('nˈIntiz'); // a final -ies keeps i
    expect(read('underexpose')).toBe('ˌʌndəɹɪkspˈQz'); // an r-final prefix links before a vowel
  });

  it('stresses dis-, un-, in- before an unstressed syllable and not before a stressed one', () => {
    expect(read('disconnect')).toBe('dˌɪskənˈɛkt');
    expect(read('indentation')).toBe('ˌɪndɛntˈAʃᵊn');
    expect(read('discolour')).toBe('dɪskˈʌlə');
    expect(read('uneaten')).toBe('ʌnˈiːtᵊn');
    expect(read('incorporation')).toBe('ɪnkˌɔːpəɹˈAʃᵊn');
    expect(read('non-resistance')).toBe('nˌɒnɹɪzˈɪstᵊns'); // non- too, hyphenated or not
    expect(read('non-ferrous')).toBe('nɒnfˈɛɹəs');
    expect(read('reaccustom')).toBe('ɹˌiːəkˈʌstəm'); // re- before an unstressed syllable
    expect(read('re-establish')).toBe('ɹˌiːɪstˈablɪʃ');
  });

  it('writes -ment on a derived word as mᵊnt', () => {
    expect(read('bewitchment')).toBe('bɪwˈɪʧmᵊnt'); // not in CMUdict: bewitch + -ment
    expect(read('befuddlement')).toBe('bɪfˈʌdᵊlmᵊnt');
  });
});
