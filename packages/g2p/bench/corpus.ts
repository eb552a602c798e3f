/**
 * A realistic English corpus for the G2P benchmark: narrative, news, technical and conversational prose with
 * numbers, dates, abbreviations and punctuation, written for this benchmark.
 */
export const CORPUS_PARAGRAPHS: readonly string[] = [
  'The morning was cold and bright when Anna left the house. She walked down to the river, where the old bridge still stood after more than a hundred years, and watched the boats drift slowly toward the harbor. Her brother had promised to meet her there, but he was late again.',
  'City officials said on Tuesday that the new budget would include more money for schools, roads and public transport. The mayor told reporters that the plan was the result of months of work and that it would be presented to the council next week.',
  'To install the package, open a terminal and run the install command. Then create a configuration file in your project folder. If the build fails, check that you are using a supported version of the runtime and that every dependency was downloaded correctly.',
  '"Are you coming with us tonight?" asked Maria. "I would love to," said Tom, "but I have to finish my report before the meeting tomorrow morning." She laughed and told him that work could wait for one evening.',
  'Scientists have found that people who sleep for at least seven hours each night are less likely to catch a cold. The study followed several thousand adults over a period of two years and measured their health, their habits and the quality of their sleep.',
  'The company reported strong results for the third quarter, with sales rising in every region. Its chief executive said that demand for the new products had been higher than expected, and that the business planned to hire more workers before the end of the year.',
  'When the storm finally passed, the village was quiet. Trees had fallen across the road, the power was out, and water covered the fields. Neighbors gathered in the square to share food, blankets and news, and to decide what should be done first.',
  'Good evening, and welcome to the program. Tonight we will talk about the history of music in the city, from the small clubs of the early years to the great concert halls of today. Our first guest is a teacher, a writer and a musician.',
  'Please remember that the library will be closed on Monday for the holiday. Books can still be returned using the box next to the main entrance, and any late fees will be removed for items that were due during the weekend.',
  'He opened the letter with shaking hands and read it twice before he understood what it meant. After all those years of waiting, the answer was finally yes. He sat down at the kitchen table, smiled, and called his mother to tell her the news.',
];

/** Text with numbers, dates, currency and abbreviations, to measure normalization cost too. */
export const CORPUS_WITH_NUMBERS: readonly string[] = [
  'On Jan. 5th, 2024, Dr. Smith paid $1,250.50 for 3 tickets to the 7:30 pm show, about 15% more than in 2019.',
  'The train leaves at 14:05 from platform 9 and arrives 2 hours later, after covering 120 km at up to 160 km/h.',
];

/** The benchmark corpus: paragraphs repeated into one long text. */
export function buildCorpus(repeat: number, withNumbers: boolean): string {
  const parts: string[] = [];
  for (let r = 0; r < repeat; r++) {
    parts.push(...CORPUS_PARAGRAPHS);
    if (withNumbers) parts.push(...CORPUS_WITH_NUMBERS);
  }
  return parts.join('\n\n');
}

/** Counts words the way the benchmark reports them (runs of letters, digits and apostrophes). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}
