/** CLI error codes by exit code. */
const CODE_BY_EXIT = { 1: 'KOKORO_SERVER_CLI_FAILED', 2: 'KOKORO_SERVER_CLI_USAGE', 3: 'KOKORO_SERVER_MODEL_MISSING' } as const;

/**
 * A CLI failure with the exit code it maps to: 1 failure, 2 usage error, 3 model or voices
 * missing. Its message is printed as is (it already says how to fix the problem).
 * @internal
 */
export class CliError extends Error {
  readonly code: (typeof CODE_BY_EXIT)[1 | 2 | 3];
  constructor(message: string, readonly exitCode: 1 | 2 | 3) {
    super(message);
    this.name = 'CliError';
    this.code = CODE_BY_EXIT[exitCode];
  }
}
