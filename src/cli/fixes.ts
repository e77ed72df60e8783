import { writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint } from 'eslint';

// Latin-1 holds U+0000–U+00FF only; a fix bringing anything else cannot be written back as is.
const BEYOND_LATIN1 = /[^\u0000-\u00ff]/u;

/**
 * Writes fixed text back, each file in the encoding it was read in, so the bytes no fix touched
 * stay as they were. The only place where kafka-lint writes to the user's files.
 */
export async function writeFixes(
  results: readonly ESLint.LintResult[],
  latin1Files: ReadonlySet<string>,
  warn: (message: string) => void,
): Promise<void> {
  for (const { filePath, output } of results) {
    if (output === undefined || !path.isAbsolute(filePath)) continue;
    const encoding = latin1Files.has(filePath) ? 'latin1' : 'utf8';
    if (encoding === 'latin1' && BEYOND_LATIN1.test(output)) {
      warn(`fixes not written to ${filePath}: they add characters its Latin-1 encoding cannot hold`);
      continue;
    }
    await writeFile(filePath, output, encoding);
  }
}
