/**
 * Writes a run's files: result.json (schema v1), summary.md and charts/*.svg.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildCharts, type ChartSamples } from './report/charts';
import { renderMarkdown } from './report/markdown';
import type { BenchResult } from './result';

/** Writes every output file under `dir`; returns the paths written. */
export async function writeOutputs(dir: string, result: BenchResult, samples: ChartSamples): Promise<string[]> {
  await mkdir(join(dir, 'charts'), { recursive: true });
  const written: string[] = [];
  const put = async (name: string, text: string): Promise<void> => {
    const path = join(dir, name);
    await writeFile(path, text);
    written.push(path);
  };
  await put('result.json', `${JSON.stringify(result, null, 2)}\n`);
  await put('summary.md', renderMarkdown(result));
  for (const [name, svg] of Object.entries(buildCharts(result, samples))) await put(join('charts', name), svg);
  return written;
}
