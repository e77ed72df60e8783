import { readFileSync } from 'node:fs';
import path from 'node:path';

import { describe, expect, it } from 'vitest';

import { parseCliArgs, USAGE, type CliOptions } from '../../src/cli/args.js';
import { project, run } from './helpers.js';

const MB = 1024 * 1024;

const DEFAULTS: CliOptions = {
  paths: ['.'],
  format: 'stylish',
  outputFile: undefined,
  maxWarnings: undefined,
  maxFileSizeBytes: 20 * MB,
  fix: false,
  preset: 'recommended',
  config: undefined,
  stdin: false,
  stdinFilename: undefined,
  listRules: false,
  inferSettings: true,
  printSettings: false,
  dialects: [],
  quiet: false,
  color: undefined,
  help: false,
  version: false,
};

function options(argv: string[]): CliOptions {
  const parsed = parseCliArgs(argv);
  if (!parsed.ok) throw new Error(`unexpected usage error: ${parsed.error}`);
  return parsed.options;
}

function usageError(argv: string[]): string {
  const parsed = parseCliArgs(argv);
  if (parsed.ok) throw new Error(`expected a usage error for ${argv.join(' ')}`);
  return parsed.error;
}

describe('parseCliArgs', () => {
  it('defaults to linting . with the recommended preset in stylish', () => {
    expect(options([])).toEqual(DEFAULTS);
  });

  it('reads every option', () => {
    expect(
      options(['-f', 'json', '-o', 'out/report.json', '--max-warnings', '3', '--max-file-size', '0.5', '--fix', '--preset', 'strict', '--quiet', '--no-color', 'src', 'config']),
    ).toEqual({
      ...DEFAULTS,
      paths: ['src', 'config'],
      format: 'json',
      outputFile: 'out/report.json',
      maxWarnings: 3,
      maxFileSizeBytes: MB / 2,
      fix: true,
      preset: 'strict',
      quiet: true,
      color: false,
    });
    expect(options(['--config', 'eslint.config.js', '--stdin', '--stdin-filename', 'app.yml'])).toEqual({
      ...DEFAULTS,
      config: 'eslint.config.js',
      stdin: true,
      stdinFilename: 'app.yml',
    });
    expect(options(['--list-rules', '--format=json'])).toEqual({ ...DEFAULTS, listRules: true, format: 'json' });
    expect(options(['--print-settings', '--format', 'json', 'deploy'])).toEqual({ ...DEFAULTS, paths: ['deploy'], printSettings: true, format: 'json' });
    expect(options(['--no-infer-settings'])).toEqual({ ...DEFAULTS, inferSettings: false });
  });

  it('reads repeated --dialect in order, splitting at the last =', () => {
    expect(options(['--dialect', 'deploy/**=strimzi', '--dialect=conf/a=b/*.properties=java-properties']).dialects).toEqual([
      { glob: 'deploy/**', dialect: 'strimzi' },
      { glob: 'conf/a=b/*.properties', dialect: 'java-properties' },
    ]);
  });

  it('lets the last of --color and --no-color win', () => {
    expect(options(['--color']).color).toBe(true);
    expect(options(['--color', '--no-color']).color).toBe(false);
    expect(options(['--no-color', '--color']).color).toBe(true);
  });

  it("accepts ESLint's --max-warnings -1 as no limit", () => {
    expect(options(['--max-warnings=-1']).maxWarnings).toBeUndefined();
    expect(options(['--max-warnings', '0']).maxWarnings).toBe(0);
  });

  it.each([
    [['--bogus'], "Unknown option '--bogus'"],
    [['--format'], "Option '-f, --format <value>' argument missing"],
    [['--format', 'xml'], "--format must be one of stylish, json, sarif, github; got 'xml'"],
    [['--preset', 'loose'], "--preset must be one of recommended, strict, all; got 'loose'"],
    [['--max-warnings', 'many'], "--max-warnings must be a whole number of 0 or more; got 'many'"],
    [['--max-warnings', '1.5'], "--max-warnings must be a whole number of 0 or more; got '1.5'"],
    [['--max-warnings', '0x10'], "--max-warnings must be a whole number of 0 or more; got '0x10'"],
    [['--max-file-size', '0'], "--max-file-size must be a number of megabytes above 0; got '0'"],
    [['--max-file-size', '1e3'], "--max-file-size must be a number of megabytes above 0; got '1e3'"],
    [['--preset', 'all', '--config', 'x.js'], '--preset and --config cannot be used together'],
    [['--stdin-filename', 'a.yml'], '--stdin-filename needs --stdin'],
    [['--stdin', 'src'], '--stdin lints stdin only; do not give paths with it'],
    [['--stdin', '--fix'], '--fix cannot write to stdin; run it on the file instead'],
    [['--list-rules', 'src'], '--list-rules takes no paths, --stdin or --fix'],
    [['--list-rules', '--format', 'sarif'], '--list-rules prints a table, or JSON with --format json'],
    [['--output-file='], 'a file name cannot be empty'],
    [['--dialect', 'deploy/**'], "--dialect takes <glob>=<dialect>, e.g. 'deploy/**=strimzi'; got 'deploy/**'"],
    [['--dialect', '=strimzi'], "--dialect takes <glob>=<dialect>"],
    [['--dialect', 'deploy/**=strimzy'], "--dialect: unknown dialect 'strimzy'; use one of java-properties, broker-properties,"],
    [['--dialect', '/etc/kafka/*=broker-properties'], "--dialect: the glob must be relative to the current directory, without '!'; got '/etc/kafka/*'"],
    [['--dialect', '!a/*.yml=compose'], "the glob must be relative"],
    [['--dialect', 'a/*=compose', '--config', 'x.js'], '--dialect applies to the built-in presets; with --config, set languageOptions.dialect in the config file'],
    [['--print-settings', '--no-infer-settings'], '--print-settings and --no-infer-settings cannot be used together'],
    [['--print-settings', '--fix'], '--print-settings takes no --stdin, --fix or --list-rules'],
    [['--print-settings', '--format', 'sarif'], '--print-settings prints a table, or JSON with --format json'],
    [['--version=yes'], "Option '-v, --version' does not take an argument"],
  ])('rejects %j', (argv, message) => {
    expect(usageError(argv)).toContain(message);
  });
});

describe('main: usage', () => {
  it('exits 2 on a usage error, explaining on stderr only', async () => {
    const result = await run(['--format', 'xml'], { cwd: project() });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: "kafka-lint: --format must be one of stylish, json, sarif, github; got 'xml'\nRun 'kafka-lint --help' for usage.\n",
    });
  });

  it('prints the usage with --help', async () => {
    expect(await run(['--help'], { cwd: project() })).toEqual({ code: 0, stdout: USAGE, stderr: '' });
    for (const option of ['--format', '--output-file', '--max-warnings', '--max-file-size', '--fix', '--preset', '--config', '--stdin', '--stdin-filename', '--list-rules', '--dialect', '--print-settings', '--no-infer-settings', '--quiet', '--no-color', '--version']) {
      expect(USAGE).toContain(option);
    }
  });

  it('prints the package version with --version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
    expect(await run(['--version'], { cwd: project() })).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
