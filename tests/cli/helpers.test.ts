// Unit tests of the CLI's small pure helpers; the behaviour they add up to is tested through main().
import fs from 'node:fs';
import path from 'node:path';

import type { ESLint } from 'eslint';
import ignore from 'ignore';
import { describe, expect, it } from 'vitest';

import { commonAncestor, withExplicitFiles } from '../../src/cli/engine.js';
import { fileKind, isDeclarationFile } from '../../src/cli/file-kinds.js';
import { writeFixes } from '../../src/cli/fixes.js';
import { inheritedIgnoreLayers, isIgnored, type IgnoreLayer } from '../../src/cli/gitignore.js';
import { fileMentionsKafkaClient, mentionsKafkaClient } from '../../src/cli/kafka-mention.js';
import { classify, loadCandidate, RunFiles } from '../../src/cli/load-file.js';
import { isInside, relativeInside } from '../../src/cli/paths.js';
import { createProgress } from '../../src/cli/progress.js';
import { formatSize, skipResult } from '../../src/cli/skip.js';
import { Capture, project } from './helpers.js';

describe('fileKind / isDeclarationFile', () => {
  it.each([
    ['a.js', 'code'],
    ['a.tsx', 'code'],
    ['a.cts', 'code'],
    ['server.properties', 'config'],
    ['librdkafka.conf', 'config'],
    ['application.yaml', 'config'],
    ['a.YML', undefined],
    ['a.json', undefined],
    ['Dockerfile', undefined],
    ['.yml', undefined],
  ])('%s is %s', (name, kind) => {
    expect(fileKind(name)).toBe(kind);
  });

  it('recognises declaration files only', () => {
    expect(['a.d.ts', 'a.d.mts', 'a.d.cts', 'styles.d.css.ts', 'dir/x.d.ts'].map(isDeclarationFile)).toEqual([true, true, true, true, true]);
    expect(['a.ts', 'd.ts', 'a.d.js', 'upload.ts', 'a.dts'].map(isDeclarationFile)).toEqual([false, false, false, false, false]);
  });
});

describe('mentionsKafkaClient / classify', () => {
  it('finds each client module name, and no look-alike', () => {
    expect(["from 'kafkajs'", '@confluentinc/kafka-javascript', 'node-rdkafka', '@nestjs/microservices'].map((text) => mentionsKafkaClient(Buffer.from(text)))).toEqual([true, true, true, true]);
    expect(['kafka-node', '@nestjs/core', 'kafka.js', 'KafkaJS'].map((text) => mentionsKafkaClient(Buffer.from(text)))).toEqual([false, false, false, false]);
  });

  it('gates code before anything else, then tells binary from text', () => {
    expect(classify(Buffer.from([0, 1]), true)).toEqual({ status: 'ignore' });
    expect(classify(Buffer.from('x = 1'), true)).toEqual({ status: 'ignore' });
    expect(classify(Buffer.from([0, 1]), false)).toEqual({ status: 'skip', skip: { reason: 'binary' } });
    expect(classify(Buffer.from("import 'kafkajs'"), true)).toEqual({ status: 'lint', text: "import 'kafkajs'", encoding: 'utf8' });
    expect(classify(Buffer.from('\ufeffacks=1'), false)).toEqual({ status: 'lint', text: '\ufeffacks=1', encoding: 'utf8' });
    expect(classify(Buffer.from([0x61, 0xe9]), false)).toEqual({ status: 'lint', text: 'a\u00e9', encoding: 'latin1' });
  });

  it('looks for NUL in the first 8 KB only', () => {
    const late = Buffer.concat([Buffer.alloc(8 * 1024, 0x20), Buffer.from([0])]);
    expect(classify(late, false)).toMatchObject({ status: 'lint' });
  });
});

describe('fileMentionsKafkaClient', () => {
  const mentions = (content: string): boolean => {
    const file = path.join(project({ 'bundle.js': content }), 'bundle.js');
    const fd = fs.openSync(file, 'r');
    try {
      return fileMentionsKafkaClient(fd);
    } finally {
      fs.closeSync(fd);
    }
  };

  it('finds a module name that straddles two of its 1 MB reads', () => {
    const padding = 'x'.repeat(1024 * 1024 - 3);
    expect(mentions(`${padding}kafkajs`)).toBe(true);
    expect(mentions(`${padding}kafka.js`)).toBe(false);
  });
});

describe('loadCandidate', () => {
  it('turns a file that cannot be opened into an unreadable skip', async () => {
    const dir = project();
    const loaded = loadCandidate({ path: path.join(dir, 'gone.yml'), kind: 'config', explicit: false }, { maxBytes: 1024, seen: new Map() });
    expect(loaded).toEqual({ status: 'skip', skip: { reason: 'unreadable', error: expect.stringMatching(/^ENOENT: no such file or directory/) } });
  });

  it('reads a file once per inode', async () => {
    const dir = project({ 'a.yml': 'acks: 1\n' });
    fs.linkSync(path.join(dir, 'a.yml'), path.join(dir, 'b.yml'));
    const seen = new Map<string, string>();
    const load = (name: string) => loadCandidate({ path: path.join(dir, name), kind: 'config', explicit: false }, { maxBytes: 1024, seen });
    expect(load('a.yml')).toEqual({ status: 'lint', text: 'acks: 1\n', encoding: 'utf8' });
    expect(load('b.yml')).toEqual({ status: 'ignore' });
    // The path that read the file first may read it again: settings inference and linting both do.
    expect(load('a.yml')).toEqual({ status: 'lint', text: 'acks: 1\n', encoding: 'utf8' });
  });
});

describe('RunFiles', () => {
  const candidate = (dir: string, name: string) => ({ path: path.join(dir, name), kind: 'config' as const, explicit: false });

  it('hands what inference read to linting, without reading it again', () => {
    const dir = project({ 'a.yml': 'acks: 1\n' });
    const files = new RunFiles(1024);
    expect(files.peek(candidate(dir, 'a.yml'))).toEqual({ status: 'lint', text: 'acks: 1\n', encoding: 'utf8' });
    fs.writeFileSync(path.join(dir, 'a.yml'), 'acks: all\n');
    expect(files.take(candidate(dir, 'a.yml'))).toEqual({ status: 'lint', text: 'acks: 1\n', encoding: 'utf8' });
    // Handed over once: a later read goes to the file.
    expect(files.take(candidate(dir, 'a.yml'))).toEqual({ status: 'lint', text: 'acks: all\n', encoding: 'utf8' });
  });

  it('reads a file through its first path only, whichever pass reads it', () => {
    const dir = project({ 'a.yml': 'acks: 1\n' });
    fs.linkSync(path.join(dir, 'a.yml'), path.join(dir, 'b.yml'));
    const files = new RunFiles(1024);
    expect(files.peek(candidate(dir, 'a.yml'))).toMatchObject({ status: 'lint' });
    expect(files.peek(candidate(dir, 'b.yml'))).toEqual({ status: 'ignore' });
    expect(files.take(candidate(dir, 'b.yml'))).toEqual({ status: 'ignore' });
    expect(files.take(candidate(dir, 'a.yml'))).toMatchObject({ status: 'lint' });
  });
});

describe('skipResult', () => {
  it.each([
    [{ reason: 'binary' } as const, 1, 'File not linted: it is binary (a NUL byte in its first 8 KB).'],
    [{ reason: 'too-large', size: 25 * 1024 * 1024 + 1, limit: 20 * 1024 * 1024 } as const, 1, 'File not linted: 25 MB is over the 20 MB limit (raise it with --max-file-size).'],
    [{ reason: 'unreadable-directory', error: 'EACCES: permission denied' } as const, 1, 'Directory could not be read, its files were not linted: EACCES: permission denied'],
    [{ reason: 'unreadable', error: 'EACCES: permission denied' } as const, 2, 'File could not be read: EACCES: permission denied'],
    [{ reason: 'internal-error', error: 'boom' } as const, 2, 'kafka-lint failed while linting this file: boom'],
  ])('%j is severity %i', (skip, severity, message) => {
    const fatal = severity === 2;
    expect(skipResult('/repo/a.yml', skip)).toEqual({
      filePath: '/repo/a.yml',
      messages: [{ ruleId: null, ...(fatal && { fatal: true }), severity, message, line: 1, column: 1 }],
      suppressedMessages: [],
      errorCount: fatal ? 1 : 0,
      fatalErrorCount: fatal ? 1 : 0,
      warningCount: fatal ? 0 : 1,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    });
  });

  it('formats sizes with one decimal at most', () => {
    expect([0, 1023, 1024, 3010, 1024 * 1024, 1.25 * 1024 * 1024, 50 * 1024 * 1024].map(formatSize)).toEqual([
      '0 bytes',
      '1023 bytes',
      '1 KB',
      '2.9 KB',
      '1 MB',
      '1.3 MB',
      '50 MB',
    ]);
  });
});

describe('gitignore layers', () => {
  const layer = (base: string, rules: string): IgnoreLayer => ({ base, matcher: ignore().add(rules) });

  it('lets the deepest layer with a rule decide', () => {
    const layers = [layer('/repo', '*.yml\nbuild/\n'), layer('/repo/app', '!keep.yml\n')];
    expect(isIgnored(layers, '/repo/a.yml', false)).toBe(true);
    expect(isIgnored(layers, '/repo/app/keep.yml', false)).toBe(false);
    expect(isIgnored(layers, '/repo/app/drop.yml', false)).toBe(true);
    expect(isIgnored(layers, '/repo/app/build', true)).toBe(true);
    expect(isIgnored(layers, '/repo/app/build', false)).toBe(false);
    expect(isIgnored(layers, '/elsewhere/a.yml', false)).toBe(false);
    expect(isIgnored(layers, '/repo', true)).toBe(false);
  });

  it('reads the layers between the repository top and the root, and none above a repository', () => {
    const dir = project({ '.git/info/exclude': 'x\n', '.gitignore': 'a\n', 'sub/.gitignore': 'b\n', 'sub/deeper/.keep': '' });
    expect(inheritedIgnoreLayers(path.join(dir, 'sub', 'deeper')).map((entry) => entry.base)).toEqual([dir, dir, path.join(dir, 'sub')]);
    expect(inheritedIgnoreLayers(dir).map((entry) => entry.base)).toEqual([dir]);
    const loose = project({ '.gitignore': 'a\n', 'sub/.keep': '' });
    // Without a repository, only the walk itself reads .gitignore files (tmpdir has no .git above it).
    expect(inheritedIgnoreLayers(path.join(loose, 'sub'))).toEqual([]);
  });
});

describe('relativeInside / isInside', () => {
  it('tells paths below a directory from the directory itself and from paths outside', () => {
    expect(relativeInside('/repo', '/repo/a/b.yml')).toBe(path.join('a', 'b.yml'));
    expect(relativeInside('/repo', '/repo/..hidden.yml')).toBe('..hidden.yml');
    expect([relativeInside('/repo', '/repo'), relativeInside('/repo', '/other/a.yml'), relativeInside('/repo', '/')]).toEqual([undefined, undefined, undefined]);
    expect([isInside('/repo', '/repo'), isInside('/repo', '/repo/a'), isInside('/repo', '/repository')]).toEqual([true, true, false]);
  });
});

describe('commonAncestor', () => {
  it('finds the deepest directory holding every path', () => {
    expect(commonAncestor(['/work/repo', '/work/repo/src/a.js', '/work/repo/config'])).toBe('/work/repo');
    expect(commonAncestor(['/work/repo', '/work/other/x.yml'])).toBe('/work');
    expect(commonAncestor(['/work/repo', '/etc/kafka'])).toBe('/');
    expect(commonAncestor(['/work/repo'])).toBe('/work/repo');
  });
});

describe('withExplicitFiles', () => {
  const yaml = { name: 'kafka/recommended/yaml', files: ['**/*.{yml,yaml}'], ignores: ['**/templates/**'], rules: { 'kafka/x': 'error' } };
  const code = { name: 'kafka/recommended/code', files: ['**/*.js'], rules: {} };

  it('returns the configs unchanged when no file is explicit', () => {
    expect(withExplicitFiles([code, yaml], new Set())).toEqual([code, yaml]);
  });

  it('adds, for each config with ignores, a copy without them that matches explicit files only', () => {
    const configs = withExplicitFiles([code, yaml], new Set(['/repo/templates/a.yml', '/repo/b.js'])) as (typeof yaml & { files: unknown[][] })[];
    expect(configs.slice(0, 2)).toEqual([code, yaml]);
    expect(configs).toHaveLength(3);
    const [, , copy] = configs;
    expect(copy).toEqual({ name: 'kafka/recommended/yaml/explicit-files', files: [[expect.any(Function), '**/*.{yml,yaml}']], rules: { 'kafka/x': 'error' } });
    const isExplicit = copy!.files[0]![0] as unknown as (filePath: string) => boolean;
    expect([isExplicit('/repo/templates/a.yml'), isExplicit('/repo/templates/c.yml')]).toEqual([true, false]);
  });
});

describe('writeFixes', () => {
  const result = (filePath: string, output?: string): ESLint.LintResult => ({
    filePath,
    messages: [],
    suppressedMessages: [],
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    ...(output !== undefined && { output }),
  });

  it('writes fixed files in their encoding, and nothing else', async () => {
    const dir = project({ 'utf8.yml': 'acks: 1\n', 'latin1.properties': Buffer.from('# \xe9\nacks=1\n', 'latin1'), 'untouched.yml': 'acks: 1\n', 'wide.properties': 'acks=1\n' });
    const warnings: string[] = [];
    await writeFixes(
      [
        result(path.join(dir, 'utf8.yml'), 'acks: all # café\n'),
        result(path.join(dir, 'latin1.properties'), '# \xe9\nacks=all\n'),
        result(path.join(dir, 'untouched.yml')),
        result(path.join(dir, 'wide.properties'), 'acks=all # →\n'),
        result('<text>', 'ignored'),
      ],
      new Set([path.join(dir, 'latin1.properties'), path.join(dir, 'wide.properties')]),
      (message) => warnings.push(message),
    );
    expect(fs.readFileSync(path.join(dir, 'utf8.yml'), 'utf8')).toBe('acks: all # café\n');
    expect(fs.readFileSync(path.join(dir, 'latin1.properties'))).toEqual(Buffer.from('# \xe9\nacks=all\n', 'latin1'));
    expect(fs.readFileSync(path.join(dir, 'untouched.yml'), 'utf8')).toBe('acks: 1\n');
    expect(fs.readFileSync(path.join(dir, 'wide.properties'), 'utf8')).toBe('acks=1\n');
    expect(warnings).toEqual([`fixes not written to ${path.join(dir, 'wide.properties')}: they add characters its Latin-1 encoding cannot hold`]);
    expect(fs.readdirSync(dir).sort()).toEqual(['latin1.properties', 'untouched.yml', 'utf8.yml', 'wide.properties']);
  });
});

describe('createProgress', () => {
  function clock(): { now: () => number; advance: (ms: number) => void } {
    let time = 1000;
    return { now: () => time, advance: (ms) => void (time += ms) };
  }

  it('shows nothing off a terminal, or for an empty run', () => {
    const pipe = new Capture(false);
    const progress = createProgress(pipe, 10);
    progress.update(5);
    progress.done();
    const tty = new Capture(true);
    createProgress(tty, 0).done();
    expect([pipe.text, tty.text]).toEqual(['', '']);
  });

  it('starts after half a second, updates at most every 100 ms in place, and erases itself', () => {
    const tty = new Capture(true);
    const { now, advance } = clock();
    const progress = createProgress(tty, 2000, now);
    progress.update(32);
    advance(499);
    progress.update(64);
    advance(1);
    progress.update(96);
    advance(50);
    progress.update(128);
    advance(50);
    progress.update(160);
    progress.done();
    expect(tty.text).toBe('\r\x1b[2Kkafka-lint: 96/2000 files\r\x1b[2Kkafka-lint: 160/2000 files\r\x1b[2K');
  });

  it('leaves the terminal alone when the run ends before showing anything', () => {
    const tty = new Capture(true);
    const progress = createProgress(tty, 5, clock().now);
    progress.update(5);
    progress.done();
    expect(tty.text).toBe('');
  });
});
