// Renders a run as Markdown (bench/RESULTS.md) and as a console summary.

import { formatMs, median } from './measure.js';

const int = (n) => n.toLocaleString('en-US');
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ratio = (r) => r.toFixed(3);

export const TITLES = {
  code: '1. Code rules overhead',
  config: '2. Config linting',
  cold: '3. Cold start',
};

const TARGETS = { code: '≤ 1.10', config: '≤ 3', cold: 'none (informational)' };

const within = (r, target) => (r <= target ? 'within target' : '**over target**');

function verdict(m) {
  if (m.status === 'not run' || m.status === 'failed') return `**${m.status}**: ${m.reason}`;
  const partial = m.status === 'partial' ? ' (partial, see below)' : '';
  if (m.target === undefined) return `measured${partial}`;
  const { ratio: wall, cpuRatio } = m.result;
  const cpu = cpuRatio !== undefined && cpuRatio <= m.target !== wall <= m.target ? `; CPU time: ${within(cpuRatio, m.target)}` : '';
  return `${within(wall, m.target)}${cpu}${partial}`;
}

const cpuRatioCell = (result) => (result.cpuRatio === undefined ? '—' : ratio(result.cpuRatio));

function summaryRow(id, m, title = TITLES[id]) {
  if (!m) return `| ${title} | — | — | — | — | ${TARGETS[id]} | not selected in this run |`;
  if (!m.result) return `| ${title} | — | — | — | — | ${TARGETS[id]} | ${verdict(m)} |`;
  return `| ${title} | ${formatMs(m.result.baseline.median)} | ${formatMs(m.result.candidate.median)} | **${ratio(m.result.ratio)}** | ${cpuRatioCell(m.result)} | ${TARGETS[id]} | ${verdict(m)} |`;
}

/** The config measurement through the product's CLI, as a measurement of its own. */
const throughKafkaLint = (m) => (m?.kafkaLint ? { ...m, result: m.kafkaLint } : undefined);

function summaryRows(id, measurements) {
  const m = measurements[id];
  if (id !== 'config' || !m?.kafkaLint) return [summaryRow(id, m)];
  return [summaryRow(id, m, `${TITLES.config}: ESLint \`lintFiles\``), summaryRow(id, throughKafkaLint(m), `${TITLES.config}: \`kafka-lint\``)];
}

const chunkLine = (result) =>
  result.chunks > 1 ? [`Baseline and candidate were interleaved over ${result.chunks} chunks of the files (see Repetitions above); each figure is a repetition's sum over the chunks.`, ''] : [];

function runsTable(result, labels = ['Baseline', 'Candidate']) {
  const { baseline: b, candidate: c } = result;
  const cpu = Boolean(b.cpu && c.cpu);
  const cpuHead = cpu ? ` ${labels[0]} CPU | ${labels[1]} CPU | CPU ratio |` : '';
  const rows = [`| Repetition | ${labels[0]} wall | ${labels[1]} wall | Wall ratio |${cpuHead}`, `|---|---|---|---|${cpu ? '---|---|---|' : ''}`];
  b.times.forEach((t, i) => {
    const cpuCells = cpu ? ` ${formatMs(b.cpu.times[i])} | ${formatMs(c.cpu.times[i])} | ${ratio(c.cpu.times[i] / b.cpu.times[i])} |` : '';
    rows.push(`| ${i + 1}${i % 2 && result.chunks === 1 ? ' (candidate first)' : ''} | ${formatMs(t)} | ${formatMs(c.times[i])} | ${ratio(c.times[i] / t)} |${cpuCells}`);
  });
  const cpuMedian = cpu ? ` **${formatMs(b.cpu.median)}** | **${formatMs(c.cpu.median)}** | **${ratio(result.cpuRatio)}** |` : '';
  rows.push(`| **median** | **${formatMs(b.median)}** | **${formatMs(c.median)}** | **${ratio(result.ratio)}** |${cpuMedian}`);
  const cpuRange = cpu ? ` ${formatMs(b.cpu.min)} – ${formatMs(b.cpu.max)} | ${formatMs(c.cpu.min)} – ${formatMs(c.cpu.max)} | |` : '';
  const pairRatios = (x, y) => median(x.map((t, i) => y[i] / t));
  const cpuPairs = cpu ? ` | | ${ratio(pairRatios(b.cpu.times, c.cpu.times))} |` : '';
  rows.push(`| median of the per-repetition ratios | | | ${ratio(pairRatios(b.times, c.times))} |${cpuPairs}`);
  rows.push(`| min – max | ${formatMs(b.min)} – ${formatMs(b.max)} | ${formatMs(c.min)} – ${formatMs(c.max)} | |${cpuRange}`);
  return rows.join('\n');
}

/** Load average of the machine around a measurement: other processes inflate wall times. */
function loadLine(m, cores) {
  if (!m.load) return [];
  const busy = Math.max(m.load.start, m.load.end) > cores * 0.5;
  return [
    '',
    `Machine load (1-minute average) before / after: ${m.load.start.toFixed(2)} / ${m.load.end.toFixed(2)} on ${cores} cores.${busy ? ' **The machine was busy**: other processes competed for the CPUs, so these times are inflated and noisy (CPU time too, though less than wall time); compare with a run made when the load is below half the number of cores.' : ''}`,
  ];
}

function corpusLine(manifest, extra = '') {
  const kinds = Object.entries(manifest.byKind).map(([k, n]) => `${int(n)} ${k}`).join(', ');
  return `${int(manifest.files)} files (${kinds}${extra}), ${int(manifest.lines)} lines, ${mb(manifest.bytes)}; generator v${manifest.generatorVersion} (${manifest.generatorHash}), seed ${manifest.seed}, content digest \`${manifest.digest}\``;
}

function notesBlock(notes) {
  return notes?.length ? ['', '**Notes**', '', ...notes.map((n) => `- ${n}`)] : [];
}

function statsBlock(stats, files) {
  if (!stats) return [];
  const top = stats.rules.slice(0, 12);
  return [
    '',
    `**Time per rule** (one extra, untimed run with ESLint's \`stats: true\`; parsing took ${formatMs(stats.parse)} in total, ${(stats.parse / files).toFixed(2)} ms/file)`,
    '',
    '| Rule | Total | ms/file |',
    '|---|---|---|',
    ...top.map(([id, ms]) => `| \`${id}\` | ${formatMs(ms)} | ${(ms / files).toFixed(3)} |`),
  ];
}

function notRunBlock(m) {
  return m.status === 'not run' || m.status === 'failed' ? [`**${m.status === 'failed' ? 'Failed' : 'Not run'}**: ${m.reason}`] : [];
}

function codeSection(m, corpus, cores) {
  const lines = [`## ${TITLES.code}`, ''];
  lines.push(
    `Corpus: ${corpus ? corpusLine(corpus.manifest, `, ${int(corpus.manifest.kafkaFiles)} importing a Kafka client`) : 'not generated'}.`,
    '',
    'Baseline: ESLint in-process (a fresh `new ESLint({ cwd, overrideConfigFile: true, overrideConfig, cache: false })` per repetition, `lintFiles(files)` on the sorted list of the corpus files, so directory traversal is left out of both sides) with `@typescript-eslint/parser` on `**/*.ts` and the single core rule `no-debugger`, so parsing, scope analysis and traversal are in the baseline.',
    'Candidate: the same plus `...kafka.configs.recommended`.',
    '',
  );
  if (!m?.result) return [...lines, ...notRunBlock(m)];
  const b = m.result.baseline.last;
  const c = m.result.candidate.last;
  const perFile = (m.result.candidate.median - m.result.baseline.median) / c.files;
  lines.push(
    `\`kafka/*\` rules on for \`.ts\` files: ${m.kafkaRules.length ? m.kafkaRules.map((r) => `\`${r}\``).join(', ') : '**none**'}.`,
    '',
    ...chunkLine(m.result),
    runsTable(m.result),
    '',
    ...loadLine(m, cores),
    '',
    `Added cost per file (median difference): ${perFile.toFixed(2)} ms/file.`,
    `Check: files linted ${int(b.files)} (baseline) / ${int(c.files)} (candidate); parse errors ${b.fatal} / ${c.fatal}; \`kafka/*\` problems reported by the candidate: ${int(c.kafkaProblems)} in ${int(c.filesWithKafkaProblems)} files, ${int(c.lookalikeFilesWithKafkaProblems)} of them importing no Kafka client (false positives)${Object.keys(c.byRule).length ? ` (${Object.entries(c.byRule).map(([id, n]) => `\`${id}\` ${n}`).join(', ')})` : ''}.`,
    ...notesBlock(m.notes),
    ...statsBlock(m.stats, c.files),
  );
  return lines;
}

/** Where the config ratio goes: ESLint's own per-file work with the languages, and what the rules add. */
function floorLines(result) {
  const f = result.floor;
  if (!f) return [];
  const cpu = f.cpuRatio === undefined ? '' : ` (CPU-time ratio ${ratio(f.cpuRatio)})`;
  return [
    `Split: in a second alternation of the same design, ESLint over the same files with both languages and every rule off took ${formatMs(f.median)} at the median, **${ratio(f.ratio)}** its baseline${cpu}: ESLint reading each file (asynchronously), finding its config, parsing it through the language and running its directives. The rules, with the config extraction they trigger, make up the rest of the ratio above.`,
    ...readLines(result),
    '',
  ];
}

/** What ESLint's way of reading files costs by itself, against the baseline's. */
function readLines(result) {
  const r = result.reads;
  if (!r?.baseline.cpu || !r.candidate.cpu || !result.baseline.cpu) return [];
  const extra = (r.candidate.cpu.median - r.baseline.cpu.median) / result.baseline.cpu.median;
  return [
    `Reads: in a third alternation, reading the same files as \`lintFiles\` does (all at once, each through \`fs.promises.readFile\`, so on Node's thread pool) took ${formatMs(r.candidate.median)} wall and ${formatMs(r.candidate.cpu.median)} CPU at the median, against ${formatMs(r.baseline.median)} and ${formatMs(r.baseline.cpu.median)} reading them in order as the baseline does: ESLint's reads alone add ${ratio(extra)} of the baseline's CPU time to the CPU-time ratios above, before any parsing.`,
  ];
}

function kafkaLintLines(m) {
  const k = m.kafkaLint;
  if (!k) return [];
  const c = k.candidate.last;
  return [
    '',
    '### Through `kafka-lint`',
    '',
    'The product\'s own path, against the same baseline in an alternation of its own: `kafka-lint --format json <files>` run in-process (its `main()`, a fresh ESLint per run) on the same sorted list of files, named on its command line so that it walks no directory. It reads each file itself and lints its text, after inferring `settings.kafka` from the same files; the JSON report is written to a buffer.',
    '',
    runsTable(k),
    '',
    `Check: files linted ${int(c.files)}; parse errors ${c.fatal}; \`kafka/*\` problems reported: ${int(c.kafkaProblems)} in ${int(c.filesWithKafkaProblems)} files (ESLint \`lintFiles\`: ${int(m.result.candidate.last.kafkaProblems)}; more or fewer from kafka-lint is expected: it infers \`settings.kafka\` from the same files, such as which applications produce in transactions, and the \`lintFiles\` side is given no settings).`,
  ];
}

function configSection(m, corpus, cores) {
  const lines = [`## ${TITLES.config}`, ''];
  lines.push(
    `Corpus: ${corpus ? corpusLine(corpus.manifest, `, ${int(corpus.manifest.multiDocumentYaml)} multi-document YAML with profile sections`) : 'not generated'}.`,
    '',
    'The same sorted list of files is given to both sides: directory traversal is left out of both (ESLint\'s own traversal of a directory is ESLint\'s cost, not the plugin\'s).',
    'Baseline: in-process, read every file; YAML through the `yaml` package alone (`parseAllDocuments(text, { lineCounter, uniqueKeys: false })`), `.properties` split into lines and `key=value` pairs.',
    'Candidate: ESLint in-process over the same files (a fresh instance per repetition) with `kafka.configs.recommended` (languages `kafka/yaml`, `kafka/properties`).',
    '',
  );
  if (!m?.result) return [...lines, ...notRunBlock(m)];
  const b = m.result.baseline.last;
  const c = m.result.candidate.last;
  lines.push(
    ...Object.entries(m.kafkaRules).map(([language, rules]) => `\`kafka/*\` rules on for \`${language}\` files: ${rules.length ? rules.map((r) => `\`${r}\``).join(', ') : '**none**'}.`),
    '',
    ...chunkLine(m.result),
    runsTable(m.result),
    '',
    ...loadLine(m, cores),
    '',
    ...floorLines(m.result),
    `Cost per file: baseline ${(m.result.baseline.median / b.files).toFixed(2)} ms, candidate ${(m.result.candidate.median / c.files).toFixed(2)} ms.`,
    `Check: files parsed ${int(b.files)} (baseline: ${int(b.yamlDocuments)} YAML documents, ${int(b.propertiesEntries)} properties entries) / linted ${int(c.files)} (candidate); parse errors ${b.yamlErrors} / ${c.fatal}; \`kafka/*\` problems reported: ${int(c.kafkaProblems)} in ${int(c.filesWithKafkaProblems)} files.`,
    ...kafkaLintLines(m),
    ...notesBlock(m.notes),
    ...statsBlock(m.stats, c.files),
  );
  return lines;
}

function coldSection(m, cores) {
  const lines = [`## ${TITLES.cold}`, ''];
  lines.push(
    'Each command is a fresh child process (`spawnSync`, wall time) linting one Kafka `.ts` file of the code corpus, copied to a temporary directory outside the repository.',
    'Baseline: `node node_modules/eslint/bin/eslint.js -c <temp eslint.config.mjs with @typescript-eslint/parser and no-debugger> sample.ts`.',
    'Candidate: `node bin/kafka-lint.js sample.ts`.',
    '',
  );
  if (!m?.result) return [...lines, ...notRunBlock(m)];
  lines.push(
    `Sample: \`${m.sample}\`${m.kafkaProblems !== undefined ? `; \`kafka-lint\` reports ${m.kafkaProblems} problems on it` : ''}.`,
    '',
    runsTable(m.result, ['`eslint`', '`kafka-lint`']),
    ...loadLine(m, cores),
    '',
    'CPU time of a child process is read from `/proc/self/stat` (children\'s user + system time) at 10 ms resolution.',
    `Reference: \`node -e 0\` median ${formatMs(m.nodeOnly.median)} (Node's own start-up, in both commands).`,
    ...notesBlock(m.notes),
  );
  return lines;
}

export function renderMarkdown({ env, mode, argv, repetitions, measurements, corpora, elapsedMs, maxRssMb }) {
  const cores = env.cores;
  const quick = mode !== 'full';
  const lines = ['# eslint-plugin-kafka — benchmark results', ''];
  lines.push(
    `Written by \`npm run bench\` (\`bench/run.js\`) from its run of ${env.date}; do not edit by hand.`,
    'What is measured and how to read it: [README.md](README.md). Only ratios measured in the same run are meaningful; absolute times depend on the machine and its load.',
    '',
  );
  if (quick) {
    lines.push(`> **${mode.toUpperCase()} RUN** (\`npm run bench -- ${argv}\`)${mode === 'quick' ? ': small corpus, one repetition' : ''}. For debugging the harness only; these figures are not comparable with a full run.`, '');
  }
  if (env.build !== 'fresh') lines.push(`> **Warning**: \`dist/\` was ${env.build === 'missing' ? 'missing' : 'older than `src/`'} when the run started; run \`npm run build\` first.`, '');
  lines.push(
    '## Environment',
    '',
    '| | |',
    '|---|---|',
    `| Date | ${env.date} |`,
    `| Machine | ${env.machine}, ${env.cpu}, ${env.memory} RAM; load average at start ${env.loadAverage} |`,
    `| Node | ${env.node} |`,
    `| ESLint | ${env.eslint} |`,
    `| @typescript-eslint/parser | ${env.tsParser} |`,
    `| typescript | ${env.typescript} |`,
    `| yaml | ${env.yaml} |`,
    `| Plugin | ${env.plugin}, commit ${env.commit}, \`dist/\` ${env.build} |`,
    `| Repetitions | ${repetitions} |`,
    `| Whole run | ${formatMs(elapsedMs)}, peak RSS ${maxRssMb.toFixed(0)} MiB |`,
    '',
    '## Summary',
    '',
    '| Measurement | Baseline (median wall) | Candidate (median wall) | Ratio | CPU-time ratio | Target | Verdict |',
    '|---|---|---|---|---|---|---|',
    ...['code', 'config', 'cold'].flatMap((id) => summaryRows(id, measurements)),
    '',
    'Ratio = candidate median / baseline median (wall time), both measured in this run, alternating; the CPU-time ratio is the same with the CPU time used by the bench process (or its child processes), which other load on the machine disturbs less.',
    '',
  );
  if (measurements.code) lines.push(...codeSection(measurements.code, corpora.code, cores), '');
  if (measurements.config) lines.push(...configSection(measurements.config, corpora.config, cores), '');
  if (measurements.cold) lines.push(...coldSection(measurements.cold, cores), '');
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

export function renderConsoleSummary(measurements) {
  const out = ['', 'Summary'];
  for (const id of ['code', 'config', 'cold']) {
    const m = measurements[id];
    if (!m) continue;
    if (!m.result) {
      out.push(`  ${TITLES[id]}: ${m.status.toUpperCase()} — ${m.reason}`);
      continue;
    }
    const target = m.target === undefined ? '' : ` (target ${TARGETS[id]}: ${m.result.ratio <= m.target ? 'ok' : 'OVER'})`;
    const cpu = m.result.cpuRatio === undefined ? '' : `, CPU-time ratio ${ratio(m.result.cpuRatio)}`;
    out.push(`  ${TITLES[id]}: baseline ${formatMs(m.result.baseline.median)}, candidate ${formatMs(m.result.candidate.median)}, ratio ${ratio(m.result.ratio)}${cpu}${target}${m.status === 'partial' ? ' [partial]' : ''}`);
    const k = m.kafkaLint;
    if (k) out.push(`  ${TITLES[id]} through kafka-lint: baseline ${formatMs(k.baseline.median)}, candidate ${formatMs(k.candidate.median)}, ratio ${ratio(k.ratio)}${k.cpuRatio === undefined ? '' : `, CPU-time ratio ${ratio(k.cpuRatio)}`} (target ${TARGETS[id]}: ${k.ratio <= m.target ? 'ok' : 'OVER'})`);
    for (const note of m.notes ?? []) out.push(`      note: ${note.replace(/`/g, '')}`);
  }
  return out.join('\n');
}
