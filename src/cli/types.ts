import type { Preset } from './args.js';

/** What the CLI reads of a rule's `meta.docs` (see KafkaRuleDocs); all optional, so a foreign rule is handled too. */
export interface CliRuleDocs {
  description?: string;
  pitfall?: string;
  recommended?: string | boolean;
  appliesTo?: readonly string[];
  url?: string;
}

/** The part of the plugin (src/index.ts) the CLI uses; tests inject a fixture of this shape. */
export interface CliPlugin {
  meta: { name: string; version: string };
  rules: Readonly<Record<string, { meta?: { docs?: CliRuleDocs } }>>;
  /** Flat-config arrays, as built by src/configs.ts. */
  configs: Readonly<Record<Preset, readonly object[]>>;
}

/** A stream the CLI writes to: `process.stdout` / `process.stderr`, or a test's buffer. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Node's `tty.WriteStream#hasColors()`, which honours NO_COLOR, FORCE_COLOR and TERM. */
  hasColors?: () => boolean;
}

export interface CliIo {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read only with `--stdin`. */
  stdin: AsyncIterable<string | Uint8Array>;
  cwd: string;
  /** The plugin to lint with; the package's own when absent. */
  plugin?: CliPlugin;
}
