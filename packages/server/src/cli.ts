#!/usr/bin/env node
/**
 * The `kokoro` command. Wires the real process (stdio, files, env, signals) into the
 * commands in `cli/`, which take all of that as a `CliIo`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';

import { run } from './cli/main';
import type { CliIo } from './cli/runtime';

const io: CliIo = {
  out: (text) => void process.stdout.write(text),
  outBytes: (bytes) => void process.stdout.write(bytes),
  err: (text) => void process.stderr.write(text),
  async readStdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  stdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
  stdinIsTTY: process.stdin.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  readTextFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, data) => writeFile(path, data),
  env: process.env,
  platform: process.platform,
  createEngine: async (options) => (await import('@kokoro-ts/engine')).createEngine(options),
};

const code = await run(process.argv.slice(2), io, {
  onServer(server) {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      server.app.log.info({ signal }, 'draining in-flight streams, then exiting');
      server.close().then(() => process.exit(0), (error: unknown) => {
        process.stderr.write(`error while closing: ${(error as Error).message}\n`);
        process.exit(1);
      });
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  },
});
if (code !== null) process.exitCode = code;
