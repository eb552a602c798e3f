#!/usr/bin/env node
/**
 * Entry point of `pnpm testkit ...` (built to dist/cli.js).
 * @packageDocumentation
 */
import { runCli } from './cli-main';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
