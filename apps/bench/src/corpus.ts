/**
 * Benchmark texts, written for this project. Plain English with numbers, abbreviations and
 * punctuation so normalisation and G2P do real work; long enough that the engine splits the
 * main text into several segments, so the first segment (time to first audio) differs from
 * the total.
 */

/** The main text: one paragraph, several sentences, roughly 20 seconds of speech. */
export const MAIN_TEXT =
  'The morning train left the station at 7:45, twelve minutes late. ' +
  'Most passengers did not mind; the valley outside was bright with early frost, and the river ran high after a week of rain. ' +
  'A conductor walked slowly through each carriage, checking tickets and answering questions about connections to the coast. ' +
  'By the time the train reached the second bridge, the sun had burned away the last of the fog, and somebody near the back started humming an old song.';

/** A short reply, as a voice assistant would say it. */
export const SHORT_TEXT = 'Sure, I can help with that.';

/** A longer document for G2P throughput: several paragraphs, about 400 words. */
export const G2P_TEXT = [
  MAIN_TEXT,
  'Dr. Patel opened the clinic on Monday, 3 March, and saw forty-two patients before noon. ' +
    'Her notes were short: temperature, pulse, a line about sleep, and whether the medicine from last week had helped. ' +
    'When the power failed at 11:30, the nurses carried on by the light of the windows, and nobody lost their place in the queue.',
  'In the workshop, the apprentice measured each plank twice before cutting it. ' +
    'The old carpenter had taught him that a saw cannot take back what it removes, so patience at the start saves hours at the end. ' +
    'By evening they had built the frame of a small boat, 4.2 metres long, and covered it with a sheet against the dew.',
  'The library stayed open late on Thursdays. Students filled the long tables, whispering over maps, equations and half-finished essays. ' +
    'A librarian pushed a squeaking cart between the shelves, returning novels, atlases and a heavy dictionary to their places. ' +
    'At ten o\'clock the lights dimmed twice, the signal that everyone had fifteen minutes left.',
  'Far to the north, the research station recorded winds of 140 kilometres per hour. ' +
    'The team of six stayed inside, repairing instruments, cooking stew and writing letters that would leave with the next supply flight. ' +
    'Outside, the snow drifted against the walls until only the antenna and the weather vane showed above it.',
].join('\n\n');

/** Whitespace-separated words in a text (the unit of G2P words per second). */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
}
