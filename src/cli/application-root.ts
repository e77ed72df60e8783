import { existsSync } from 'node:fs';
import path from 'node:path';

import { isInside } from './paths.js';

/** Files that make a directory the root of one application or module of a repository. */
const MANIFESTS = ['package.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'go.mod', 'pyproject.toml', 'Cargo.toml'];

/** `…/orders-service/src/main/resources/application.yml`: Maven and Gradle keep a module's config there. */
const RESOURCES = /^(.*?)[\\/]src[\\/](?:main|test)[\\/]resources(?:[\\/]|$)/;

/**
 * Finds the application a file belongs to, so that a setting one application shows (its producers
 * write in transactions) reaches that application's consumers and not every service of a monorepo:
 * the module of a Spring resources folder, else the nearest directory with a build manifest, else
 * the file's own directory. Manifest lookups are cached: a run asks about many files of few directories.
 */
export class ApplicationRoots {
  private readonly manifestDirs = new Map<string, boolean>();

  /** `base`: the directory of the run; no application reaches above it. */
  constructor(private readonly base: string) {}

  rootOf(file: string): string {
    const module = RESOURCES.exec(file)?.[1];
    if (module !== undefined && isInside(this.base, module)) return module;
    const own = path.dirname(file);
    for (let dir = own; isInside(this.base, dir); dir = path.dirname(dir)) {
      if (this.hasManifest(dir)) return dir;
      if (dir === this.base || path.dirname(dir) === dir) break;
    }
    // Config kept without any build file (an infrastructure folder per service): the folder is the unit.
    return own;
  }

  private hasManifest(dir: string): boolean {
    let found = this.manifestDirs.get(dir);
    if (found === undefined) {
      found = MANIFESTS.some((name) => existsSync(path.join(dir, name)));
      this.manifestDirs.set(dir, found);
    }
    return found;
  }
}
