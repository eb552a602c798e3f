import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a `text<TAB>phonemes` fixture, skipping `#` comment lines. */
export function readPairs(name: string): Array<[string, string]> {
  const path = fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0 && !line.startsWith('#'))
    .map((line) => {
      const [text = '', phonemes = ''] = line.split('\t');
      return [text, phonemes];
    });
}
