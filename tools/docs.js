#!/usr/bin/env node
// Keeps the generated parts of the docs in step with rule metadata: the header of each
// docs/rules/<id>.md and the rule table of README.md. `--write` rewrites them, `--check` fails
// (exit 1) when they are stale or a rule has no page. Reads the built plugin (`npm run build`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { default: plugin } = await import(join(root, 'dist/index.js'));
const mode = process.argv.includes('--write') ? 'write' : 'check';

const HEADER_START = '<!-- begin auto-generated rule header -->';
const HEADER_END = '<!-- end auto-generated rule header -->';
const TABLE_START = '<!-- begin auto-generated rules list -->';
const TABLE_END = '<!-- end auto-generated rules list -->';
const REQUIRED_SECTIONS = ['## Rule details', '## Why', '## Examples', '## Options', '## When not to use it'];

const PITFALL_ORDER = ['loss', 'duplication', 'skew', 'rebalance', 'ordering', 'config'];

function configBadge(recommended) {
  if (recommended === 'recommended') return '✅ `recommended`';
  if (recommended === 'strict') return '🔒 `strict`';
  return '`all` only';
}

function appliesText(appliesTo) {
  return appliesTo.map((part) => (part === 'code' ? 'code' : 'config files')).join(' and ');
}

function ruleHeader(id, rule) {
  const { docs } = rule.meta;
  const extras = [];
  if (rule.meta.fixable) extras.push('🔧 auto-fixable');
  if (rule.meta.hasSuggestions) extras.push('💡 has suggestions');
  if (docs.requiresTypeChecking) extras.push('💭 requires type information');
  const facts = [`Pitfall: **${docs.pitfall}**`, configBadge(docs.recommended), `Checks ${appliesText(docs.appliesTo)}`, ...extras];
  return [HEADER_START, `# kafka/${id}`, '', `${docs.description}.`, '', facts.join(' · '), HEADER_END].join('\n');
}

function rulesTable() {
  const ids = Object.keys(plugin.rules).sort((a, b) => {
    const pa = PITFALL_ORDER.indexOf(plugin.rules[a].meta.docs.pitfall);
    const pb = PITFALL_ORDER.indexOf(plugin.rules[b].meta.docs.pitfall);
    return pa - pb || a.localeCompare(b);
  });
  const rows = ids.map((id) => {
    const { meta } = plugin.rules[id];
    const marks = [meta.docs.recommended === 'recommended' ? '✅' : meta.docs.recommended === 'strict' ? '🔒' : '', meta.fixable ? '🔧' : '', meta.hasSuggestions ? '💡' : '']
      .filter(Boolean)
      .join(' ');
    return `| [\`kafka/${id}\`](docs/rules/${id}.md) | ${meta.docs.pitfall} | ${meta.docs.description} | ${meta.docs.appliesTo.join(', ')} | ${marks} |`;
  });
  return [
    TABLE_START,
    '| Rule | Pitfall | What it catches | Checks | |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    '✅ in `recommended` (and `strict`, `all`) · 🔒 in `strict` (and `all`) · 🔧 auto-fixable · 💡 has suggestions',
    TABLE_END,
  ].join('\n');
}

function replaceBetween(text, start, end, replacement) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to === -1) return undefined;
  return text.slice(0, from) + replacement + text.slice(to + end.length);
}

const problems = [];
function update(path, expected) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === expected) return;
  if (mode === 'write') writeFileSync(path, expected);
  else problems.push(`${path} is out of date: run \`npm run docs:write\``);
}

for (const [id, rule] of Object.entries(plugin.rules)) {
  const path = join(root, 'docs/rules', `${id}.md`);
  if (!existsSync(path)) {
    problems.push(`rule ${id} has no page at docs/rules/${id}.md`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  const header = ruleHeader(id, rule);
  const updated = replaceBetween(text, HEADER_START, HEADER_END, header) ?? `${header}\n\n${text}`;
  for (const section of REQUIRED_SECTIONS) {
    if (!updated.includes(`\n${section}`)) problems.push(`docs/rules/${id}.md lacks a "${section}" section`);
  }
  update(path, updated);
}

const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const withTable = replaceBetween(readme, TABLE_START, TABLE_END, rulesTable());
if (withTable === undefined) problems.push(`README.md lacks the ${TABLE_START} markers`);
else update(readmePath, withTable);

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  process.exit(1);
}
console.log(mode === 'write' ? 'docs written' : 'docs up to date');
