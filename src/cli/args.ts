import { parseArgs } from 'node:util';

import { parseDialectOverride, type DialectOverride } from './dialect-overrides.js';
import { errorText } from './errors.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export const PRESETS = ['recommended', 'strict', 'all'] as const;

export type Format = (typeof FORMATS)[number];
export type Preset = (typeof PRESETS)[number];

/** One mebibyte: `--max-file-size` is given in MB of 1 048 576 bytes, as `du -m` counts. */
export const MEGABYTE = 1024 * 1024;
export const DEFAULT_MAX_FILE_SIZE_MB = 20;

export interface CliOptions {
  /** Files and directories to lint, as written; `.` when none is given. */
  paths: string[];
  format: Format;
  outputFile: string | undefined;
  /** `undefined`: any number of warnings passes. */
  maxWarnings: number | undefined;
  maxFileSizeBytes: number;
  fix: boolean;
  preset: Preset;
  /** A flat config file to use instead of the built-in preset. */
  config: string | undefined;
  stdin: boolean;
  stdinFilename: string | undefined;
  listRules: boolean;
  /** Infer `settings.kafka` from the files of the run (on unless `--no-infer-settings`). */
  inferSettings: boolean;
  /** Print the inferred settings instead of linting. */
  printSettings: boolean;
  /** `--dialect <glob>=<dialect>`, in the order given: the last match wins. */
  dialects: DialectOverride[];
  quiet: boolean;
  /** `undefined`: colour when stdout is a terminal that supports it. */
  color: boolean | undefined;
  help: boolean;
  version: boolean;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: string };

export const USAGE = `Usage: kafka-lint [options] [paths...]

Finds Kafka client misuse in JS/TS code (kafkajs, @confluentinc/kafka-javascript,
node-rdkafka, NestJS) and in Kafka config files (.properties, .conf, .yml, .yaml).
Paths default to the current directory. Directories are walked respecting .gitignore;
code files are linted only when they mention a Kafka client module. Files named
explicitly are always linted. Cluster settings (settings.kafka: brokers,
min.insync.replicas, replication factor, transactions) are inferred from the
compose, Strimzi, broker and code files found; those a --config file sets win.

Options:
  -f, --format <name>       stylish (default), json, sarif or github
  -o, --output-file <file>  Write the report to a file instead of stdout
      --max-warnings <n>    Exit with 1 when there are more than n warnings
      --max-file-size <MB>  Skip files larger than this, with a warning (default ${DEFAULT_MAX_FILE_SIZE_MB})
      --fix                 Write automatic fixes to the files
      --preset <name>       recommended (default), strict or all
  -c, --config <file>       Use this ESLint flat config file instead of a preset
      --dialect <glob=d>    Read the config files the glob matches as dialect d, e.g.
                            --dialect 'deploy/**=strimzi' (repeatable; not with --config)
      --print-settings      Print the settings inferred from the files, and exit
      --no-infer-settings   Do not infer settings from the files
      --stdin               Lint the text read from stdin
      --stdin-filename <f>  The file name that stdin text is linted as
      --list-rules          List the rules (a table, or JSON with --format json)
      --quiet               Report errors only
      --color, --no-color   Force colours on or off
  -h, --help                Show this help
  -v, --version             Print the version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or
too many warnings, 2 usage error or failure.
`;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'output-file': { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'max-file-size': { type: 'string' },
  fix: { type: 'boolean' },
  preset: { type: 'string' },
  config: { type: 'string', short: 'c' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'list-rules': { type: 'boolean' },
  dialect: { type: 'string', multiple: true },
  'print-settings': { type: 'boolean' },
  'no-infer-settings': { type: 'boolean' },
  quiet: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

class UsageError extends Error {}

function oneOf<T extends string>(option: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${option} must be one of ${allowed.join(', ')}; got '${value}'`);
}

function warningLimit(option: string, value: string | undefined): number | undefined {
  // -1 is ESLint's spelling of "no limit"; accepting it keeps copied ESLint command lines working.
  if (value === undefined || value === '-1') return undefined;
  // Digits only: Number() would accept '', '0x10' and '1e3', which nobody means here.
  if (!/^\d+$/.test(value)) throw new UsageError(`--${option} must be a whole number of 0 or more; got '${value}'`);
  return Number(value);
}

function megabytes(option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback * MEGABYTE;
  const size = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  if (!(size > 0)) throw new UsageError(`--${option} must be a number of megabytes above 0; got '${value}'`);
  return Math.floor(size * MEGABYTE);
}

/** `--color` and `--no-color` may both appear (an alias adds one): the last one wins, as in ESLint. */
function lastColorFlag(tokens: readonly { kind: string; name?: string }[]): boolean | undefined {
  let color: boolean | undefined;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (token.name === 'color') color = true;
    if (token.name === 'no-color') color = false;
  }
  return color;
}

function dialectOverrides(values: readonly string[] | undefined): DialectOverride[] {
  return (values ?? []).map((value) => {
    const parsed = parseDialectOverride(value);
    if (typeof parsed === 'string') throw new UsageError(parsed);
    return parsed;
  });
}

function check(condition: boolean, message: string): void {
  if (!condition) throw new UsageError(message);
}

function parse(argv: readonly string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    // parseArgs explains itself (unknown option, missing value); its messages are user-facing.
    throw new UsageError(errorText(error));
  }
  const { values, positionals, tokens } = parsed;
  const options: CliOptions = {
    paths: positionals.length > 0 ? positionals : ['.'],
    format: oneOf('format', values.format, FORMATS, 'stylish'),
    outputFile: values['output-file'],
    maxWarnings: warningLimit('max-warnings', values['max-warnings']),
    maxFileSizeBytes: megabytes('max-file-size', values['max-file-size'], DEFAULT_MAX_FILE_SIZE_MB),
    fix: values.fix ?? false,
    preset: oneOf('preset', values.preset, PRESETS, 'recommended'),
    config: values.config,
    stdin: values.stdin ?? false,
    stdinFilename: values['stdin-filename'],
    listRules: values['list-rules'] ?? false,
    inferSettings: !(values['no-infer-settings'] ?? false),
    printSettings: values['print-settings'] ?? false,
    dialects: dialectOverrides(values.dialect),
    quiet: values.quiet ?? false,
    color: lastColorFlag(tokens),
    help: values.help ?? false,
    version: values.version ?? false,
  };
  if (options.help || options.version) return options;

  check(!(values.preset !== undefined && options.config !== undefined), '--preset and --config cannot be used together');
  check(options.config !== '' && options.outputFile !== '' && options.stdinFilename !== '', 'a file name cannot be empty');
  check(options.stdinFilename === undefined || options.stdin, '--stdin-filename needs --stdin');
  if (options.stdin) {
    check(positionals.length === 0, '--stdin lints stdin only; do not give paths with it');
    check(!options.fix, '--fix cannot write to stdin; run it on the file instead');
  }
  check(
    options.dialects.length === 0 || options.config === undefined,
    '--dialect applies to the built-in presets; with --config, set languageOptions.dialect in the config file',
  );
  if (options.printSettings) {
    check(options.inferSettings, '--print-settings and --no-infer-settings cannot be used together');
    check(!options.stdin && !options.fix && !options.listRules, '--print-settings takes no --stdin, --fix or --list-rules');
    check(options.format === 'stylish' || options.format === 'json', '--print-settings prints a table, or JSON with --format json');
  }
  if (options.listRules) {
    check(positionals.length === 0 && !options.stdin && !options.fix, '--list-rules takes no paths, --stdin or --fix');
    check(options.format === 'stylish' || options.format === 'json', '--list-rules prints a table, or JSON with --format json');
  }
  return options;
}

/** Parses `kafka-lint`'s arguments; a usage error is returned, never thrown. */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  try {
    return { ok: true, options: parse(argv) };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message };
    throw error;
  }
}
