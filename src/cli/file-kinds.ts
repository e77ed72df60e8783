import path from 'node:path';

/** `code`: JS/TS, linted when it mentions a Kafka client; `config`: a file the plugin's languages may recognise. */
export type FileKind = 'code' | 'config';

// The extensions of CODE_FILES, PROPERTIES_FILES and YAML_FILES in src/configs.ts. Matched
// case-sensitively, as ESLint matches those globs: `APP.YML` gets no config and is not picked.
const KIND_BY_EXTENSION = new Map<string, FileKind>([
  ['.js', 'code'],
  ['.mjs', 'code'],
  ['.cjs', 'code'],
  ['.jsx', 'code'],
  ['.ts', 'code'],
  ['.mts', 'code'],
  ['.cts', 'code'],
  ['.tsx', 'code'],
  ['.properties', 'config'],
  ['.conf', 'config'],
  ['.yml', 'config'],
  ['.yaml', 'config'],
]);

export const SUPPORTED_EXTENSIONS: readonly string[] = [...KIND_BY_EXTENSION.keys()];

/** The extensions of config files: `.properties`, `.conf`, `.yml`, `.yaml`. */
export const CONFIG_EXTENSIONS: readonly string[] = SUPPORTED_EXTENSIONS.filter((extension) => KIND_BY_EXTENSION.get(extension) === 'config');

export function fileKind(filePath: string): FileKind | undefined {
  return KIND_BY_EXTENSION.get(path.extname(filePath));
}

/** Declaration files hold types only (`.d.ts`, `.d.mts`, `.d.cts`, `.d.css.ts`): nothing runs there. */
export function isDeclarationFile(filePath: string): boolean {
  return /\.d\.(?:[^./\\]+\.)?[cm]?ts$/.test(path.basename(filePath));
}

/**
 * Directories never walked into: dependencies, VCS metadata, build output, caches and virtual
 * environments. Their files are copies or generated (Maven `target/` holds a copy of every
 * `application.yml`), so linting them would repeat or invent findings. A directory named on the
 * command line is still walked.
 */
export const SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  '.git',
  '.hg',
  '.svn',
  '.yarn',
  '.pnpm-store',
  'dist',
  'build',
  'out',
  'coverage',
  '.nyc_output',
  'target',
  '.gradle',
  '.next',
  '.nuxt',
  '.output',
  '.svelte-kit',
  '.angular',
  '.docusaurus',
  'storybook-static',
  '.turbo',
  '.cache',
  '.parcel-cache',
  '.vercel',
  '.serverless',
  '.terraform',
  'vendor',
  '.venv',
  'venv',
  '.tox',
  '__pycache__',
]);
