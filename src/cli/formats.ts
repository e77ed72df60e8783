import { createRequire } from 'node:module';

import type { ESLint, Linter, Rule } from 'eslint';

import { relativeInside, toPosix } from './paths.js';

// GitHub's workflow-command escaping (@actions/core `escapeData` / `escapeProperty`): `%`, CR and
// LF everywhere; `:` and `,` also in properties, where they would end a key or a value.
function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function isError(message: Linter.LintMessage): boolean {
  return message.fatal === true || message.severity === 2;
}

/** A path as GitHub resolves annotations: relative to the workspace, with `/`. */
function annotationPath(filePath: string, cwd: string): string {
  return toPosix(relativeInside(cwd, filePath) ?? filePath);
}

function annotation(filePath: string, message: Linter.LintMessage, cwd: string): string {
  const properties = [`file=${escapeProperty(annotationPath(filePath, cwd))}`];
  if (message.line > 0) {
    properties.push(`line=${message.line}`, `col=${message.column}`);
    if (message.endLine !== undefined && message.endLine > 0) properties.push(`endLine=${message.endLine}`);
    if (message.endColumn !== undefined && message.endColumn > 0) properties.push(`endColumn=${message.endColumn}`);
  }
  properties.push(`title=${escapeProperty(message.ruleId ?? 'kafka-lint')}`);
  return `::${isError(message) ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(message.message)}`;
}

/** GitHub Actions workflow commands, one annotation per message; empty when there is nothing to say. */
export function formatGithub(results: readonly ESLint.LintResult[], cwd: string): string {
  const lines = results.flatMap((result) => result.messages.map((message) => annotation(result.filePath, message, cwd)));
  return lines.map((line) => `${line}\n`).join('');
}

type SarifFormatter = (results: readonly ESLint.LintResult[], data: { cwd: string; rulesMeta: Record<string, Rule.RuleMetaData> }) => string;

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

/**
 * SARIF 2.1.0 through Microsoft's ESLint formatter, loaded only when asked for. Each rule's
 * pitfall becomes its SARIF `category`, and the driver names this tool rather than ESLint, so
 * code-scanning alerts say where they come from.
 */
export function formatSarif(
  results: readonly ESLint.LintResult[],
  rulesMeta: Record<string, Rule.RuleMetaData>,
  cwd: string,
  tool: ToolInfo,
): string {
  const format = createRequire(import.meta.url)('@microsoft/eslint-formatter-sarif') as SarifFormatter;
  const withCategories = Object.fromEntries(
    Object.entries(rulesMeta).map(([id, meta]) => {
      const pitfall = (meta.docs as { pitfall?: unknown } | undefined)?.pitfall;
      return [id, typeof pitfall === 'string' ? { ...meta, docs: { ...meta.docs, category: pitfall } } : meta];
    }),
  );
  const log = JSON.parse(format(results, { cwd, rulesMeta: withCategories })) as {
    runs: { tool: { driver: Record<string, unknown> } }[];
  };
  for (const run of log.runs) {
    const { name: _name, version: _version, informationUri: _uri, ...rest } = run.tool.driver;
    run.tool.driver = { name: tool.name, version: tool.version, informationUri: tool.informationUri, ...rest };
  }
  return JSON.stringify(log, null, 2);
}
