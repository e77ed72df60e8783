// The three measurements. Each returns { status, reason?, notes, ... } and never throws for a
// missing piece of the plugin: it says what could not run and why.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { extname, join, relative } from 'node:path';

import { LineCounter, parseAllDocuments } from 'yaml';

import { filesDir } from './corpus.js';
import { alternate, childrenCpu, summarize } from './measure.js';

const TRIVIAL_RULE = 'no-debugger';

const isOn = (setting) => {
  const level = Array.isArray(setting) ? setting[0] : setting;
  return level !== 0 && level !== 'off';
};

/** What an ESLint run did, without holding on to its results. */
function summarizeLint(results, cwd) {
  const summary = { files: results.length, fatal: 0, fatalSamples: [], problems: 0, kafkaProblems: 0, filesWithKafkaProblems: 0, lookalikeFilesWithKafkaProblems: 0, lookalikeSamples: [], byRule: {} };
  for (const result of results) {
    let kafka = false;
    for (const message of result.messages) {
      if (message.fatal) {
        summary.fatal++;
        if (summary.fatalSamples.length < 3) summary.fatalSamples.push(`${relative(cwd, result.filePath)}:${message.line ?? 0}: ${message.message}`);
        continue;
      }
      summary.problems++;
      const rule = message.ruleId ?? '(no rule)';
      summary.byRule[rule] = (summary.byRule[rule] ?? 0) + 1;
      if (rule.startsWith('kafka/')) {
        summary.kafkaProblems++;
        kafka = true;
      }
    }
    if (kafka) summary.filesWithKafkaProblems++;
    // Generated code files that import no Kafka client are not named `*-messaging-<n>.ts`.
    if (kafka && result.filePath.endsWith('.ts') && !/-messaging-\d+\.ts$/.test(result.filePath)) {
      summary.lookalikeFilesWithKafkaProblems++;
      if (summary.lookalikeSamples.length < 3) {
        const m = result.messages.find((msg) => msg.ruleId?.startsWith('kafka/'));
        summary.lookalikeSamples.push(`${relative(cwd, result.filePath)}:${m.line} ${m.ruleId}`);
      }
    }
  }
  return summary;
}

/** Adds up `stats: true` timings per rule over every file (one extra, untimed run). */
function ruleTimes(results) {
  const rules = {};
  let parse = 0;
  for (const result of results) {
    for (const pass of result.stats?.times?.passes ?? []) {
      parse += pass.parse?.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + (t.total ?? 0);
    }
  }
  const top = Object.entries(rules).sort((a, b) => b[1] - a[1]);
  return { parse, rules: top };
}

async function enabledKafkaRules(eslint, file) {
  const config = await eslint.calculateConfigForFile(file);
  return Object.entries(config?.rules ?? {})
    .filter(([id, setting]) => id.startsWith('kafka/') && isOn(setting))
    .map(([id]) => id)
    .sort();
}

function listFiles(dir, extensions) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

function checkRecommended(plugin) {
  if (!plugin) return 'the plugin could not be loaded from dist/index.js';
  if (!Array.isArray(plugin.configs?.recommended)) return 'plugin.configs.recommended is not a flat-config array';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// 1. Code rules overhead
// ---------------------------------------------------------------------------------------------

export async function measureCode({ plugin, corpus, runs, warmup, chunks, ruleStats, log }) {
  const notRun = checkRecommended(plugin);
  if (notRun) return { status: 'not run', reason: notRun };
  const { ESLint } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const cwd = filesDir(corpus);
  const baselineConfig = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, rules: { [TRIVIAL_RULE]: 'error' } }];
  const candidateConfig = [...baselineConfig, ...plugin.configs.recommended];
  const eslintFor = (overrideConfig, extra = {}) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig, cache: false, ...extra });
  // A fresh ESLint instance per repetition, linting the chunks it is given.
  const lint = (overrideConfig) => () => {
    let eslint;
    return async (files) => summarizeLint(await (eslint ??= eslintFor(overrideConfig)).lintFiles(files), cwd);
  };
  const files = listFiles(cwd, new Set(['.ts']));

  const kafkaRules = corpus.manifest.sampleFile ? await enabledKafkaRules(eslintFor(candidateConfig), join(cwd, corpus.manifest.sampleFile)) : [];
  const result = await alternate({ inputs: files, chunks, warmup, runs, baseline: lint(baselineConfig), candidate: lint(candidateConfig), primed: chunks === 1, log });

  const notes = [];
  const b = result.baseline.last;
  const c = result.candidate.last;
  if (kafkaRules.length === 0) notes.push('`configs.recommended` enables no `kafka/*` rule for `.ts` files yet: the candidate adds only the configs themselves, so the ratio says nothing about rule cost.');
  if (b.files !== corpus.manifest.files || c.files !== corpus.manifest.files) notes.push(`files linted: baseline ${b.files}, candidate ${c.files}, corpus ${corpus.manifest.files} — they should be equal.`);
  if (b.fatal || c.fatal) notes.push(`parse errors: baseline ${b.fatal}, candidate ${c.fatal} (${[...b.fatalSamples, ...c.fatalSamples].slice(0, 3).join('; ')}).`);
  if (kafkaRules.length > 0 && c.kafkaProblems === 0) notes.push('the enabled `kafka/*` rules reported nothing on a corpus that contains known pitfalls (acks: 1, constant and missing keys, ...).');
  if (c.lookalikeFilesWithKafkaProblems) notes.push(`false positives: \`kafka/*\` problems in ${c.lookalikeFilesWithKafkaProblems} files that import no Kafka client (${c.lookalikeSamples.slice(0, 3).join('; ')}).`);
  const nonKafka = Object.entries(c.byRule).filter(([id]) => !id.startsWith('kafka/') && id !== TRIVIAL_RULE);
  if (nonKafka.length) notes.push(`the candidate reported non-kafka rules: ${nonKafka.map(([id, n]) => `${id} ×${n}`).join(', ')}.`);

  let stats;
  if (ruleStats) {
    log?.('extra run with stats: true');
    stats = ruleTimes(await eslintFor(candidateConfig, { stats: true }).lintFiles(files));
  }
  return { status: 'ok', result, kafkaRules, notes, stats, target: 1.1 };
}

// ---------------------------------------------------------------------------------------------
// 2. Config linting
// ---------------------------------------------------------------------------------------------

const LANGUAGE_FILES = {
  'kafka/yaml': { label: 'YAML', extensions: ['.yml', '.yaml'] },
  'kafka/properties': { label: '.properties', extensions: ['.properties'] },
};

/** A `.properties` file split into `key=value` pairs the trivial way: the floor of any parser. */
function splitProperties(text) {
  let entries = 0;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed[0] === '#' || trimmed[0] === '!') continue;
    const sep = trimmed.search(/[=:\s]/);
    if (sep !== 0) entries++;
  }
  return entries;
}

/** The same config objects with every rule off: languages, plugins and file patterns stay. */
function withoutRules(configs) {
  return configs.map((config) => (config.rules ? { ...config, rules: {} } : config));
}

function parseBaseline(files) {
  const summary = { files: 0, yamlDocuments: 0, yamlErrors: 0, propertiesEntries: 0 };
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    summary.files++;
    if (file.endsWith('.properties')) {
      summary.propertiesEntries += splitProperties(text);
    } else {
      const documents = parseAllDocuments(text, { lineCounter: new LineCounter(), uniqueKeys: false });
      for (const doc of Array.isArray(documents) ? documents : []) {
        summary.yamlDocuments++;
        summary.yamlErrors += doc.errors.length;
      }
    }
  }
  return summary;
}

/**
 * `kafka-lint` run in-process on `files` (named on its command line, so that it walks no
 * directory, as the other sides do not), with JSON output, from `cwd`. Returns the output and exit
 * code, summarized after timing.
 */
async function runKafkaLint(cliMain, files, cwd) {
  const output = [];
  const errors = [];
  const io = { stdout: { write: (chunk) => output.push(chunk) }, stderr: { write: (chunk) => errors.push(chunk) }, stdin: [], cwd };
  const exitCode = await cliMain(['--format', 'json', ...files.map((file) => relative(cwd, file))], io);
  return { output: output.join(''), stderr: errors.join(''), exitCode };
}

/** Reads the files as ESLint's `lintFiles` does: all at once, each through `fs.promises.readFile`. */
async function readAllAsync(files) {
  await Promise.all(files.map((file) => readFile(file, { encoding: 'utf8' })));
  return { files: files.length };
}

function readAllInOrder(files) {
  for (const file of files) readFileSync(file, 'utf8');
  return { files: files.length };
}

export async function measureConfig({ plugin, cliMain, corpus, runs, warmup, chunks, ruleStats, log }) {
  const notRun = checkRecommended(plugin);
  if (notRun) return { status: 'not run', reason: notRun };
  const registered = (language) => Boolean(plugin.languages?.[language.replace(/^kafka\//, '')]);
  const wanted = Object.keys(LANGUAGE_FILES);
  const available = wanted.filter(registered);
  const missing = wanted.filter((language) => !registered(language));
  if (available.length === 0) {
    return { status: 'not run', reason: `the plugin registers neither language yet (\`plugin.languages\` has ${Object.keys(plugin.languages ?? {}).map((l) => `\`${l}\``).join(', ') || 'nothing'}; needs \`yaml\` and \`properties\`)` };
  }
  // Keep only the config objects whose language exists; files of a missing language match no
  // config object and ESLint skips them, so the baseline skips them too.
  const candidateConfig = plugin.configs.recommended.filter((config) => !config.language || available.includes(config.language));
  const extensions = new Set(available.flatMap((language) => LANGUAGE_FILES[language].extensions));

  const { ESLint } = await import('eslint');
  const cwd = filesDir(corpus);
  const eslintFor = (extra = {}) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: candidateConfig, cache: false, ...extra });
  const probe = eslintFor();
  const kafkaRules = {};
  for (const language of available) {
    const sample = listFiles(cwd, new Set(LANGUAGE_FILES[language].extensions))[0];
    kafkaRules[language] = sample ? await enabledKafkaRules(probe, sample) : [];
  }

  const files = listFiles(cwd, extensions);
  /** Two sides over the same files, whole runs alternating, each timed run primed by one of its own. */
  const alternating = (baseline, candidate) => alternate({ inputs: files, chunks, warmup, runs, baseline, candidate, primed: chunks === 1, log });
  const parsing = () => async (slice) => parseBaseline(slice);
  /** ESLint with `config`, a fresh instance per repetition. */
  const linting = (config) => () => {
    let eslint;
    return async (slice) => summarizeLint(await (eslint ??= eslintFor({ overrideConfig: config })).lintFiles(slice), cwd);
  };
  const result = await alternating(parsing, linting(candidateConfig));

  // Where the ratio goes: ESLint reading, configuring and parsing the files with both languages and
  // every rule off, against the same baseline in a pass of its own (so the main measurement is as it was).
  log?.('split: the same baseline against ESLint with every rule off');
  const floor = await alternating(parsing, linting(withoutRules(candidateConfig)));
  result.floor = { median: floor.candidate.median, ratio: floor.ratio, cpuRatio: floor.cpuRatio };

  // How much of ESLint's floor is its way of reading files, which the baseline does in order.
  log?.('reads: the files read in order (as the baseline) against read as lintFiles reads them');
  const reads = await alternating(() => async (slice) => readAllInOrder(slice), () => async (slice) => readAllAsync(slice));
  result.reads = { baseline: reads.baseline, candidate: reads.candidate };

  // The product's own path: kafka-lint reads each file itself and lints its text (settings
  // inference, config lookups and the JSON report included).
  let kafkaLint;
  if (cliMain) {
    log?.('kafka-lint: the same baseline against kafka-lint on the same files');
    kafkaLint = await alternating(parsing, () => async (slice) => runKafkaLint(cliMain, slice, cwd));
  }

  const notes = [];
  const b = result.baseline.last;
  const c = result.candidate.last;
  if (kafkaLint) {
    const { output, stderr, exitCode } = kafkaLint.candidate.last;
    if (exitCode === 2 || stderr) notes.push(`kafka-lint exited with ${exitCode}${stderr ? `: ${stderr.trim().split('\n')[0]}` : ''}.`);
    kafkaLint.candidate.last = summarizeLint(exitCode === 2 ? [] : JSON.parse(output), cwd);
    const k = kafkaLint.candidate.last;
    // The problem counts may differ: kafka-lint infers settings.kafka from the corpus (transactional applications).
    if (k.files !== c.files || k.fatal !== c.fatal) notes.push(`kafka-lint linted ${k.files} files (${k.fatal} parse errors), ESLint ${c.files} (${c.fatal}): they should be equal.`);
  }
  if (missing.length) notes.push(`partial: ${missing.map((l) => `\`${l}\``).join(', ')} not registered by the plugin yet, so only ${available.map((l) => LANGUAGE_FILES[l].label).join(' and ')} files were measured (baseline restricted alike).`);
  for (const [language, rules] of Object.entries(kafkaRules)) {
    if (rules.length === 0) notes.push(`\`configs.recommended\` enables no \`kafka/*\` rule for \`${language}\` files yet: the candidate measures parsing by the language only.`);
  }
  if (Object.values(kafkaRules).some((rules) => rules.length > 0) && c.kafkaProblems === 0) notes.push('the enabled `kafka/*` rules reported nothing on a corpus that contains known pitfalls (acks=1, retries=0, typos, short session timeouts, ...).');
  if (b.files !== c.files) notes.push(`files: baseline parsed ${b.files}, ESLint linted ${c.files} — they should be equal.`);
  if (b.yamlErrors) notes.push(`the \`yaml\` package found ${b.yamlErrors} errors in the corpus (generator bug).`);
  if (c.fatal) notes.push(`ESLint reported ${c.fatal} parse errors (${c.fatalSamples.join('; ')}).`);

  let stats;
  if (ruleStats) {
    log?.('extra run with stats: true');
    stats = ruleTimes(await eslintFor({ stats: true }).lintFiles(files));
  }
  return { status: missing.length ? 'partial' : 'ok', result, kafkaLint, kafkaRules, notes, stats, target: 3 };
}

// ---------------------------------------------------------------------------------------------
// 3. Cold start
// ---------------------------------------------------------------------------------------------

function spawnTimed(command, args, cwd) {
  const t0 = performance.now();
  const child = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  return { ms: performance.now() - t0, status: child.status, signal: child.signal, stdout: child.stdout, stderr: child.stderr, error: child.error };
}

const excerpt = (text) => (text ?? '').trim().split('\n').slice(0, 4).join(' | ').slice(0, 400);

export async function measureColdStart({ root, corpus, runs, warmup, log }) {
  const kafkaLint = join(root, 'bin', 'kafka-lint.js');
  const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
  if (!existsSync(kafkaLint)) return { status: 'not run', reason: '`bin/kafka-lint.js` does not exist yet' };
  if (!existsSync(eslintBin)) return { status: 'not run', reason: '`node_modules/eslint/bin/eslint.js` not found (run npm install)' };
  if (!corpus.manifest.sampleFile) return { status: 'not run', reason: 'the code corpus has no kafkajs file to lint' };

  // Outside the repository, so no .gitignore (bench/.corpus/ is ignored) or project config applies.
  const dir = mkdtempSync(join(os.tmpdir(), 'kafka-lint-bench-'));
  try {
    const sample = 'sample.ts';
    writeFileSync(join(dir, sample), readFileSync(join(filesDir(corpus), corpus.manifest.sampleFile)));
    const parserUrl = import.meta.resolve('@typescript-eslint/parser');
    writeFileSync(
      join(dir, 'eslint.config.mjs'),
      `import parser from ${JSON.stringify(parserUrl)};\nexport default [{ files: ['**/*.ts'], languageOptions: { parser }, rules: { '${TRIVIAL_RULE}': 'error' } }];\n`,
    );
    const commands = {
      baseline: [process.execPath, [eslintBin, '-c', 'eslint.config.mjs', sample]],
      candidate: [process.execPath, [kafkaLint, sample]],
    };
    const failures = {};
    const runner = (name) => async () => {
      const run = spawnTimed(...commands[name], dir);
      // Exit 0 (clean) and 1 (problems found) are both a successful lint.
      if (run.error || (run.status !== 0 && run.status !== 1)) {
        failures[name] ??= `exit ${run.status ?? run.signal}${run.error ? ` (${run.error.message})` : ''}: ${excerpt(run.stderr) || excerpt(run.stdout)}`;
      }
      return { status: run.status };
    };
    // A failing command is reported, not timed: try each once first.
    await runner('baseline')();
    await runner('candidate')();
    if (failures.candidate || failures.baseline) {
      return {
        status: 'failed',
        reason: Object.entries(failures)
          .map(([name, why]) => `${name === 'candidate' ? '`kafka-lint`' : '`eslint`'} failed: ${why}`)
          .join('; '),
      };
    }
    const result = await alternate({ warmup, runs, baseline: () => runner('baseline'), candidate: () => runner('candidate'), cpu: childrenCpu, log });
    const nodeOnly = [];
    for (let i = 0; i < runs; i++) nodeOnly.push(spawnTimed(process.execPath, ['-e', '0'], dir).ms);

    const notes = [];
    if (failures.candidate || failures.baseline) notes.push(`a timed run failed: ${JSON.stringify(failures)}`);
    // Check (untimed) that kafka-lint really linted the file rather than skipping it.
    const check = spawnTimed(process.execPath, [kafkaLint, '--format', 'json', sample], dir);
    let linted;
    try {
      const json = JSON.parse(check.stdout);
      linted = json.find?.((r) => r.filePath?.endsWith(sample));
      if (!linted) notes.push(`\`kafka-lint --format json ${sample}\` returned no result for the file: it may have been skipped, so the candidate may not have linted anything.`);
      else if (linted.messages?.some((m) => m.fatal)) notes.push(`\`kafka-lint\` reported a parse error: ${linted.messages.find((m) => m.fatal).message}`);
    } catch {
      notes.push(`could not verify that \`kafka-lint\` linted the file (\`--format json\` gave exit ${check.status}, output not JSON: ${excerpt(check.stdout) || excerpt(check.stderr)}).`);
    }
    return {
      status: 'ok',
      result,
      nodeOnly: summarize(nodeOnly),
      sample: corpus.manifest.sampleFile,
      kafkaProblems: linted ? linted.messages.filter((m) => !m.fatal).length : undefined,
      notes,
      commands: {
        baseline: `node node_modules/eslint/bin/eslint.js -c <temp eslint.config.mjs: @typescript-eslint/parser + ${TRIVIAL_RULE}> sample.ts`,
        candidate: 'node bin/kafka-lint.js sample.ts',
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
