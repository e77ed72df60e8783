import path from 'node:path';

import type { ESLint, Linter } from 'eslint';

import type { KafkaSettings } from '../core/settings.js';
import type { CliOptions } from './args.js';
import { withDialectOverrides } from './dialect-overrides.js';
import { CONFIG_EXTENSIONS } from './file-kinds.js';
import { isInside, toPosix } from './paths.js';
import type { CliPlugin } from './types.js';

type FileMatcher = string | ((filePath: string) => boolean);

interface MatchableConfig {
  name?: string;
  files?: (FileMatcher | FileMatcher[])[];
  ignores?: FileMatcher[];
}

/** The deepest directory holding every path: ESLint lints nothing outside its `cwd`. */
export function commonAncestor(paths: readonly string[]): string {
  let ancestor = paths[0] ?? path.resolve();
  for (const target of paths) {
    // Stops at a file system root: paths on two Windows drives share no ancestor.
    while (!isInside(ancestor, target) && path.dirname(ancestor) !== ancestor) ancestor = path.dirname(ancestor);
  }
  return ancestor;
}

/**
 * The preset, plus a copy of each of its config objects that has `ignores`, matching only the
 * files named on the command line and without those ignores. A file the user names is linted
 * even where the preset would leave it out by default (YAML under `templates/`), with the same
 * language and rules as its siblings; a file that no `files` pattern matches stays unlinted.
 */
export function withExplicitFiles(configs: readonly object[], explicitFiles: ReadonlySet<string>): object[] {
  if (explicitFiles.size === 0) return [...configs];
  const isExplicit = (filePath: string): boolean => explicitFiles.has(filePath);
  const copies = (configs as MatchableConfig[])
    .filter((config) => config.files && config.ignores)
    .map(({ ignores: _ignores, ...config }) => ({
      ...config,
      name: `${config.name ?? 'kafka'}/explicit-files`,
      // An inner array means "all of": named on the command line AND matching the original pattern.
      files: config.files!.map((pattern) => [isExplicit, ...(Array.isArray(pattern) ? pattern : [pattern])]),
    }));
  return [...configs, ...copies];
}

export interface EngineInput {
  cwd: string;
  options: CliOptions;
  plugin: CliPlugin;
  /** Absolute paths of everything the run will lint, to set ESLint's base directory. */
  targets: readonly string[];
  explicitFiles: ReadonlySet<string>;
  /** Settings inferred from the repository: under every config object, so the user's own `settings.kafka` wins. */
  inferred?: InferredSettings | undefined;
  /** An engine that inference asks about config files, rather than one that lints (see CONFIG_FILES_PROBE). */
  inferenceProbe?: boolean;
}

/**
 * Matches every config file, setting nothing. ESLint answers "no config" alike for a file its
 * config ignores and for one that no `files` pattern matches; with this object, only ignored files
 * remain without one. Inference then skips what the config ignores (test fixtures, say) and still
 * reads the compose file of a project whose config lints code only.
 */
const CONFIG_FILES_PROBE = { name: 'kafka-lint/inference-probe', files: CONFIG_EXTENSIONS.map((extension) => `**/*${extension}`) };

/** What inference found: cluster settings for every file, and the applications that write in transactions. */
export interface InferredSettings {
  settings: KafkaSettings;
  transactionalIn: readonly string[];
}

/**
 * The inferred settings as base config: ESLint puts `baseConfig` before the config file and the
 * override config, and merges `settings` key by key, so any `settings.kafka.<key>` a config object
 * sets for a file replaces the inferred one, and the other inferred keys remain. `transactional`
 * is set only for the files of the applications that have a transactional producer.
 */
function inferredSettingsConfigs(inferred: InferredSettings | undefined): Linter.Config[] {
  if (inferred === undefined) return [];
  const configs: Linter.Config[] = [];
  if (Object.keys(inferred.settings).length > 0) configs.push({ name: 'kafka-lint/inferred-settings', settings: { kafka: { ...inferred.settings } } });
  if (inferred.transactionalIn.length > 0) {
    // One config object for all the applications: ESLint calls every `files` function of every
    // config object for every file, and computes a config for every distinct set that matches.
    const roots = new Set(inferred.transactionalIn.map((root) => path.resolve(root)));
    configs.push({
      name: 'kafka-lint/inferred-transactional',
      files: [((filePath: string) => isInAnyOf(roots, filePath)) as unknown as string],
      settings: { kafka: { transactional: true } },
    });
  }
  return configs;
}

/** Whether a path is one of `dirs` or below one of them (absolute, resolved paths). */
function isInAnyOf(dirs: ReadonlySet<string>, filePath: string): boolean {
  for (let dir = path.resolve(filePath); ; dir = path.dirname(dir)) {
    if (dirs.has(dir)) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** The directory ESLint runs from: the user's config decides with --config, else the common ancestor of the targets. */
export function engineBase({ cwd, options, targets }: Pick<EngineInput, 'cwd' | 'options' | 'targets'>): string {
  return options.config !== undefined ? cwd : commonAncestor([cwd, ...targets]);
}

/**
 * Discovery never walks into node_modules, so ESLint's default ignore of it only matters for a
 * file named explicitly, which is linted wherever it is. (`ignore: false` would not do: ESLint
 * keeps its default ignores then.)
 */
const UNIGNORE_NODE_MODULES = { name: 'kafka-lint/explicit-node-modules', ignores: ['!**/node_modules/'] };

/**
 * The scanned code carries directives written for the project's own ESLint set-up
 * (`// eslint-disable-next-line no-console`); with only the Kafka rules on, they would all read as unused.
 */
const KEEP_FOREIGN_DIRECTIVES = { name: 'kafka-lint/foreign-directives', linterOptions: { reportUnusedDisableDirectives: 'off' } };

/**
 * ESLint configured for a run. With a preset, the CLI's discovery has already applied the
 * ignores. With `--config`, the user's config decides, ignores included.
 */
export async function createEngine({ cwd, options, plugin, targets, explicitFiles, inferred, inferenceProbe }: EngineInput): Promise<ESLint> {
  const { ESLint } = await import('eslint');
  const errorsOnly = (severity: number): boolean => severity === 2;
  const baseConfig = inferredSettingsConfigs(inferred);
  const probe = inferenceProbe ? [CONFIG_FILES_PROBE] : [];
  const common: ESLint.Options = {
    // As ESLint's --quiet: fix only errors, and when warnings are not counted, do not even run warning rules.
    fix: options.fix && (options.quiet ? (message) => errorsOnly(message.severity) : true),
    ...(options.quiet && options.maxWarnings === undefined && { ruleFilter: ({ severity }) => errorsOnly(severity) }),
    ...(baseConfig.length > 0 && { baseConfig }),
  };
  if (options.config !== undefined) {
    return new ESLint({ ...common, cwd, overrideConfigFile: path.resolve(cwd, options.config), overrideConfig: probe });
  }
  const base = engineBase({ cwd, options, targets });
  const preset = withExplicitFiles(plugin.configs[options.preset], explicitFiles);
  return new ESLint({
    ...common,
    cwd: base,
    overrideConfigFile: true,
    overrideConfig: [
      // --dialect globs are written from the current directory; config globs start at the base directory.
      ...withDialectOverrides(preset, options.dialects, toPosix(path.relative(base, cwd))),
      UNIGNORE_NODE_MODULES,
      KEEP_FOREIGN_DIRECTIVES,
      ...probe,
    ] as Linter.Config[],
  });
}
