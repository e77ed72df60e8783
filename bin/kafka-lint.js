#!/usr/bin/env node
// The `kafka-lint` command: a shim over the built CLI (dist/cli/main.js), which holds all logic.
import module from 'node:module';

// Node 22.1+ caches compiled code between runs, a large share of a linter's cold start.
module.enableCompileCache?.();

// `kafka-lint | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (error) {
  process.stderr.write(`kafka-lint: cannot load dist/cli/main.js (run \`npm run build\`): ${error.message}\n`);
  process.exit(2);
}

process.exitCode = await cli.main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
});
