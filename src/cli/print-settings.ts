import path from 'node:path';

import type { SettingsInference } from './infer-settings.js';
import { relativeInside, toPosix } from './paths.js';
import { INFERRED_SETTINGS, type InferredSetting, type SettingFinding } from './settings-findings.js';

/** A file as the user would type it from `cwd`; absolute when it is outside. */
function shownPath(filePath: string, cwd: string): string {
  return toPosix(relativeInside(cwd, filePath) ?? filePath);
}

/** An application directory as the user would type it: `.` for the current directory itself. */
function shownRoot(root: string, cwd: string): string {
  return path.relative(cwd, root) === '' ? '.' : shownPath(root, cwd);
}

function findingsOf(inference: SettingsInference, setting: InferredSetting): SettingFinding[] {
  return inference.findings.filter((finding) => finding.setting === setting);
}

/** `--print-settings --format json`: the inferred settings, every finding behind them, and what was left out. */
export function settingsJson(inference: SettingsInference, cwd: string): string {
  const json = {
    settings: inference.settings,
    transactionalIn: inference.transactionalIn.map((root) => shownRoot(root, cwd)),
    findings: inference.findings.map(({ setting, value, file }) => ({ setting, value, file: shownPath(file, cwd) })),
    conflicts: inference.conflicts,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Most names a table cell lists: a monorepo can have hundreds; `--format json` lists them all. */
const MAX_LISTED = 5;

/** `a, b, c`, or `a, b, c, d, e and 7 more` beyond MAX_LISTED names. */
function listOf(names: readonly string[]): string {
  if (names.length <= MAX_LISTED) return names.join(', ');
  return `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more`;
}

function describe(
  inference: SettingsInference,
  setting: InferredSetting,
  cwd: string,
  listed: (names: readonly string[]) => string,
): [value: string, source: string] {
  const findings = findingsOf(inference, setting);
  if (findings.length === 0) return ['-', 'not inferred: no file shows it'];
  const files = (list: readonly SettingFinding[]): string => listed([...new Set(list.map((finding) => shownPath(finding.file, cwd)))]);
  if (setting === 'transactional') {
    const applications = listed(inference.transactionalIn.map((root) => shownRoot(root, cwd)));
    return ['true', `for the files under ${applications} (from ${files(findings)})`];
  }
  const value = inference.settings[setting];
  if (value !== undefined) return [String(value), files(findings)];
  const byValue = [...new Set(findings.map((finding) => finding.value))].map(
    (distinct) => `${distinct} in ${files(findings.filter((finding) => finding.value === distinct))}`,
  );
  return ['-', `not inferred, the files disagree: ${byValue.join('; ')}`];
}

/** `--print-settings`: one line per setting, with its value and the files it comes from. */
export function settingsTable(inference: SettingsInference, cwd: string): string {
  let shortened = false;
  const listed = (names: readonly string[]): string => {
    shortened ||= names.length > MAX_LISTED;
    return listOf(names);
  };
  const rows = INFERRED_SETTINGS.map((setting) => [setting, ...describe(inference, setting, cwd, listed)]);
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map(([setting, value, source]) => `  ${setting!.padEnd(widths[0]!)}  ${value!.padEnd(widths[1]!)}  ${source}`);
  const more = shortened ? '(`--print-settings --format json` lists every file and application)\n' : '';
  return `settings.kafka inferred from the files of this run (settings.kafka in an ESLint config wins over them):\n${lines.join('\n')}\n${more}`;
}
