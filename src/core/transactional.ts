import type { ConfigEntry, ConfigView } from './config-view.js';

/**
 * The setting that makes a producer transactional: `transactional.id` (kafkajs `transactionalId`), or
 * Spring Boot's `spring.kafka.producer.transaction-id-prefix`, from which Spring derives each
 * producer's `transactional.id`. A value known to be empty does not count.
 */
export function transactionalEntry(view: ConfigView): ConfigEntry | undefined {
  const entry = view.get('transactional.id') ?? view.get('spring.producer.transaction-id-prefix');
  if (!entry || entry.value === null || entry.value === '' || entry.text.trim() === 'undefined') return undefined;
  return entry;
}

/**
 * Whether a view configures a producer that writes in transactions. A Kafka Streams application with
 * exactly-once processing does not count: its transactions write its own output topics.
 */
export function isTransactionalProducerView(view: ConfigView): boolean {
  return (view.role === 'producer' || view.role === 'common') && transactionalEntry(view) !== undefined;
}
