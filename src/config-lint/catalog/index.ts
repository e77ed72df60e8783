export { isKnownKey, kafkaKeyNames, lookupKafkaKey, splitStreamsPrefix } from './kafka-keys.js';
export { isKnownLibrdkafkaKey, librdkafkaKeyNames, lookupLibrdkafkaKey } from './librdkafka-keys.js';
export { springToKafka, springViewKey, type SpringMapping } from './spring-keys.js';
export { STREAMS_CLIENT_DEFAULTS, STREAMS_CLIENT_PREFIXES, STREAMS_NON_CONFIGURABLE } from './streams-keys.js';
export type {
  KafkaKey,
  KafkaRole,
  KafkaType,
  LibrdkafkaKey,
  LibrdkafkaType,
  ResolvedLibrdkafkaKey,
  SpringKey,
  SpringValueType,
} from './types.js';
export { checkKafkaValue, checkLibrdkafkaValue, guessBoolean, guessEnumValue, guessNumber, millisOfDuration, unitSlip, type ValueProblem } from './value-check.js';
export { LATEST_KAFKA_VERSION, REMOVED_KEYS, compareKafkaVersions, isAtLeast, parseKafkaVersion, removedKeyFor, type RemovedKey } from './removed-keys.js';
export { CONNECT_WORKER_KEYS, isOtherReleaseKey, isPassThroughKey, matchesKeyPattern, type KeyContext } from './pass-through.js';
