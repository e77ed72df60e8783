import type { ESLint } from 'eslint';

import { isDialect } from '../config-lint/language-options.js';
import type { Dialect } from '../config-lint/model.js';
import { ApplicationRoots } from './application-root.js';
import { configFileModel } from './config-file-model.js';
import type { Candidate } from './discover.js';
import type { RunFiles } from './load-file.js';
import {
  combineFindings,
  declaresTransactionalProducer,
  findingsOfModel,
  mayShowSettings,
  type CombinedSettings,
  type SettingFinding,
} from './settings-findings.js';

/** What the run's ESLint config says of a file: left out, or read with a forced dialect (or by detection). */
export type FileConfig = { ignored: true } | { ignored: false; dialect: Dialect | undefined };

/**
 * How an inference probe (`createEngine({ inferenceProbe: true })`) treats config files: the files
 * its config ignores have no config, the others have one, with `languageOptions.dialect` when the
 * config forces it (`--dialect`, or in the --config file).
 */
export function engineFileConfigs(probe: ESLint): (filePath: string) => Promise<FileConfig> {
  return async (filePath) => {
    try {
      const config = (await probe.calculateConfigForFile(filePath)) as { languageOptions?: { dialect?: unknown } } | undefined;
      if (config === undefined) return { ignored: true };
      const dialect = config.languageOptions?.dialect;
      return { ignored: false, dialect: isDialect(dialect) ? dialect : undefined };
    } catch {
      // A config that is invalid for this file is reported when the file is linted; detection reads it here.
      return { ignored: false, dialect: undefined };
    }
  };
}

export interface InferenceInput {
  /** The run's base directory: applications are found below it. */
  base: string;
  /** The files discovery found: inference reads these and walks nothing. */
  candidates: readonly Candidate[];
  /** The run's reader: what inference reads, linting does not read again. */
  files: RunFiles;
  /** How the run's config treats a config file; a file it ignores is not read. */
  configOf(filePath: string): Promise<FileConfig>;
}

export interface SettingsInference extends CombinedSettings {
  /** Every value found, by file, in path order. */
  findings: SettingFinding[];
  /**
   * The applications (directories) with a transactional producer, sorted: `settings.kafka.transactional`
   * holds for their files only, so one service's transactions do not reach every consumer of a monorepo.
   */
  transactionalIn: string[];
}

async function configFindings(input: InferenceInput): Promise<SettingFinding[]> {
  const files: { candidate: Candidate; dialect: Dialect | undefined }[] = [];
  for (const candidate of input.candidates) {
    if (candidate.kind !== 'config') continue;
    const config = await input.configOf(candidate.path);
    if (!config.ignored) files.push({ candidate, dialect: config.dialect });
  }
  return files.flatMap(({ candidate, dialect }) => {
    const file = input.files.peek(candidate);
    if (file.status !== 'lint' || !mayShowSettings(candidate.path, file.text, dialect)) return [];
    const model = configFileModel(candidate.path, file.text, dialect);
    return model ? findingsOfModel(model, candidate.path) : [];
  });
}

/** The code files that declare a transactional producer. */
function transactionalCode(input: InferenceInput): SettingFinding[] {
  return input.candidates.flatMap((candidate) => {
    if (candidate.kind !== 'code') return [];
    const file = input.files.peek(candidate);
    return file.status === 'lint' && declaresTransactionalProducer(file.text) ? [{ file: candidate.path, setting: 'transactional', value: true }] : [];
  });
}

/**
 * Infers `settings.kafka` from the files of a run, before linting: brokers from every config view
 * that counts its cluster's brokers (compose, Strimzi, Helm), `replicationFactor`,
 * `minInsyncReplicas` and `transactionMaxTimeoutMs` from broker views (`server.properties`, compose
 * environments, Strimzi `spec.kafka.config`), and the applications whose config files or code
 * declare a transactional producer. Files that disagree on a setting leave it out. Never throws for
 * a file: what cannot be read or parsed shows nothing.
 */
export async function inferSettings(input: InferenceInput): Promise<SettingsInference> {
  const findings = [...(await configFindings(input)), ...transactionalCode(input)];
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const roots = new ApplicationRoots(input.base);
  const transactionalIn = [...new Set(findings.filter((finding) => finding.setting === 'transactional').map((finding) => roots.rootOf(finding.file)))].sort();
  return { ...combineFindings(findings), findings, transactionalIn };
}
