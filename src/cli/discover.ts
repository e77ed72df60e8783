import fs from 'node:fs';
import path from 'node:path';

import { errorText } from './errors.js';
import { fileKind, isDeclarationFile, SKIPPED_DIRECTORIES, type FileKind } from './file-kinds.js';
import { inheritedIgnoreLayers, isIgnored, loadIgnoreLayer, type IgnoreLayer } from './gitignore.js';
import type { Skip } from './skip.js';

/** A file to consider for linting. */
export interface Candidate {
  path: string;
  kind: FileKind;
  /** Named on the command line: linted whatever it contains, never gated. */
  explicit: boolean;
}

export interface SkippedPath {
  path: string;
  skip: Skip;
}

export interface Discovery {
  /** Sorted by path, each once. */
  candidates: Candidate[];
  /** Paths reported without being linted (an unsupported file named explicitly, a directory that cannot be read). */
  skipped: SkippedPath[];
  /** Command-line paths that do not exist, as written. */
  missing: string[];
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The type of a directory entry, following a symbolic link; `undefined` for a dangling or looping link. */
function entryType(entry: fs.Dirent, fullPath: string): 'directory' | 'file' | undefined {
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  if (!entry.isSymbolicLink()) return undefined;
  try {
    const stats = fs.statSync(fullPath);
    if (stats.isDirectory()) return 'directory';
    return stats.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
}

class Walker {
  readonly candidates = new Map<string, Candidate>();
  readonly skipped: SkippedPath[] = [];
  /** `dev:ino` of every directory walked: a symlink back to an ancestor, or two roots that overlap, are walked once. */
  private readonly visited = new Set<string>();

  addFile(filePath: string, kind: FileKind, explicit: boolean): void {
    const known = this.candidates.get(filePath);
    this.candidates.set(filePath, { path: filePath, kind, explicit: explicit || (known?.explicit ?? false) });
  }

  walk(root: string): void {
    // Iterative: a deep tree must not exhaust the call stack.
    const pending: [string, readonly IgnoreLayer[]][] = [[root, inheritedIgnoreLayers(root)]];
    for (let next = pending.pop(); next; next = pending.pop()) {
      const [dir, inherited] = next;
      const entries = this.enter(dir);
      if (!entries) continue;
      // The listing says whether there is an ignore file: a failed read per directory cost more
      // than the rest of the walk (an exception each, in a repository of thousands of directories).
      const own = entries.some((entry) => entry.name === '.gitignore') ? loadIgnoreLayer(dir) : undefined;
      const layers = own ? [...inherited, own] : inherited;
      for (const entry of entries) {
        const fullPath = path.join(dir, entry.name);
        const type = entryType(entry, fullPath);
        if (type === 'directory') {
          if (!SKIPPED_DIRECTORIES.has(entry.name) && !isIgnored(layers, fullPath, true)) pending.push([fullPath, layers]);
        } else if (type === 'file') {
          const kind = fileKind(entry.name);
          if (kind === undefined || (kind === 'code' && isDeclarationFile(entry.name))) continue;
          if (!isIgnored(layers, fullPath, false)) this.addFile(fullPath, kind, false);
        }
      }
    }
  }

  /** The entries of a directory not walked yet; `undefined` when it was, or cannot be read (then reported). */
  private enter(dir: string): fs.Dirent[] | undefined {
    try {
      const { dev, ino } = fs.statSync(dir);
      const key = `${dev}:${ino}`;
      if (this.visited.has(key)) return undefined;
      this.visited.add(key);
      return fs.readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      this.skipped.push({ path: dir, skip: { reason: 'unreadable-directory', error: errorText(error) } });
      return undefined;
    }
  }
}

/**
 * Finds the files to lint under the given paths (resolved against `cwd`). Directories are walked
 * respecting `.gitignore` files (the repository's, from its top down, and nested ones),
 * skipping dependency, VCS and build-output directories and following symbolic links once.
 * Files named explicitly are kept when their extension is supported, whatever the ignores say.
 */
export function discover(paths: readonly string[], cwd: string): Discovery {
  const walker = new Walker();
  const missing: string[] = [];
  for (const written of paths) {
    const target = path.resolve(cwd, written);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(target);
    } catch (error) {
      if (isMissing(error)) missing.push(written);
      else walker.skipped.push({ path: target, skip: { reason: 'unreadable', error: errorText(error) } });
      continue;
    }
    if (stats.isDirectory()) {
      walker.walk(target);
      continue;
    }
    const kind = fileKind(target);
    // Opening a FIFO or a device would block or never end.
    if (!stats.isFile()) walker.skipped.push({ path: target, skip: { reason: 'unreadable', error: 'not a regular file' } });
    else if (kind) walker.addFile(target, kind, true);
    else walker.skipped.push({ path: target, skip: { reason: 'unsupported' } });
  }
  const candidates = [...walker.candidates.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { candidates, skipped: walker.skipped, missing };
}
