import fs from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { ESLint } from 'eslint';

import type { CliOptions } from './args.js';
import { discover, type Discovery } from './discover.js';
import { createEngine, engineBase, type EngineInput } from './engine.js';
import { errorText } from './errors.js';
import { writeFixes } from './fixes.js';
import { engineFileConfigs, inferSettings, type SettingsInference } from './infer-settings.js';
import { lintCandidates, lintStdin, loadConfiguration, type LintRun, type LintSettings } from './lint.js';
import { RunFiles } from './load-file.js';
import { formatRuleTable, ruleListings } from './list-rules.js';
import { settingsJson, settingsTable } from './print-settings.js';
import { createProgress } from './progress.js';
import { renderReport } from './report.js';
import { skipResult } from './skip.js';
import type { CliIo, CliPlugin } from './types.js';

/** Prints to stdout, or writes the file given with --output-file (creating its directory). */
async function emit(io: CliIo, outputFile: string | undefined, text: string): Promise<void> {
  if (outputFile === undefined) {
    if (text) io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    return;
  }
  const target = path.resolve(io.cwd, outputFile);
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, text);
  } catch (error) {
    throw new Error(`could not write ${outputFile}: ${errorText(error)}`, { cause: error });
  }
}

async function readStdin(stdin: CliIo['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

function useColor(options: CliOptions, io: CliIo): boolean {
  if (options.color !== undefined) return options.color;
  if (options.outputFile !== undefined || !io.stdout.isTTY) return false;
  return io.stdout.hasColors?.() ?? true;
}

function byPath(a: ESLint.LintResult, b: ESLint.LintResult): number {
  return a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0;
}

function countOf(results: readonly ESLint.LintResult[], key: 'errorCount' | 'warningCount'): number {
  return results.reduce((sum, result) => sum + result[key], 0);
}

interface Targets {
  discovery: Discovery | undefined;
  stdinPath: string | undefined;
  /** Absolute: what ESLint's base directory must contain. */
  paths: string[];
  explicitFiles: Set<string>;
}

function targetsOf(options: CliOptions, io: CliIo): Targets | string {
  if (options.stdin) {
    const stdinPath = options.stdinFilename === undefined ? undefined : path.resolve(io.cwd, options.stdinFilename);
    const named = stdinPath === undefined ? [] : [stdinPath];
    return { discovery: undefined, stdinPath, paths: named, explicitFiles: new Set(named) };
  }
  const discovery = discover(options.paths, io.cwd);
  if (discovery.missing.length > 0) return `no such file or directory: ${discovery.missing.join(', ')}`;
  return {
    discovery,
    stdinPath: undefined,
    paths: options.paths.map((written) => path.resolve(io.cwd, written)),
    explicitFiles: new Set(discovery.candidates.filter((candidate) => candidate.explicit).map((candidate) => candidate.path)),
  };
}

/** `--list-rules`: the plugin's rules, as a table or as the JSON contract. */
export async function listRules(options: CliOptions, io: CliIo, plugin: CliPlugin): Promise<number> {
  const listings = ruleListings(plugin);
  await emit(io, options.outputFile, options.format === 'json' ? `${JSON.stringify(listings, null, 2)}\n` : formatRuleTable(listings));
  return 0;
}

/** What a run starts from: its files, and how to configure ESLint for them. */
interface Start {
  targets: Targets;
  engineInput: EngineInput;
}

/** Finds the files; a problem with the arguments is written to stderr and returned as exit code 2. */
function start(options: CliOptions, io: CliIo, plugin: CliPlugin): Start | number {
  if (options.config !== undefined && !fs.existsSync(path.resolve(io.cwd, options.config))) {
    io.stderr.write(`kafka-lint: config file not found: ${options.config}\n`);
    return 2;
  }
  const targets = targetsOf(options, io);
  if (typeof targets === 'string') {
    io.stderr.write(`kafka-lint: ${targets}\n`);
    return 2;
  }
  return { targets, engineInput: { cwd: io.cwd, options, plugin, targets: targets.paths, explicitFiles: targets.explicitFiles } };
}

/** ESLint with its configuration loaded: a config that does not load ends the run before any file is read. */
async function configuredEngine(input: EngineInput): Promise<ESLint> {
  const eslint = await createEngine(input);
  await loadConfiguration(eslint, input.cwd);
  return eslint;
}

/**
 * The settings inferred from the discovered files, read as the run's config reads them (its
 * ignores, its forced dialects). None with --stdin (there is no tree to read) or --no-infer-settings.
 */
async function inferred({ targets, engineInput }: Start, options: CliOptions, files: RunFiles): Promise<SettingsInference | undefined> {
  if (!targets.discovery || !options.inferSettings) return undefined;
  const probe = await configuredEngine({ ...engineInput, inferenceProbe: true });
  return inferSettings({
    base: engineBase(engineInput),
    candidates: targets.discovery.candidates,
    files,
    configOf: engineFileConfigs(probe),
  });
}

/** `--print-settings`: what inference finds, as a table or JSON; nothing is linted. */
export async function printSettings(options: CliOptions, io: CliIo, plugin: CliPlugin): Promise<number> {
  const started = start(options, io, plugin);
  if (typeof started === 'number') return started;
  // Arguments with --print-settings always infer: no --stdin, no --no-infer-settings.
  const inference = (await inferred(started, options, new RunFiles(options.maxFileSizeBytes)))!;
  await emit(io, options.outputFile, options.format === 'json' ? settingsJson(inference, io.cwd) : settingsTable(inference, io.cwd));
  return 0;
}

/** A lint run: discover (or read stdin), infer settings, lint, fix when asked, report; returns the exit code. */
export async function lint(options: CliOptions, io: CliIo, plugin: CliPlugin): Promise<number> {
  const started = start(options, io, plugin);
  if (typeof started === 'number') return started;
  const { targets, engineInput } = started;
  const files = new RunFiles(options.maxFileSizeBytes);
  const inference = await inferred(started, options, files);
  const eslint = await configuredEngine({ ...engineInput, inferred: inference });
  const lintSettings: LintSettings = {
    maxBytes: options.maxFileSizeBytes,
    // Nothing to count with --stdin: one text, no progress line.
    progress: createProgress(io.stderr, targets.discovery?.candidates.length ?? 0),
    ignoreForeignRules: options.config === undefined,
  };
  const run: LintRun = targets.discovery
    ? await lintCandidates(eslint, targets.discovery.candidates, files, lintSettings)
    : await lintStdin(eslint, await readStdin(io.stdin), targets.stdinPath, lintSettings);

  const skipped = targets.discovery?.skipped.map(({ path: filePath, skip }) => skipResult(filePath, skip)) ?? [];
  const results = [...skipped, ...run.results].sort(byPath);
  if (options.fix) await writeFixes(results, run.latin1Files, (message) => io.stderr.write(`kafka-lint: ${message}\n`));

  const errors = countOf(results, 'errorCount');
  const warnings = countOf(results, 'warningCount');
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  const { ESLint } = await import('eslint');
  const report = await renderReport({
    eslint,
    format: options.format,
    results: options.quiet ? ESLint.getErrorResults(results) : results,
    cwd: io.cwd,
    color: useColor(options, io),
    maxWarningsExceeded: tooManyWarnings ? { maxWarnings: options.maxWarnings!, foundWarnings: warnings } : undefined,
    toolVersion: plugin.meta.version,
  });
  await emit(io, options.outputFile, report);

  if (results.length === 0 && !options.stdin) {
    io.stderr.write('kafka-lint: nothing to lint: no code using a Kafka client and no Kafka config files were found\n');
  }
  if (errors === 0 && tooManyWarnings) {
    io.stderr.write(`kafka-lint: too many warnings (${warnings}; maximum: ${options.maxWarnings})\n`);
  }
  if (run.crashed > 0) return 2;
  return errors > 0 || tooManyWarnings ? 1 : 0;
}
