import { describe, expect, it } from 'vitest';
import { arpabetToMisaki } from '../src/lexicon/arpabet';

const us = (arpabet: string, word: string): string => arpabetToMisaki(arpabet, word, 'en-us');
const gb = (arpabet: string, word: string): string => arpabetToMisaki(arpabet, word, 'en-gb');

describe('ARPAbet -> misaki (US)', () => {
  it('writes stress immediately before the stressed vowel and uses single-letter diphthongs', () => {
    expect(us('HH AH0 L OW1', 'hello')).toBe('həlˈO');
    expect(us('F R AE1 N CH AY2 Z', 'franchise')).toBe('fɹˈænʧˌIz');
  });

  it('reduces unstressed AH and ER, keeps stressed ones', () => {
    expect(us('B AH1 T ER0', 'butter')).toBe('bˈʌɾəɹ');
    expect(us('HH ER1', 'her')).toBe('hˈɜɹ');
  });

  it('flaps t between a vowel and an unstressed vowel, not before a stressed one', () => {
    expect(us('S IH1 T IY0', 'city')).toBe('sˈɪɾi');
    expect(us('P AA1 R T IY0', 'party')).toBe('pˈɑɹɾi');
    expect(us('AH0 T AE1 K', 'attack')).toBe('ətˈæk');
    expect(us('W IH1 N T ER0', 'winter')).toBe('wˈɪntəɹ');
  });

  it('writes a glottal t before syllabic n after a stressed vowel', () => {
    expect(us('B AH1 T AH0 N', 'button')).toBe('bˈʌʔn');
  });

  it('uses ᵊ in syllabic -el/-le/-al endings', () => {
    expect(us('P IH1 K S AH0 L', 'pixel')).toBe('pˈɪksᵊl');
    expect(us('L IH1 T AH0 L', 'little')).toBe('lˈɪɾᵊl');
    expect(us('G AA1 R D AH0 N', 'garden')).toBe('ɡˈɑɹdᵊn');
  });

  it('uses ᵻ in -es/-ed endings decided by spelling', () => {
    expect(us('B AA1 K S AH0 Z', 'boxes')).toBe('bˈɑksᵻz');
    expect(us('N IY1 D IH0 D', 'needed')).toBe('nˈidᵻd');
    expect(us('W EY1 T IH0 D', 'waited')).toBe('wˈAɾᵻd');
    expect(us('R OW1 Z IH0 Z', 'roses')).toBe('ɹˈOzᵻz');
  });

  it('writes r-coloured vowels with ɹ', () => {
    expect(us('N IH1 R', 'near')).toBe('nˈɪɹ');
    expect(us('D AO1 R', 'door')).toBe('dˈɔɹ');
    expect(us('T UH1 R', 'tour')).toBe('tˈʊɹ');
  });
});

describe('ARPAbet -> misaki (GB)', () => {
  it('is non-rhotic with length marks, a for ash, Q for go, ɒ for lot', () => {
    expect(gb('K AA1 R', 'car')).toBe('kˈɑː');
    expect(gb('B AH1 T ER0', 'butter')).toBe('bˈʌtə');
    expect(gb('K AE1 T', 'cat')).toBe('kˈat');
    expect(gb('G OW1', 'go')).toBe('ɡˈQ');
    expect(gb('HH AA1 T', 'hot')).toBe('hˈɒt');
    expect(gb('N IH1 R', 'near')).toBe('nˈɪə');
    expect(gb('HH EH1 R', 'hair')).toBe('hˈɛː');
  });

  it('keeps r before a vowel and never flaps', () => {
    expect(gb('V EH1 R IY0', 'very')).toBe('vˈɛɹi');
    expect(gb('S IH1 T IY0', 'city')).toBe('sˈɪti');
  });
});
