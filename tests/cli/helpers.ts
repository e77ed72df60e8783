import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';

import { afterEach } from 'vitest';

import { main, type CliPlugin, type OutputStream } from '../../src/cli/main.js';
import { createFixturePlugin } from './fixture-plugin.js';

const created: string[] = [];

afterEach(() => {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory with the given files (`path` → text or bytes), removed after the test. */
export function project(files: Record<string, string | Buffer> = {}): string {
  // realpath: on macOS the temp dir is reached through a symlink, and results carry real paths.
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'kafka-lint-')));
  created.push(dir);
  writeFiles(dir, files);
  return dir;
}

export function writeFiles(dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
}

export class Capture implements OutputStream {
  text = '';
  constructor(readonly isTTY = false) {}
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export interface RunOptions {
  cwd: string;
  plugin?: CliPlugin;
  stdin?: string | Buffer;
  stderrIsTTY?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with the fixture plugin (unless another is given). */
export async function run(argv: string[], { cwd, plugin = createFixturePlugin(), stdin = '', stderrIsTTY = false }: RunOptions): Promise<RunResult> {
  const stdout = new Capture();
  const stderr = new Capture(stderrIsTTY);
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin)]), cwd, plugin });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export interface JsonResult {
  filePath: string;
  messages: { ruleId: string | null; severity: number; message: string; line: number; column: number; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
}

/** Runs with `--format json` and returns the parsed results. */
export async function runJson(argv: string[], options: RunOptions): Promise<RunResult & { results: JsonResult[] }> {
  const result = await run(['--format', 'json', ...argv], options);
  return { ...result, results: JSON.parse(result.stdout || '[]') as JsonResult[] };
}

/** The linted files, relative to `dir`, sorted. */
export function linted(results: readonly JsonResult[], dir: string): string[] {
  return results.map((result) => path.relative(dir, result.filePath).split(path.sep).join('/')).sort();
}

export const KAFKA_PRODUCER = `import { Kafka } from 'kafkajs';
const producer = new Kafka({ brokers: ['b:9092'] }).producer();
await producer.send({ topic: 't', acks: 1, messages: [] });
`;
