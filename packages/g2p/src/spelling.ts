/**
 * British and older spellings rewritten to the American forms CMUdict lists, so a word the lexicon lacks in one
 * spelling (sombre, calibre, palaeontology, socialising, travelling, defence) is read from its twin.
 *
 * The rewrites are only candidates: the resolver uses one when the lexicon (or morphology on a known stem) knows it,
 * so a rule that fires on an unrelated word (poem, hoed) finds nothing and changes nothing.
 */

interface SpellingRule {
  readonly pattern: RegExp;
  readonly replacement: string;
  /** Only for a whole word, never a stem guessed by morphology (fringed is not f + re + inged). */
  readonly wholeWord?: true;
}

const RULES: readonly SpellingRule[] = [
  // colour, favourable, honoured, behaviours (a short word like four or tour is not a variant).
  { pattern: /(?<=\w{2})our(?=(s|ed|ing|able|ably|ite|ites|ful|less|er|ers|ism|ist|ists)?$)/g, replacement: 'or' },
  // centre, sombre, calibre, theatres, centred (-cre and -gre stay: acre, ogre, massacre).
  { pattern: /(?<=\w{2}[^aeioucg])re(?=s?$)/g, replacement: 'er', wholeWord: true },
  { pattern: /(?<=\w{2}[^aeioucg])red$/g, replacement: 'ered', wholeWord: true },
  // realise, organisation, analyse, paralysed.
  { pattern: /(?<=\w{2}[aeiou][bcdfghklmnprstvz]?i)s(?=(e|es|ed|ing|er|ers|able)$)/g, replacement: 'z' },
  { pattern: /(?<=\w{2}y)s(?=(e|es|ed|ing|er|ers)$)/g, replacement: 'z' },
  // palaeontology, anaemia, haemorrhage; oestrogen, foetal, manoeuvre, diarrhoea.
  { pattern: /(?<=\w{2})ae(?=\w{2})/g, replacement: 'e' },
  { pattern: /^ae(?=[^aeiouyr])/g, replacement: 'e' },
  { pattern: /(?<=[^aeiou])oe(?=[^aeioys])/g, replacement: 'e' },
  { pattern: /^oe(?=[^aeiouy])/g, replacement: 'e' },
  { pattern: /(?<=h)oea/g, replacement: 'ea' },
  // travelling, cancelled, jeweller, counsellor: the doubled l of an unstressed syllable.
  { pattern: /(?<=[aeiou][^aeiou]{1,2}[aeiou])ll(?=(ed|ing|er|ers|or|ors|ery)$)/g, replacement: 'l' },
  // defence, offence, pretence, licence.
  { pattern: /(?<=(?:de|of|pre)f|pret|lic)ence(?=s?$)/g, replacement: 'ense' },
  // catalogue, analogue (CMUdict has most; the derived forms it lacks follow).
  { pattern: /(?<=\w{3})ogue(?=s?$)/g, replacement: 'og' },
  { pattern: /(?<=\w)mme(?=s?$)/g, replacement: 'm' },
];

/**
 * Candidate American spellings of `word` (lower case), most specific first: every rule that applies on its own,
 * then all of them together (manoeuvre -> maneuver). Empty when no rule applies. `wholeWord: false` (a stem that
 * morphology guessed) leaves out the rules that misfire on such fragments.
 * @internal
 */
export function spellingVariants(word: string, wholeWord: boolean): string[] {
  const out: string[] = [];
  let all = word;
  for (const rule of RULES) {
    if (rule.wholeWord && !wholeWord) continue;
    // String.prototype.replace resets a global pattern's lastIndex, so the shared regexes stay stateless.
    const single = word.replace(rule.pattern, rule.replacement);
    if (single === word) continue;
    if (!out.includes(single)) out.push(single);
    all = all.replace(rule.pattern, rule.replacement);
  }
  if (all !== word && !out.includes(all)) out.push(all);
  return out;
}
