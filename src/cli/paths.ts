import path from 'node:path';

/** `target` relative to `dir`, or `undefined` when it is not below `dir` (or is `dir` itself). */
export function relativeInside(dir: string, target: string): string | undefined {
  const relative = path.relative(dir, target);
  // `..name` is a file below `dir`; only `..` itself or `../…` leave it.
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative);
  return relative === '' || outside ? undefined : relative;
}

export function isInside(dir: string, target: string): boolean {
  return path.relative(dir, target) === '' || relativeInside(dir, target) !== undefined;
}

/** A relative path with `/` separators, as .gitignore files and GitHub annotations spell them. */
export function toPosix(relative: string): string {
  return relative.split(path.sep).join('/');
}
