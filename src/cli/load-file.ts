import { isUtf8 } from 'node:buffer';
import fs from 'node:fs';

import type { Candidate } from './discover.js';
import { errorText } from './errors.js';
import { fileMentionsKafkaClient, mentionsKafkaClient } from './kafka-mention.js';
import type { Skip } from './skip.js';

/**
 * How a file's bytes became text, and so how fixed text goes back to bytes. Text that is not
 * UTF-8 (a `.properties` file, which Java reads as ISO-8859-1) is read as Latin-1: one byte, one
 * character, so every byte a fix does not touch is written back unchanged.
 */
export type TextEncoding = 'utf8' | 'latin1';

/** What reading a candidate decided. */
export type Loaded =
  | { status: 'lint'; text: string; encoding: TextEncoding }
  | { status: 'skip'; skip: Skip }
  /** Code that mentions no Kafka client, or a second path to a file already read: silently left out. */
  | { status: 'ignore' };

export interface LoadOptions {
  maxBytes: number;
  /**
   * The path through which each file (`dev:ino`) was first read, shared by the whole run: a second
   * path to the file is left out, and the first path may be read again.
   */
  seen: Map<string, string>;
}

/** Git's test for binary content (a NUL byte among the first 8000 bytes), rounded to 8 KB. */
const BINARY_PROBE = 8 * 1024;

export function isBinary(content: Buffer): boolean {
  return content.subarray(0, BINARY_PROBE).includes(0);
}

/**
 * Decides what to do with text that has been read. A code file found by walking must mention a
 * Kafka client first: a binary or odd file that does not is none of our business.
 */
export function classify(content: Buffer, gated: boolean): Loaded {
  if (gated && !mentionsKafkaClient(content)) return { status: 'ignore' };
  if (isBinary(content)) return { status: 'skip', skip: { reason: 'binary' } };
  const encoding = isUtf8(content) ? 'utf8' : 'latin1';
  return { status: 'lint', text: content.toString(encoding), encoding };
}

function loadOpen(fd: number, candidate: Candidate, options: LoadOptions): Loaded {
  const stats = fs.fstatSync(fd);
  if (!stats.isFile()) return { status: 'skip', skip: { reason: 'unreadable', error: 'not a regular file' } };
  const identity = `${stats.dev}:${stats.ino}`;
  const firstPath = options.seen.get(identity);
  if (firstPath !== undefined && firstPath !== candidate.path) return { status: 'ignore' };
  options.seen.set(identity, candidate.path);

  const gated = candidate.kind === 'code' && !candidate.explicit;
  if (stats.size > options.maxBytes) {
    // A huge bundle that never mentions Kafka is not worth a warning; one that does is.
    if (gated && !fileMentionsKafkaClient(fd)) return { status: 'ignore' };
    return { status: 'skip', skip: { reason: 'too-large', size: stats.size, limit: options.maxBytes } };
  }
  return classify(fs.readFileSync(fd), gated);
}

/**
 * Reads a candidate, never throwing: what cannot be read becomes a skip.
 *
 * Synchronous: a run reads files one after the other and does nothing meanwhile. Read through
 * Node's thread pool instead (open, stat, read and close, each a round trip), the 2,000 files of
 * the config benchmark took 5–9 times the CPU time of reading them in place (`bench/README.md`).
 */
export function loadCandidate(candidate: Candidate, options: LoadOptions): Loaded {
  let fd: number | undefined;
  try {
    fd = fs.openSync(candidate.path, 'r');
    return loadOpen(fd, candidate, options);
  } catch (error) {
    return { status: 'skip', skip: { reason: 'unreadable', error: errorText(error) } };
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    fs.closeSync(fd);
  } catch {
    // The text is read; a failing close changes nothing about it.
  }
}

/**
 * How much text a run keeps between settings inference and linting, in characters: beyond it,
 * files are read a second time rather than held in memory.
 */
const KEPT_TEXT_LIMIT = 32 * 1024 * 1024;

/**
 * Reads the files of one run. Settings inference reads every file before linting starts; what it
 * read is kept (up to KEPT_TEXT_LIMIT) and handed to linting, so a file is read once.
 */
export class RunFiles {
  readonly #options: LoadOptions;
  readonly #kept = new Map<string, Loaded>();
  #keptLength = 0;

  constructor(maxBytes: number) {
    this.#options = { maxBytes, seen: new Map() };
  }

  /** Reads a candidate, to be read again later: linting will take it from here. */
  peek(candidate: Candidate): Loaded {
    const kept = this.#kept.get(candidate.path);
    if (kept !== undefined) return kept;
    const loaded = loadCandidate(candidate, this.#options);
    const length = loaded.status === 'lint' ? loaded.text.length : 0;
    if (this.#keptLength + length <= KEPT_TEXT_LIMIT) {
      this.#kept.set(candidate.path, loaded);
      this.#keptLength += length;
    }
    return loaded;
  }

  /** Reads a candidate for the last time: what `peek` kept is handed over and let go. */
  take(candidate: Candidate): Loaded {
    const kept = this.#kept.get(candidate.path);
    if (kept === undefined) return loadCandidate(candidate, this.#options);
    this.#kept.delete(candidate.path);
    if (kept.status === 'lint') this.#keptLength -= kept.text.length;
    return kept;
  }
}
