import type { ESLint, Linter } from 'eslint';

import { MEGABYTE } from './args.js';
import { SUPPORTED_EXTENSIONS } from './file-kinds.js';

/** Why a file was reported without being linted. */
export type Skip =
  | { reason: 'binary' }
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'unreadable'; error: string }
  | { reason: 'unreadable-directory'; error: string }
  | { reason: 'unsupported' }
  | { reason: 'internal-error'; error: string };

/** `20 MB`, `2.9 KB`, `512 bytes`: one decimal at most, so sizes near the limit stay distinct. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [amount, unit] = bytes < MEGABYTE ? [bytes / 1024, 'KB'] : [bytes / MEGABYTE, 'MB'];
  return `${Number(amount.toFixed(1))} ${unit}`;
}

function describe(skip: Skip): string {
  switch (skip.reason) {
    case 'binary':
      return 'File not linted: it is binary (a NUL byte in its first 8 KB).';
    case 'too-large':
      return `File not linted: ${formatSize(skip.size)} is over the ${formatSize(skip.limit)} limit (raise it with --max-file-size).`;
    case 'unreadable':
      return `File could not be read: ${skip.error}`;
    case 'unreadable-directory':
      return `Directory could not be read, its files were not linted: ${skip.error}`;
    case 'unsupported':
      return `File not linted: kafka-lint lints ${SUPPORTED_EXTENSIONS.join(' ')} files.`;
    case 'internal-error':
      return `kafka-lint failed while linting this file: ${skip.error}`;
  }
}

/**
 * Severity of each skip. A file that is too large or binary is a warning: it is a known limit,
 * and one vendored 50 MB YAML must not fail every CI run. A file that cannot be read at all, or
 * whose linting crashed, is a fatal error: something the user expects checked went unchecked.
 * A directory that cannot be read is a warning: it may well hold nothing to lint.
 */
function isFatal(skip: Skip): boolean {
  return skip.reason === 'unreadable' || skip.reason === 'internal-error';
}

/** A lint result in ESLint's own shape, with the one message saying why the file was not linted. */
export function skipResult(filePath: string, skip: Skip): ESLint.LintResult {
  const fatal = isFatal(skip);
  const message: Linter.LintMessage = fatal
    ? { ruleId: null, fatal: true, severity: 2, message: describe(skip), line: 1, column: 1 }
    : { ruleId: null, severity: 1, message: describe(skip), line: 1, column: 1 };
  return {
    filePath,
    messages: [message],
    suppressedMessages: [],
    errorCount: fatal ? 1 : 0,
    fatalErrorCount: fatal ? 1 : 0,
    warningCount: fatal ? 0 : 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
  };
}
