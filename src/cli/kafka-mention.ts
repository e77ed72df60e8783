import fs from 'node:fs';

/**
 * The module names whose mere presence makes a code file worth linting. The rules' own import
 * gating is exact; this is the cheap pre-filter that keeps the parser away from the thousands of
 * files of a repository that cannot contain Kafka client calls.
 */
export const KAFKA_CLIENT_MODULES: readonly string[] = [
  'kafkajs',
  '@confluentinc/kafka-javascript',
  'node-rdkafka',
  '@nestjs/microservices',
];

// Searched as bytes: no string is decoded for the files that turn out not to matter.
const NEEDLES = KAFKA_CLIENT_MODULES.map((name) => Buffer.from(name, 'utf8'));
const LONGEST_NEEDLE = Math.max(...NEEDLES.map((needle) => needle.length));

export function mentionsKafkaClient(content: Buffer): boolean {
  return NEEDLES.some((needle) => content.includes(needle));
}

const SCAN_CHUNK = 1024 * 1024;

/**
 * Whether a file too large to load at once mentions a Kafka client, read a chunk at a time and
 * stopping at the first mention. Chunks overlap by a needle's length so a name split across two
 * reads is still found.
 */
export function fileMentionsKafkaClient(fd: number): boolean {
  const overlap = LONGEST_NEEDLE - 1;
  const buffer = Buffer.alloc(SCAN_CHUNK + overlap);
  let carried = 0;
  let position = 0;
  for (;;) {
    const bytesRead = fs.readSync(fd, buffer, carried, SCAN_CHUNK, position);
    if (bytesRead === 0) return false;
    const filled = carried + bytesRead;
    if (mentionsKafkaClient(buffer.subarray(0, filled))) return true;
    position += bytesRead;
    carried = Math.min(overlap, filled);
    buffer.copy(buffer, 0, filled - carried, filled);
  }
}
