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
  /** The brokers' `transaction.max.timeout.ms` (Kafka's default: 900000), when it differs from Kafka's default. */
  transactionMaxTimeoutMs?: number;
}

export function readKafkaSettings(settings: Readonly<Record<string, unknown>> | undefined): KafkaSettings {
  const raw = settings?.kafka;
  return raw !== null && typeof raw === 'object' ? (raw as KafkaSettings) : {};
}

/** Brokers in the cluster of a view: what its file shows (compose, Strimzi), else the shared settings. */
export function brokerCount(view: { brokers?: number }, settings: KafkaSettings): number | undefined {
  return view.brokers ?? settings.brokers;
}
