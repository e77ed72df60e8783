import { createRequire } from 'node:module';

import { parseCliArgs, USAGE } from './args.js';
import { ConfigurationError, errorText } from './errors.js';
import type { CliIo, CliPlugin } from './types.js';

export type { CliIo, CliPlugin, OutputStream } from './types.js';

// Only argument parsing is loaded up front. Discovery, ESLint, the plugin (and through it the
// TypeScript parser) and the SARIF formatter are imported once the arguments need them, so
// `--help`, `--version` and usage errors answer at Node's start-up speed.

function packageVersion(): string {
  // The same relative path from src/cli/ and dist/cli/.
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/**
 * Runs `kafka-lint` with the given arguments and returns the exit code: 0 clean (warnings within
 * --max-warnings), 1 errors or too many warnings, 2 usage error or failure. Never throws, never
 * calls `process.exit`: the bin sets `process.exitCode`, tests call it in-process.
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`kafka-lint: ${parsed.error}\nRun 'kafka-lint --help' for usage.\n`);
    return 2;
  }
  const { options } = parsed;
  try {
    if (options.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    const plugin: CliPlugin = io.plugin ?? (await import('../index.js')).default;
    const { lint, listRules, printSettings } = await import('./run.js');
    const command = options.listRules ? listRules : options.printSettings ? printSettings : lint;
    return await command(options, io, plugin);
  } catch (error) {
    // A configuration error is the user's to fix and says so itself; anything else is ours.
    const prefix = error instanceof ConfigurationError ? '' : 'error: ';
    io.stderr.write(`kafka-lint: ${prefix}${errorText(error)}\n`);
    return 2;
  }
}
