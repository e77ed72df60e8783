import type { ESLint } from 'eslint';

import type { Format } from './args.js';
import { formatGithub, formatSarif } from './formats.js';
import { pitfallSummary } from './summary.js';

export interface ReportInput {
  eslint: ESLint;
  format: Format;
  /** The results to show (already filtered by --quiet), sorted by path. */
  results: ESLint.LintResult[];
  cwd: string;
  color: boolean;
  maxWarningsExceeded: ESLint.MaxWarningsExceeded | undefined;
  toolVersion: string;
}

/** The report text in the chosen format; empty when a format has nothing to say (stylish, github). */
export async function renderReport({ eslint, format, results, cwd, color, maxWarningsExceeded, toolVersion }: ReportInput): Promise<string> {
  switch (format) {
    case 'json':
      // ESLint's own formatter, so the output is its JSON result format to the byte.
      return (await eslint.loadFormatter('json')).format(results, { maxWarningsExceeded });
    case 'github':
      return formatGithub(results, cwd);
    case 'sarif': {
      const { REPOSITORY_URL } = await import('../util/create-rule.js');
      return formatSarif(results, eslint.getRulesMetaForResults(results), cwd, {
        name: 'kafka-lint',
        version: toolVersion,
        informationUri: REPOSITORY_URL,
      });
    }
    case 'stylish': {
      const text = await (await eslint.loadFormatter('stylish')).format(results, { color, maxWarningsExceeded });
      const summary = text ? pitfallSummary(results, eslint.getRulesMetaForResults(results)) : undefined;
      return summary ? `${text}${summary}\n` : text;
    }
  }
}
