// What the numbers were measured on: machine, versions, plugin build state.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';

function packageVersion(root, name) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

function git(root, args) {
  try {
    // GIT_OPTIONAL_LOCKS=0: read-only, never refreshes the index.
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' }, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function newestMtime(dir, ext) {
  let newest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** `fresh`, `stale` (a source file is newer than the build) or `missing`. */
export function buildState(root) {
  const built = join(root, 'dist', 'index.js');
  if (!existsSync(built)) return 'missing';
  return newestMtime(join(root, 'src'), '.ts') > statSync(built).mtimeMs ? 'stale' : 'fresh';
}

export function collectEnvironment(root) {
  const cpus = os.cpus();
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const commit = git(root, ['rev-parse', '--short', 'HEAD']);
  // The results file a previous run wrote is not a change to what is measured.
  const dirty = git(root, ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench/RESULTS.md']);
  return {
    date: new Date().toISOString(),
    machine: `${os.type()} ${os.release()} ${os.arch()}`,
    cores: cpus.length,
    cpu: `${cpus.length} × ${cpus[0]?.model?.trim() ?? 'unknown CPU'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    loadAverage: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    node: process.version,
    eslint: packageVersion(root, 'eslint'),
    tsParser: packageVersion(root, '@typescript-eslint/parser'),
    typescript: packageVersion(root, 'typescript'),
    yaml: packageVersion(root, 'yaml'),
    plugin: `${pkg.name} ${pkg.version}`,
    commit: commit ? `${commit}${dirty ? ' + uncommitted changes' : ''}` : 'unknown (not a git checkout)',
    build: buildState(root),
  };
}
