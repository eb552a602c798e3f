/**
 * Encoder speed as a multiple of real time (xRT = seconds of audio encoded per second of
 * wall time) and time to first encoded byte, for every response format. The input is 30 s
 * of a 24 kHz three-tone chord with a pause, written in 1 s chunks the way the server
 * writes segments. Run: `pnpm --filter @kokoro-ts/server bench` (prints a Markdown table).
 */
import { AUDIO_FORMATS, createEncoder } from '../src/index';
import type { AudioFormat } from '../src/index';

const RATE = 24_000;
const SECONDS = 30;
const REPEATS = 5;

function chord(seconds: number): Float32Array {
  const out = new Float32Array(seconds * RATE);
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE;
    out[i] = (t % 5) > 4.5 ? 0 : 0.25 * Math.sin(2 * Math.PI * 220 * t) + 0.15 * Math.sin(2 * Math.PI * 660 * t) + 0.08 * Math.sin(2 * Math.PI * 1500 * t);
  }
  return out;
}

async function runOnce(format: AudioFormat, audio: Float32Array): Promise<{ totalMs: number; firstByteMs: number; bytes: number }> {
  const t0 = performance.now();
  let firstByteMs = -1;
  let bytes = 0;
  const encoder = createEncoder(format, (b) => {
    if (firstByteMs < 0 && b.length > 64) firstByteMs = performance.now() - t0;
    bytes += b.length;
  });
  for (let offset = 0; offset < audio.length; offset += RATE) await encoder.write(audio.subarray(offset, offset + RATE));
  await encoder.end();
  return { totalMs: performance.now() - t0, firstByteMs, bytes };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const audio = chord(SECONDS);
  console.log(`node ${process.version}, ${SECONDS} s of 24 kHz mono per run, median of ${REPEATS} runs after one warm-up\n`);
  console.log('| format | xRT (median) | first audio byte (ms) | kbit/s |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const format of AUDIO_FORMATS) {
    await runOnce(format, audio.subarray(0, RATE * 2));
    const runs = [];
    for (let i = 0; i < REPEATS; i++) runs.push(await runOnce(format, audio));
    const xrt = median(runs.map((r) => (SECONDS * 1000) / r.totalMs));
    const first = median(runs.map((r) => r.firstByteMs));
    const kbps = (runs[0]!.bytes * 8) / SECONDS / 1000;
    console.log(`| ${format} | ${xrt.toFixed(0)}x | ${first.toFixed(1)} | ${kbps.toFixed(0)} |`);
  }
}

await main();
process.exit(0);
