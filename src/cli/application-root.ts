import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { isInside } from './paths.js';

/** Files that make a directory the root of one application or module of a repository. */
const MANIFESTS = ['package.json', 'pom.xml', 'build.gradle', 'build.gradle.kts', 'go.mod', 'pyproject.toml', 'Cargo.toml'];

/** Files that only a monorepo's root has: pnpm workspaces, Nx, Turborepo, Lerna. */
const WORKSPACE_FILES = ['pnpm-workspace.yaml', 'lerna.json', 'nx.json', 'turbo.json'];

/** What in a manifest makes its directory a workspace of modules rather than one application. */
const WORKSPACE_DECLARATIONS: readonly [manifest: string, declaration: RegExp][] = [
  ['package.json', /"workspaces"\s*:/],
  ['pom.xml', /<modules>/],
  ['Cargo.toml', /^\[workspace\]/m],
  // A single Gradle project has a settings file too; a multi-project build includes its projects.
  ['settings.gradle', /^\s*include\b/m],
  ['settings.gradle.kts', /^\s*include\b/m],
];

/** Whether a file exists and its text matches; an unreadable file declares nothing. */
function declares(file: string, declaration: RegExp): boolean {
  try {
    return declaration.test(readFileSync(file, 'utf8'));
  } catch {
    return false;
  }
}

/**
 * Whether a directory is the root of a monorepo: its manifest lists modules (npm, Yarn and Bun
 * `workspaces`, a Maven aggregator's `<modules>`, a Cargo `[workspace]`, a Gradle settings file
 * that includes projects), or a workspace tool's file sits beside it. Such a root is not one
 * application: a file below it but outside every module (`infra/billing/producer.properties`)
 * stays an application of its own folder.
 */
function isWorkspaceRoot(dir: string): boolean {
  return (
    WORKSPACE_FILES.some((name) => existsSync(path.join(dir, name))) ||
    WORKSPACE_DECLARATIONS.some(([manifest, declaration]) => declares(path.join(dir, manifest), declaration))
  );
}

/** `…/orders-service/src/main/resources/application.yml`: Maven and Gradle keep a module's config there. */
const RESOURCES = /^(.*?)[\\/]src[\\/](?:main|test)[\\/]resources(?:[\\/]|$)/;

/**
 * Finds the application a file belongs to, so that a setting one application shows (its producers
 * write in transactions) reaches that application's consumers and not every service of a monorepo:
 * the module of a Spring resources folder, else the nearest directory with a build manifest (a
 * monorepo's root does not count), else the file's own directory. Manifest lookups are cached: a
 * run asks about many files of few directories.
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
      found = MANIFESTS.some((name) => existsSync(path.join(dir, name))) && !isWorkspaceRoot(dir);
      this.manifestDirs.set(dir, found);
    }
    return found;
  }
}
