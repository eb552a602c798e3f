/**
 * Encoder speed as a multiple of real time (xRT = seconds of audio encoded per second of
 * wall time) and time to first encoded byte, for every response format, on two 30 s, 24 kHz
 * signals written in 1 s chunks the way the server writes segments: `chord` (three tones with
 * pauses: easy for psychoacoustic codecs) and `rich` (eleven partials up to 11 kHz plus
 * noise: harder than speech, closer to the synthetic test model's output).
 * Run: `pnpm --filter @kokoro-ts/server bench` (prints a Markdown table).
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

function rich(seconds: number): Float32Array {
  const out = new Float32Array(seconds * RATE);
  let seed = 12345;
  for (let i = 0; i < out.length; i++) {
    const t = i / RATE;
    let v = 0;
    for (let h = 1; h <= 11; h++) v += (0.2 / h) * Math.sin(2 * Math.PI * (180 * h + 37 * Math.sin(t)) * t);
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = v + 0.02 * (seed / 0xffffffff - 0.5);
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
  const signals = { chord: chord(SECONDS), rich: rich(SECONDS) };
  console.log(`node ${process.version}, ${SECONDS} s of 24 kHz mono per run, median of ${REPEATS} runs after one warm-up\n`);
  console.log('| format | signal | xRT (median) | first audio byte (ms) | kbit/s |');
  console.log('| --- | --- | ---: | ---: | ---: |');
  for (const format of AUDIO_FORMATS) {
    for (const [name, audio] of Object.entries(signals)) {
      await runOnce(format, audio.subarray(0, RATE * 2));
      const runs = [];
      for (let i = 0; i < REPEATS; i++) runs.push(await runOnce(format, audio));
      const xrt = median(runs.map((r) => (SECONDS * 1000) / r.totalMs));
      const first = median(runs.map((r) => r.firstByteMs));
      const kbps = (runs[0]!.bytes * 8) / SECONDS / 1000;
      console.log(`| ${format} | ${name} | ${xrt.toFixed(0)}x | ${first.toFixed(1)} | ${kbps.toFixed(0)} |`);
    }
  }
}

await main();
process.exit(0);
