import type { OutputStream } from './types.js';

export interface Progress {
  update(done: number): void;
  /** Erases the line, so the report starts on a clean terminal. */
  done(): void;
}

const SILENT: Progress = { update() {}, done() {} };

// A run that ends before this shows nothing: a line that flashes and vanishes is noise.
const FIRST_AFTER_MS = 500;
const EVERY_MS = 100;
const ERASE_LINE = '\r\x1b[2K';

/**
 * `kafka-lint: 120/2000 files`, rewritten in place on stderr. Only on a terminal: in CI logs and
 * pipes each update would be a line of its own.
 */
export function createProgress(stream: OutputStream, total: number, now: () => number = Date.now): Progress {
  if (!stream.isTTY || total === 0) return SILENT;
  const start = now();
  let last = -Infinity;
  let shown = false;
  return {
    update(done) {
      const time = now();
      if (time - start < FIRST_AFTER_MS || time - last < EVERY_MS) return;
      last = time;
      shown = true;
      stream.write(`${ERASE_LINE}kafka-lint: ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write(ERASE_LINE);
    },
  };
}
