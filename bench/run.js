#!/usr/bin/env node
// eslint-plugin-kafka benchmark: `npm run bench` (after `npm run build`). See bench/README.md.

import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

import { DEFAULT_SEED, ensureCorpus } from './lib/corpus.js';
import { collectEnvironment } from './lib/env.js';
import { formatMs } from './lib/measure.js';
import { measureCode, measureColdStart, measureConfig } from './lib/measurements.js';
import { TITLES, renderConsoleSummary, renderMarkdown } from './lib/report.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const corpusRoot = join(here, '.corpus');

const HELP = `Usage: npm run bench -- [options]

Measures, in one run, the plugin against baselines measured in the same run:
  code    ESLint + typescript-eslint parser on ~2000 TS files, with vs without configs.recommended
  config  ESLint with configs.recommended on ~2000 YAML/.properties files vs a bare yaml parse
  cold    node bin/kafka-lint.js vs node eslint.js on one .ts file, as child processes

Options:
  --quick           small corpora (200 files each), one repetition; writes bench/.corpus/RESULTS.quick.md
  --only LIST       comma-separated subset of code,config,cold
  --runs N          timed repetitions of every measurement (default: code 3, config 9, cold 9)
  --chunks N        code: interleave baseline and candidate over N chunks of the corpus (default 20; 1 = whole runs)
  --rule-stats      one extra, untimed run per ESLint measurement with stats: true (time per rule)
  --seed N          corpus seed (default ${DEFAULT_SEED})
  --out FILE        where to write the Markdown results
  -h, --help        this text

Only a full run (no --quick, --only, --runs, --chunks or --seed) writes bench/RESULTS.md by default.`;

function options() {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string' },
      runs: { type: 'string' },
      chunks: { type: 'string' },
      'rule-stats': { type: 'boolean', default: false },
      seed: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    process.exit(0);
  }
  const only = values.only ? values.only.split(',').map((s) => s.trim()) : ['code', 'config', 'cold'];
  const unknown = only.filter((id) => !(id in TITLES));
  if (unknown.length) throw new Error(`--only: unknown measurement ${unknown.join(', ')} (use code, config, cold)`);
  const runsOverride = values.runs === undefined ? undefined : Number(values.runs);
  if (runsOverride !== undefined && !(Number.isInteger(runsOverride) && runsOverride >= 1)) throw new Error('--runs must be a positive integer');
  const chunks = values.chunks === undefined ? 20 : Number(values.chunks);
  if (!(Number.isInteger(chunks) && chunks >= 1)) throw new Error('--chunks must be a positive integer');
  const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');

  const mode = values.quick ? 'quick' : values.only || values.runs || values.seed || values.chunks ? 'partial' : 'full';
  const size = values.quick ? 200 : 2000;
  const runs = values.quick ? { code: 1, config: 1, cold: 1 } : { code: 3, config: 9, cold: 9 };
  if (runsOverride) for (const id of Object.keys(runs)) runs[id] = runsOverride;
  const out = values.out ? resolve(values.out) : mode === 'full' ? join(here, 'RESULTS.md') : join(corpusRoot, 'RESULTS.quick.md');
  return { mode, only, runs, warmup: 1, chunks, size, seed, ruleStats: values['rule-stats'], out, argv: process.argv.slice(2).join(' ') };
}

async function loadPlugin() {
  try {
    const module = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
    const cli = await import(pathToFileURL(join(root, 'dist', 'cli', 'main.js')).href).catch(() => undefined);
    return { plugin: module.default, cliMain: cli?.main };
  } catch (error) {
    return { error: `could not import dist/index.js (${error.code ?? error.message}); run \`npm run build\`` };
  }
}

async function main() {
  const started = performance.now();
  const opts = options();
  const env = collectEnvironment(root);
  console.log(`eslint-plugin-kafka benchmark — ${opts.mode} run, ${env.date}`);
  console.log(`${env.machine}, ${env.cpu}, ${env.memory}; Node ${env.node}, ESLint ${env.eslint}, @typescript-eslint/parser ${env.tsParser}, typescript ${env.typescript}, yaml ${env.yaml}`);
  console.log(`${env.plugin} at ${env.commit}; dist/ ${env.build}; load average ${env.loadAverage}`);
  if (os.loadavg()[0] > env.cores / 2) console.warn(`WARNING: the machine is busy (load ${os.loadavg()[0].toFixed(2)} on ${env.cores} cores): times will be inflated and noisy.`);
  if (env.build !== 'fresh') console.warn(`WARNING: dist/ is ${env.build}: run \`npm run build\` first, or the plugin measured is not the current source.`);

  const { plugin, cliMain, error: pluginError } = await loadPlugin();
  if (pluginError) console.warn(`WARNING: ${pluginError}`);

  const corpora = {};
  const corpus = (kind) => {
    if (!corpora[kind]) {
      const t0 = performance.now();
      corpora[kind] = ensureCorpus(corpusRoot, kind, { count: opts.size, seed: opts.seed });
      const m = corpora[kind].manifest;
      console.log(`corpus ${kind}: ${m.files} files, ${m.lines} lines (${relative(root, corpora[kind].dir)}, ${corpora[kind].regenerated ? `generated in ${formatMs(performance.now() - t0)}` : 'reused'})`);
    }
    return corpora[kind];
  };

  const measurers = {
    code: () => measureCode({ plugin, corpus: corpus('code'), runs: opts.runs.code, warmup: opts.warmup, chunks: opts.chunks, ruleStats: opts.ruleStats, log: logger('code') }),
    config: () => measureConfig({ plugin, cliMain, corpus: corpus('config'), runs: opts.runs.config, warmup: opts.warmup, chunks: 1, ruleStats: opts.ruleStats, log: logger('config') }),
    cold: () => measureColdStart({ root, corpus: corpus('code'), runs: opts.runs.cold, warmup: opts.warmup, log: logger('cold') }),
  };
  const measurements = {};
  for (const id of opts.only) {
    console.log(`\n${TITLES[id]}`);
    const load = { start: os.loadavg()[0] };
    try {
      measurements[id] = await measurers[id]();
      if (pluginError && measurements[id].status === 'not run' && id !== 'cold') measurements[id].reason = pluginError;
    } catch (error) {
      // A crash inside ESLint (a rule or a language throwing on the corpus) is a result too.
      measurements[id] = { status: 'failed', reason: `${error.message.split('\n').slice(0, 3).join(' ')}${error.stack ? ` (${error.stack.split('\n').find((l) => l.includes(' at '))?.trim()})` : ''}` };
    }
    const m = measurements[id];
    if (m.result) m.load = { ...load, end: os.loadavg()[0] };
    if (m.result) console.log(`  ratio ${m.result.ratio.toFixed(3)} (median ${formatMs(m.result.candidate.median)} vs ${formatMs(m.result.baseline.median)})${m.result.cpuRatio === undefined ? '' : `, CPU-time ratio ${m.result.cpuRatio.toFixed(3)}`}`);
    else console.log(`  ${m.status.toUpperCase()}: ${m.reason}`);
  }

  const elapsedMs = performance.now() - started;
  const markdown = renderMarkdown({
    env,
    mode: opts.mode,
    argv: opts.argv,
    repetitions: `${opts.only.map((id) => `${id} N=${opts.runs[id]}`).join(', ')}, after one untimed warm-up repetition; median of N. ${opts.chunks > 1 ? `Code: baseline and candidate interleaved over ${opts.chunks} chunks of the corpus, alternating which goes first; a repetition's time is the sum over its chunks.` : 'Code: whole runs alternate (B C, C B, ...), each timed run right after an untimed run of the same side.'} Config: whole runs alternate, each timed run right after an untimed run of the same side. Cold start: process by process, alternating.`,
    measurements,
    corpora,
    elapsedMs,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  });
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, markdown);
  console.log(renderConsoleSummary(measurements));
  console.log(`\nWrote ${relative(process.cwd(), opts.out)} (${formatMs(elapsedMs)} in all)`);
  return Object.values(measurements).some((m) => m.status === 'failed') ? 1 : 0;
}

function logger(id) {
  return (message) => console.log(`  [${id}] ${message}`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`bench: ${error.message}`);
    process.exit(2);
  },
);
