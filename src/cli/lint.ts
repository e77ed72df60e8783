import path from 'node:path';

import type { ESLint } from 'eslint';

import type { Candidate } from './discover.js';
import { ConfigurationError, errorText } from './errors.js';
import { withoutForeignRuleNotices } from './foreign-rules.js';
import { classify, type Loaded, type RunFiles } from './load-file.js';
import type { Progress } from './progress.js';
import { skipResult } from './skip.js';

export interface LintRun {
  results: ESLint.LintResult[];
  /** Files whose linting threw (a rule crashed): reported as fatal results, and the run exits with 2. */
  crashed: number;
  /** Files read as Latin-1, to write their fixes back the same way; the others are UTF-8. */
  latin1Files: Set<string>;
}

export interface LintSettings {
  maxBytes: number;
  progress: Progress;
  /** With a built-in preset, directives naming the project's own rules are not problems (see foreign-rules.ts). */
  ignoreForeignRules: boolean;
}

function newRun(): LintRun {
  return { results: [], crashed: 0, latin1Files: new Set() };
}

// The progress line moves after each chunk of files.
const CHUNK_SIZE = 32;

async function lintLoaded(
  eslint: ESLint,
  loaded: Loaded,
  filePath: string | undefined,
  explicit: boolean,
  run: LintRun,
  settings: LintSettings,
): Promise<void> {
  if (loaded.status === 'ignore') return;
  const reportedPath = filePath ?? '<text>';
  if (loaded.status === 'skip') {
    run.results.push(skipResult(reportedPath, loaded.skip));
    return;
  }
  try {
    // The text read once for the gate is the text linted: ESLint does not read the file again.
    // Only a file named explicitly is reported when its config leaves it out.
    const results = await eslint.lintText(loaded.text, { filePath, warnIgnored: explicit });
    run.results.push(...(settings.ignoreForeignRules ? results.map(withoutForeignRuleNotices) : results));
    if (loaded.encoding === 'latin1' && filePath !== undefined) run.latin1Files.add(filePath);
  } catch (error) {
    run.crashed += 1;
    run.results.push(skipResult(reportedPath, { reason: 'internal-error', error: errorText(error) }));
  }
}

/** Whether ESLint's config lints the file; a config that cannot be computed ends the run. */
async function isConfigured(eslint: ESLint, filePath: string): Promise<boolean> {
  try {
    return (await eslint.calculateConfigForFile(filePath)) !== undefined;
  } catch (error) {
    throw new ConfigurationError(`invalid configuration for ${filePath}: ${errorText(error)}`, { cause: error });
  }
}

/**
 * Loads the configuration once before any file is read, so a config file that does not load is
 * reported as such rather than against whichever file came first.
 */
export async function loadConfiguration(eslint: ESLint, cwd: string): Promise<void> {
  try {
    await eslint.calculateConfigForFile(path.join(cwd, 'kafka-lint-probe.js'));
  } catch (error) {
    throw new ConfigurationError(`could not load the configuration: ${errorText(error)}`, { cause: error });
  }
}

/** Lints the discovered files; never throws except for a configuration error. */
export async function lintCandidates(eslint: ESLint, candidates: readonly Candidate[], files: RunFiles, settings: LintSettings): Promise<LintRun> {
  const run = newRun();
  try {
    for (let start = 0; start < candidates.length; start += CHUNK_SIZE) {
      const chunk = candidates.slice(start, start + CHUNK_SIZE);
      const wanted: Candidate[] = [];
      for (const candidate of chunk) {
        // Asked before reading, so a file the config leaves out (YAML under templates/) is not even
        // read. A file named explicitly goes on to ESLint, which says why it is not linted.
        if ((await isConfigured(eslint, candidate.path)) || candidate.explicit) wanted.push(candidate);
      }
      for (const candidate of wanted) {
        await lintLoaded(eslint, files.take(candidate), candidate.path, candidate.explicit, run, settings);
      }
      settings.progress.update(Math.min(start + CHUNK_SIZE, candidates.length));
    }
  } finally {
    // Also when a configuration error ends the run: its message must not land on the progress line.
    settings.progress.done();
  }
  return run;
}

/** Lints text read from stdin, as the file `filePath` when given (ESLint's `<text>` otherwise). */
export async function lintStdin(
  eslint: ESLint,
  content: Buffer,
  filePath: string | undefined,
  settings: LintSettings,
): Promise<LintRun> {
  const run = newRun();
  if (filePath !== undefined) await isConfigured(eslint, filePath);
  const loaded: Loaded =
    content.length > settings.maxBytes
      ? { status: 'skip', skip: { reason: 'too-large', size: content.length, limit: settings.maxBytes } }
      : classify(content, false);
  await lintLoaded(eslint, loaded, filePath, true, run, settings);
  return run;
}
