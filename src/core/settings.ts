/** Cluster facts a rule cannot see in the file it lints, from ESLint's `settings.kafka`. */
export interface KafkaSettings {
  /** Number of brokers in the cluster. */
  brokers?: number;
  /** The cluster's `min.insync.replicas`. */
  minInsyncReplicas?: number;
  /** The cluster's `default.replication.factor`. */
  replicationFactor?: number;
  /** Whether producers of the codebase are transactional. */
  transactional?: boolean;
}

export function readKafkaSettings(settings: Readonly<Record<string, unknown>> | undefined): KafkaSettings {
  const raw = settings?.kafka;
  return raw !== null && typeof raw === 'object' ? (raw as KafkaSettings) : {};
}
