import path from 'node:path';

import type { ConfigScalar, ConfigView } from '../core/config-view.js';
import type { KafkaSettings } from '../core/settings.js';
import { isTransactionalProducerView } from '../core/transactional.js';
import { isSpringFileName } from '../config-lint/dialects/file-names.js';
import type { ConfigFileModel, Dialect } from '../config-lint/model.js';
import { numericValue } from '../util/values.js';
import { KAFKA_CLIENT_MODULES } from './kafka-mention.js';

/** The `settings.kafka` keys kafka-lint infers from the repository, in the order it prints them. */
export const INFERRED_SETTINGS = ['brokers', 'minInsyncReplicas', 'replicationFactor', 'transactionMaxTimeoutMs', 'transactional'] as const;

export type InferredSetting = (typeof INFERRED_SETTINGS)[number];
/** The settings that hold a number (a count, or milliseconds). */
type CountSetting = Exclude<InferredSetting, 'transactional'>;

/** One value of a setting that one file shows. */
export type SettingFinding = { file: string } & (
  | { setting: CountSetting; value: number }
  /** Only ever true: no file proves that a codebase has no transactional producer. */
  | { setting: 'transactional'; value: true }
);

/** Broker settings that are the cluster-wide defaults rules read from `settings.kafka`. */
const BROKER_DEFAULTS: readonly [key: string, setting: CountSetting][] = [
  ['default.replication.factor', 'replicationFactor'],
  ['min.insync.replicas', 'minInsyncReplicas'],
  ['transaction.max.timeout.ms', 'transactionMaxTimeoutMs'],
];

/** A whole number of at least 1; `-1` (the broker's default) and values computed at run time are no counts. */
function countOf(value: ConfigScalar | undefined): number | undefined {
  const count = numericValue(value);
  return count !== undefined && Number.isInteger(count) && count >= 1 ? count : undefined;
}

function findingsOfView(view: ConfigView, file: string): SettingFinding[] {
  const findings: SettingFinding[] = [];
  // Any view that knows its cluster counts: compose and Strimzi today, Helm values or others later.
  if (view.brokers !== undefined && view.brokers >= 1) findings.push({ file, setting: 'brokers', value: view.brokers });
  if (view.role === 'broker') {
    for (const [key, setting] of BROKER_DEFAULTS) {
      const value = countOf(view.get(key)?.value);
      if (value !== undefined) findings.push({ file, setting, value });
    }
  }
  if (isTransactionalProducerView(view)) findings.push({ file, setting: 'transactional', value: true });
  return findings;
}

/**
 * Whether a config file can show any inferred setting, judged before it is parsed. A Spring Boot
 * file (`application*`, `bootstrap*`, or forced to the Spring dialect) configures clients only: no
 * broker, no broker count. The one setting it can show is a transactional producer, and every
 * spelling of that (`transactional.id`, `transaction-id-prefix`, `transactionIdPrefix`,
 * `TRANSACTION_ID_PREFIX`) contains "transaction". Most config files of a Spring repository are
 * Spring files without transactions: inference then reads them without parsing them.
 */
export function mayShowSettings(filePath: string, text: string, dialect: Dialect | undefined): boolean {
  const spring = dialect === 'spring' || (dialect === undefined && isSpringFileName(path.basename(filePath)));
  return !spring || /transaction/i.test(text);
}

/** What one config file says about its cluster, each setting and value once. */
export function findingsOfModel(model: ConfigFileModel, file: string): SettingFinding[] {
  const seen = new Set<string>();
  return model.views
    .flatMap((view) => findingsOfView(view, file))
    .filter(({ setting, value }) => {
      const key = `${setting}=${value}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

// A kafkajs / NestJS `transactionalId` option, or a librdkafka / Confluent `'transactional.id'`.
const TRANSACTIONAL_ID = /\btransactionalId\b|(['"`])transactional\.id\1/u;

/**
 * Whether code declares a transactional producer. A text search, not an analysis: it is cheap on
 * every file of a repository, and a name written in a comment counts too. Only files that mention a
 * Kafka client module count, as for linting.
 */
export function declaresTransactionalProducer(text: string): boolean {
  return TRANSACTIONAL_ID.test(text) && KAFKA_CLIENT_MODULES.some((name) => text.includes(name));
}

export interface CombinedSettings {
  /** The cluster settings that every finding agrees on (`transactional` is per application, never here). */
  settings: KafkaSettings;
  /** Settings left out because files show different values. */
  conflicts: InferredSetting[];
}

/**
 * One value per setting, when all the files that show it agree. When they disagree (a one-broker
 * compose file for development beside a three-broker Strimzi cluster), the setting is left out:
 * a guess would silence or raise findings on the wrong cluster. A file's own brokers still count
 * for that file, since rules prefer what the file shows.
 */
export function combineFindings(findings: readonly SettingFinding[]): CombinedSettings {
  const settings: KafkaSettings = {};
  const conflicts: InferredSetting[] = [];
  for (const setting of INFERRED_SETTINGS) {
    // Transactions are a fact of one application, not of the cluster: see SettingsInference.transactionalIn.
    if (setting === 'transactional') continue;
    const values = new Set(findings.filter((finding) => finding.setting === setting).map((finding) => finding.value));
    if (values.size > 1) conflicts.push(setting);
    if (values.size === 1) settings[setting] = [...values][0] as number;
  }
  return { settings, conflicts };
}
