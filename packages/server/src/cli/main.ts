import { HELP, parseCli } from './args';
import type { CliError } from './cli-error';
import { doctorCommand, modelsCommand, serveCommand } from './ops-commands';
import type { CliIo } from './runtime';
import { phonemizeCommand, sayCommand, voicesCommand } from './synth-commands';
import type { KokoroServer } from '../server';

function isCliError(error: unknown): error is CliError {
  const code = (error as { code?: unknown } | null)?.code;
  return (code === 'KOKORO_SERVER_CLI_USAGE' || code === 'KOKORO_SERVER_CLI_FAILED' || code === 'KOKORO_SERVER_MODEL_MISSING') && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}

/** The CLI's version (kept in step with package.json by the release). */
const VERSION = '0.0.0';

/**
 * Runs one CLI invocation. Returns the exit code, or null for `serve` (the process lives on
 * until a signal; `hooks.onServer` receives the server to close). Errors are printed as their
 * message only (no stack): coded errors already say what to do.
 * @internal
 */
export async function run(argv: readonly string[], io: CliIo, hooks: { onServer?: (server: KokoroServer) => void } = {}): Promise<number | null> {
  try {
    const cli = parseCli(argv);
    if (cli.flags.help === true || cli.command === 'help') {
      io.out(HELP);
      return 0;
    }
    switch (cli.command) {
      case 'version':
        io.out(`${VERSION}\n`);
        return 0;
      case 'serve': {
        const server = await serveCommand(cli, io);
        hooks.onServer?.(server);
        return null;
      }
      case 'say':
        return await sayCommand(cli, io);
      case 'voices':
        return await voicesCommand(cli, io);
      case 'phonemize':
        return await phonemizeCommand(cli, io);
      case 'models':
        return await modelsCommand(cli, io);
      case 'doctor':
        return await doctorCommand(cli, io);
    }
  } catch (error) {
    if (isCliError(error)) {
      io.err(`kokoro: ${error.message}\n`);
      return error.exitCode;
    }
    const e = error as { code?: unknown; message?: unknown };
    io.err(`kokoro: ${typeof e.code === 'string' ? `${e.code}: ` : ''}${typeof e.message === 'string' ? e.message : String(error)}\n`);
    return 1;
  }
}
