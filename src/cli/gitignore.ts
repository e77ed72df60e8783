import fs from 'node:fs';
import path from 'node:path';

import ignore, { type Ignore } from 'ignore';

import { relativeInside, toPosix } from './paths.js';

/** The rules of one ignore file, which apply to paths below `base`. */
export interface IgnoreLayer {
  base: string;
  matcher: Ignore;
}

// Git compares names as the file system does: exactly on Linux, ignoring case on macOS and Windows.
const IGNORE_CASE = process.platform === 'darwin' || process.platform === 'win32';

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    // Absent, a directory, or unreadable: git skips such an ignore file too.
    return undefined;
  }
}

/** The layer of `dir/<name>` (`.gitignore` by default), or `undefined` when there is none. */
export function loadIgnoreLayer(dir: string, name = '.gitignore', base = dir): IgnoreLayer | undefined {
  const text = readText(path.join(dir, name));
  return text === undefined ? undefined : { base, matcher: ignore({ ignorecase: IGNORE_CASE }).add(text) };
}

/**
 * Whether the layers ignore a path. The deepest layer with a rule about the path decides, so a
 * nested `.gitignore` can re-include (`!keep.yml`) what its parent excluded, as in git.
 */
export function isIgnored(layers: readonly IgnoreLayer[], absolutePath: string, isDirectory: boolean): boolean {
  for (let index = layers.length - 1; index >= 0; index--) {
    const { base, matcher } = layers[index]!;
    const relative = relativeInside(base, absolutePath);
    if (relative === undefined) continue;
    const posix = toPosix(relative);
    const { ignored, unignored } = matcher.test(isDirectory ? `${posix}/` : posix);
    if (ignored) return true;
    if (unignored) return false;
  }
  return false;
}

function findRepositoryRoot(start: string): string | undefined {
  for (let dir = start; ; dir = path.dirname(dir)) {
    // `.git` is a directory in a clone and a file in a worktree or submodule.
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * The ignore layers that apply to a walk starting at `root`: `.git/info/exclude` and the
 * `.gitignore` files of the directories between the repository's top and `root` (the root's own
 * is read by the walk). A root that these layers ignore was named on purpose, so it is walked
 * without them.
 */
export function inheritedIgnoreLayers(root: string): IgnoreLayer[] {
  const top = findRepositoryRoot(root);
  if (top === undefined) return [];
  const layers: IgnoreLayer[] = [];
  const exclude = loadIgnoreLayer(path.join(top, '.git', 'info'), 'exclude', top);
  if (exclude) layers.push(exclude);
  const between = path.relative(top, root).split(path.sep).filter(Boolean);
  let dir = top;
  for (const segment of between) {
    const layer = loadIgnoreLayer(dir);
    if (layer) layers.push(layer);
    dir = path.join(dir, segment);
  }
  return isIgnored(layers, root, true) ? [] : layers;
}
