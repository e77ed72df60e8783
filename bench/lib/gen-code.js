// Generates realistic TypeScript service code: repositories, services, HTTP handlers, generic
// utilities, look-alike messaging code (SQS, RabbitMQ, WebSocket, an in-house event bus), and in
// one file in ten, Kafka code (kafkajs mostly, some Confluent KafkaJS and NestJS) in the shapes
// real services use, some with the pitfalls the plugin targets.

import { ENTITIES, FIELDS, STATUSES, TEAMS, kebab, lcFirst, plural } from './names.js';

/** One file in KAFKA_EVERY imports a Kafka client. */
export const KAFKA_EVERY = 10;

function context(rng, index) {
  const E = rng.pick(ENTITIES);
  const team = rng.pick(TEAMS);
  return {
    E,
    e: lcFirst(E),
    Es: plural(E),
    es: lcFirst(plural(E)),
    k: kebab(E),
    team,
    service: `${team}-${kebab(E)}-service`,
    topic: `${team}.${kebab(plural(E))}.${rng.pick(['events', 'commands', 'changes'])}.v${rng.int(1, 3)}`,
    fields: rng.sample(FIELDS, rng.int(3, 6)),
    index,
  };
}

// ---------------------------------------------------------------------------------------------
// Plain service code
// ---------------------------------------------------------------------------------------------

function modelBlock(rng, c) {
  const statuses = rng.sample(STATUSES, rng.int(3, 5));
  return {
    imports: [],
    lines: [
      `export enum ${c.E}Status {`,
      ...statuses.map((s) => `  ${s} = '${s.toUpperCase()}',`),
      '}',
      '',
      `export interface ${c.E} {`,
      '  id: string;',
      `  status: ${c.E}Status;`,
      ...c.fields.map(([name, type]) => `  ${name}${type.includes('undefined') ? '?' : ''}: ${type.replace(' | undefined', '')};`),
      '  createdAt: Date;',
      '}',
      '',
      `export type New${c.E} = Omit<${c.E}, 'id' | 'createdAt' | 'status'>;`,
      `export type ${c.E}Patch = Partial<Pick<${c.E}, ${c.fields.slice(0, 2).map(([n]) => `'${n}'`).join(' | ')}>>;`,
      '',
      `export function is${c.E}(value: unknown): value is ${c.E} {`,
      "  if (typeof value !== 'object' || value === null) return false;",
      '  const candidate = value as Record<string, unknown>;',
      "  return typeof candidate.id === 'string' && candidate.createdAt instanceof Date;",
      '}',
      '',
    ],
  };
}

function repositoryBlock(rng, c) {
  const generic = rng.chance(0.5);
  return {
    imports: [],
    lines: [
      generic
        ? 'export interface Repository<T extends { id: string }, Q = Partial<T>> {'
        : `export interface ${c.E}Store {`,
      generic ? '  findById(id: string): Promise<T | undefined>;' : `  findById(id: string): Promise<${c.E} | undefined>;`,
      generic ? '  findMany(query: Q, page?: PageRequest): Promise<Page<T>>;' : `  findMany(query: Partial<${c.E}>, page?: PageRequest): Promise<Page<${c.E}>>;`,
      generic ? '  save(entity: T): Promise<T>;' : `  save(entity: ${c.E}): Promise<${c.E}>;`,
      '  delete(id: string): Promise<boolean>;',
      '}',
      '',
      'export interface PageRequest {',
      '  offset: number;',
      '  limit: number;',
      '}',
      '',
      'export interface Page<T> {',
      '  items: T[];',
      '  total: number;',
      '  next?: PageRequest;',
      '}',
      '',
      `export class InMemory${c.E}Repository implements ${generic ? `Repository<${c.E}>` : `${c.E}Store`} {`,
      `  private readonly rows = new Map<string, ${c.E}>();`,
      '',
      `  async findById(id: string): Promise<${c.E} | undefined> {`,
      '    return this.rows.get(id);',
      '  }',
      '',
      `  async findMany(query: Partial<${c.E}>, page: PageRequest = { offset: 0, limit: ${rng.pick([20, 50, 100])} }): Promise<Page<${c.E}>> {`,
      `    const matches = [...this.rows.values()].filter((row) =>`,
      `      (Object.keys(query) as (keyof ${c.E})[]).every((key) => query[key] === undefined || row[key] === query[key]),`,
      '    );',
      '    const items = matches.slice(page.offset, page.offset + page.limit);',
      '    const end = page.offset + items.length;',
      '    return { items, total: matches.length, next: end < matches.length ? { offset: end, limit: page.limit } : undefined };',
      '  }',
      '',
      `  async save(entity: ${c.E}): Promise<${c.E}> {`,
      '    this.rows.set(entity.id, { ...entity });',
      '    return entity;',
      '  }',
      '',
      '  async delete(id: string): Promise<boolean> {',
      '    return this.rows.delete(id);',
      '  }',
      '}',
      '',
    ],
  };
}

function serviceBlock(rng, c) {
  const [f0, f1] = c.fields;
  return {
    imports: [`import { randomUUID } from 'node:crypto';`, `import type { Logger } from '../shared/logger';`],
    lines: [
      `export class ${c.E}NotFoundError extends Error {`,
      `  constructor(readonly ${c.e}Id: string) {`,
      `    super(\`${c.E} \${${c.e}Id} not found\`);`,
      `    this.name = '${c.E}NotFoundError';`,
      '  }',
      '}',
      '',
      `export class ${c.E}Service {`,
      '  private readonly cache = new Map<string, { value: unknown; expires: number }>();',
      '',
      '  constructor(',
      `    private readonly repository: InMemory${c.E}Repository,`,
      '    private readonly logger: Logger,',
      `    private readonly ttlMs = ${rng.pick(['30_000', '60_000', '5 * 60_000'])},`,
      '  ) {}',
      '',
      `  async create(input: New${c.E}): Promise<${c.E}> {`,
      `    const ${c.e}: ${c.E} = { ...input, id: randomUUID(), status: ${c.E}Status.${'Pending'}, createdAt: new Date() } as ${c.E};`,
      `    await this.repository.save(${c.e});`,
      `    this.logger.info('${c.k} created', { id: ${c.e}.id });`,
      `    return ${c.e};`,
      '  }',
      '',
      `  async get(id: string): Promise<${c.E}> {`,
      `    const cached = this.cache.get(id);`,
      '    if (cached && cached.expires > Date.now()) {',
      `      return cached.value as ${c.E};`,
      '    }',
      `    const ${c.e} = await this.repository.findById(id);`,
      `    if (!${c.e}) {`,
      `      throw new ${c.E}NotFoundError(id);`,
      '    }',
      `    this.cache.set(id, { value: ${c.e}, expires: Date.now() + this.ttlMs });`,
      `    return ${c.e};`,
      '  }',
      '',
      `  async update(id: string, patch: ${c.E}Patch): Promise<${c.E}> {`,
      '    const current = await this.get(id);',
      `    const next: ${c.E} = { ...current, ...patch };`,
      rng.chance(0.5) ? `    if (next.${f0[0]} === current.${f0[0]} && next.${f1[0]} === current.${f1[0]}) return current;` : '    if (Object.keys(patch).length === 0) return current;',
      '    this.cache.delete(id);',
      '    try {',
      '      return await this.repository.save(next);',
      '    } catch (error) {',
      `      this.logger.error('failed to update ${c.k}', { id, error });`,
      '      throw error;',
      '    }',
      '  }',
      '',
      `  async archiveOlderThan(days: number): Promise<number> {`,
      '    const cutoff = Date.now() - days * 24 * 60 * 60 * 1000;',
      `    const page = await this.repository.findMany({}, { offset: 0, limit: ${rng.pick([500, 1000])} });`,
      '    const stale = page.items.filter((item) => item.createdAt.getTime() < cutoff);',
      '    await Promise.all(stale.map((item) => this.repository.delete(item.id)));',
      '    return stale.length;',
      '  }',
      '}',
      '',
    ],
  };
}

function httpBlock(rng, c) {
  const base = `/${plural(c.k)}`;
  return {
    imports: [`import type { Request, Response, NextFunction } from 'express';`],
    lines: [
      `export function ${c.es}Routes(service: ${c.E}Service) {`,
      '  return {',
      `    async get(req: Request<{ id: string }>, res: Response, next: NextFunction): Promise<void> {`,
      '      try {',
      '        const item = await service.get(req.params.id);',
      '        res.status(200).json(item);',
      '      } catch (error) {',
      `        if (error instanceof ${c.E}NotFoundError) {`,
      `          res.status(404).send({ message: error.message, path: '${base}/' + req.params.id });`,
      '          return;',
      '        }',
      '        next(error);',
      '      }',
      '    },',
      '',
      `    async create(req: Request<unknown, unknown, New${c.E}>, res: Response): Promise<void> {`,
      '      const created = await service.create(req.body);',
      `      res.setHeader('Location', \`${base}/\${created.id}\`);`,
      '      res.status(201).send(created);',
      '    },',
      '',
      '    health(_req: Request, res: Response): void {',
      `      res.send({ status: 'ok', service: '${c.service}', uptime: process.uptime() });`,
      '    },',
      '  };',
      '}',
      '',
    ],
  };
}

function utilBlock(rng) {
  const variants = [
    () => [
      'export type Result<T, E = Error> = { ok: true; value: T } | { ok: false; error: E };',
      '',
      'export async function attempt<T>(fn: () => Promise<T>): Promise<Result<T>> {',
      '  try {',
      '    return { ok: true, value: await fn() };',
      '  } catch (error) {',
      '    return { ok: false, error: error instanceof Error ? error : new Error(String(error)) };',
      '  }',
      '}',
      '',
    ],
    () => [
      'export function groupBy<T, K extends PropertyKey>(items: readonly T[], keyOf: (item: T) => K): Record<K, T[]> {',
      '  const groups = {} as Record<K, T[]>;',
      '  for (const item of items) {',
      '    const key = keyOf(item);',
      '    (groups[key] ??= []).push(item);',
      '  }',
      '  return groups;',
      '}',
      '',
      'export function chunk<T>(items: readonly T[], size: number): T[][] {',
      '  const chunks: T[][] = [];',
      '  for (let i = 0; i < items.length; i += size) {',
      '    chunks.push(items.slice(i, i + size));',
      '  }',
      '  return chunks;',
      '}',
      '',
    ],
    () => [
      'export interface RetryOptions {',
      '  retries: number;',
      '  baseDelayMs: number;',
      '  maxDelayMs?: number;',
      '}',
      '',
      `export async function withRetry<T>(fn: (attempt: number) => Promise<T>, { retries, baseDelayMs, maxDelayMs = ${rng.pick(['10_000', '30_000'])} }: RetryOptions): Promise<T> {`,
      '  let lastError: unknown;',
      '  for (let attempt = 0; attempt <= retries; attempt++) {',
      '    try {',
      '      return await fn(attempt);',
      '    } catch (error) {',
      '      lastError = error;',
      '      const delay = Math.min(maxDelayMs, baseDelayMs * 2 ** attempt) * (0.5 + Math.random() / 2);',
      '      await new Promise((resolve) => setTimeout(resolve, delay));',
      '    }',
      '  }',
      '  throw lastError;',
      '}',
      '',
    ],
    () => [
      'export class LruCache<K, V> {',
      '  private readonly map = new Map<K, V>();',
      '',
      `  constructor(private readonly capacity = ${rng.pick([100, 1000, 10_000])}) {}`,
      '',
      '  get(key: K): V | undefined {',
      '    const value = this.map.get(key);',
      '    if (value !== undefined) {',
      '      this.map.delete(key);',
      '      this.map.set(key, value);',
      '    }',
      '    return value;',
      '  }',
      '',
      '  set(key: K, value: V): this {',
      '    this.map.delete(key);',
      '    this.map.set(key, value);',
      '    if (this.map.size > this.capacity) {',
      '      const oldest = this.map.keys().next();',
      '      if (!oldest.done) this.map.delete(oldest.value);',
      '    }',
      '    return this;',
      '  }',
      '}',
      '',
    ],
    () => [
      'export function debounce<A extends unknown[]>(fn: (...args: A) => void, waitMs: number): (...args: A) => void {',
      '  let timer: ReturnType<typeof setTimeout> | undefined;',
      '  return (...args: A) => {',
      '    if (timer) clearTimeout(timer);',
      '    timer = setTimeout(() => fn(...args), waitMs);',
      '  };',
      '}',
      '',
      'export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));',
      '',
    ],
  ];
  const lines = [];
  for (const variant of rng.sample(variants, rng.int(1, 3))) lines.push(...variant());
  return { imports: [], lines };
}

function mapperBlock(rng, c) {
  return {
    imports: [],
    lines: [
      `export interface ${c.E}Dto {`,
      '  id: string;',
      '  status: string;',
      ...c.fields.map(([name]) => `  ${name}: string | number | boolean | string[] | null;`),
      '  createdAt: string;',
      '}',
      '',
      `export function to${c.E}Dto(${c.e}: ${c.E}): ${c.E}Dto {`,
      '  return {',
      `    id: ${c.e}.id,`,
      `    status: ${c.e}.status,`,
      ...c.fields.map(([name, type]) =>
        type === 'Date'
          ? `    ${name}: ${c.e}.${name}.toISOString(),`
          : type.startsWith('Record')
            ? `    ${name}: JSON.stringify(${c.e}.${name}),`
            : `    ${name}: ${c.e}.${name} ?? null,`,
      ),
      `    createdAt: ${c.e}.createdAt.toISOString(),`,
      '  };',
      '}',
      '',
      `export const summarize${c.Es} = (items: ${c.E}[]): Map<${c.E}Status, number> =>`,
      `  items.reduce((acc, item) => acc.set(item.status, (acc.get(item.status) ?? 0) + 1), new Map<${c.E}Status, number>());`,
      '',
    ],
  };
}

/** Messaging code that is NOT Kafka: `send`, `producer`, `consumer`, `topic` from other libraries. */
function lookalikeBlock(rng, c) {
  const variant = rng.int(0, 3);
  if (variant === 0) {
    return {
      imports: [`import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';`],
      lines: [
        `export class ${c.E}QueuePublisher {`,
        `  constructor(private readonly client: SQSClient, private readonly queueUrl: string) {}`,
        '',
        `  async publish(${c.e}: ${c.E}): Promise<void> {`,
        '    await this.client.send(',
        '      new SendMessageCommand({',
        '        QueueUrl: this.queueUrl,',
        `        MessageBody: JSON.stringify(${c.e}),`,
        `        MessageGroupId: 'static-group',`,
        '      }),',
        '    );',
        '  }',
        '}',
        '',
      ],
    };
  }
  if (variant === 1) {
    return {
      imports: [`import type { Channel, ConsumeMessage } from 'amqplib';`],
      lines: [
        `export async function consume${c.Es}(channel: Channel, handle: (body: unknown) => Promise<void>): Promise<void> {`,
        `  await channel.assertQueue('${c.topic}', { durable: true });`,
        `  await channel.prefetch(${rng.pick([1, 10, 50])});`,
        `  await channel.consume('${c.topic}', async (message: ConsumeMessage | null) => {`,
        '    if (!message) return;',
        '    try {',
        '      await handle(JSON.parse(message.content.toString()));',
        '      channel.ack(message);',
        '    } catch {',
        '      channel.nack(message, false, false);',
        '    }',
        '  });',
        '}',
        '',
        `export function publish${c.E}(channel: Channel, payload: object): boolean {`,
        `  return channel.sendToQueue('${c.topic}', Buffer.from(JSON.stringify(payload)), { persistent: true });`,
        '}',
        '',
      ],
    };
  }
  if (variant === 2) {
    return {
      imports: [`import { WebSocket } from 'ws';`],
      lines: [
        `export function broadcast${c.E}(clients: Iterable<WebSocket>, ${c.e}: ${c.E}): number {`,
        '  let sent = 0;',
        '  for (const client of clients) {',
        '    if (client.readyState === WebSocket.OPEN) {',
        `      client.send(JSON.stringify({ type: '${c.k}.updated', key: 'broadcast', payload: ${c.e} }));`,
        '      sent++;',
        '    }',
        '  }',
        '  return sent;',
        '}',
        '',
      ],
    };
  }
  // An in-house event bus with a kafkajs-like shape: not a Kafka client, never to be flagged.
  return {
    imports: [`import type { EventBus } from '../shared/event-bus';`],
    lines: [
      `export class ${c.E}Events {`,
      '  constructor(private readonly producer: EventBus) {}',
      '',
      `  async emitCreated(${c.e}: ${c.E}): Promise<void> {`,
      '    await this.producer.send({',
      `      topic: '${c.topic}',`,
      '      acks: 1,',
      `      messages: [{ key: 'constant', value: JSON.stringify(${c.e}) }],`,
      '    });',
      '  }',
      '}',
      '',
    ],
  };
}

const PLAIN_BLOCKS = [modelBlock, repositoryBlock, serviceBlock, httpBlock, utilBlock, mapperBlock, lookalikeBlock];

// ---------------------------------------------------------------------------------------------
// Kafka code
// ---------------------------------------------------------------------------------------------

const brokersExpr = (rng) =>
  rng.pick([
    "(process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',')",
    "['kafka-1:9092', 'kafka-2:9092', 'kafka-3:9092']",
    "[process.env.KAFKA_BOOTSTRAP ?? 'kafka:9092']",
  ]);

function kafkaClient(rng, c, ctor = 'new Kafka') {
  return [
    `const kafka = ${ctor}({`,
    `  clientId: '${c.service}',`,
    `  brokers: ${brokersExpr(rng)},`,
    ...(rng.chance(0.4) ? ['  ssl: true,', "  sasl: { mechanism: 'plain', username: process.env.KAFKA_USER ?? '', password: process.env.KAFKA_PASSWORD ?? '' },"] : []),
    ...(rng.chance(0.5) ? [`  retry: { retries: ${rng.pick([0, 5, 8, 10])}, initialRetryTime: ${rng.pick([100, 300])} },`] : []),
    '});',
    '',
  ];
}

function messageKey(rng, c) {
  // Pitfalls: constant key (skew), missing key (ordering).
  return rng.weighted([
    [`key: event.${c.e}Id, `, 6],
    [`key: '${c.k}', `, 1],
    ['', 2],
  ]);
}

function producerKafkaBlock(rng, c) {
  const acks = rng.weighted([['', 4], ['      acks: -1,', 2], ['      acks: 1,', 2], ['      acks: 0,', 1]]);
  const producerOpts = rng.weighted([
    ['{ idempotent: true }', 3],
    ['{ idempotent: true, maxInFlightRequests: 5 }', 2],
    ['{ allowAutoTopicCreation: false }', 2],
    ['{ maxInFlightRequests: 5 }', 1],
    ['', 2],
  ]);
  const injected = rng.chance(0.3);
  const fireAndForget = rng.chance(0.25);
  const imports = injected
    ? [`import type { Producer, Message } from 'kafkajs';`, `import { CompressionTypes } from 'kafkajs';`]
    : [`import { Kafka, CompressionTypes, logLevel, type Producer, type Message } from 'kafkajs';`];
  return {
    imports,
    lines: [
      `export interface ${c.E}Event {`,
      `  ${c.e}Id: string;`,
      `  type: '${c.k}.created' | '${c.k}.updated' | '${c.k}.deleted';`,
      '  occurredAt: string;',
      '  payload: Record<string, unknown>;',
      '}',
      '',
      ...(injected ? [] : kafkaClient(rng, c).map((l) => (l.startsWith('  clientId') ? `${l}\n  logLevel: logLevel.WARN,` : l))),
      `export class ${c.E}EventPublisher {`,
      ...(injected ? [] : ['  private readonly producer: Producer;']),
      '  private connected = false;',
      '',
      injected
        ? `  constructor(private readonly producer: Producer, private readonly topic = '${c.topic}') {}`
        : `  constructor(private readonly topic = '${c.topic}') {\n    this.producer = kafka.producer(${producerOpts});\n  }`,
      '',
      '  async start(): Promise<void> {',
      '    if (this.connected) return;',
      '    await this.producer.connect();',
      '    this.connected = true;',
      '  }',
      '',
      `  async publish(event: ${c.E}Event): Promise<void> {`,
      '    await this.producer.send({',
      '      topic: this.topic,',
      ...(acks ? [acks] : []),
      `      compression: CompressionTypes.${rng.pick(['GZIP', 'None', 'GZIP'])},`,
      '      messages: [',
      '        {',
      `          ${messageKey(rng, c)}value: JSON.stringify(event),`,
      '          headers: { \'event-type\': event.type, \'occurred-at\': event.occurredAt },',
      '        },',
      '      ],',
      '    });',
      '  }',
      '',
      `  async publishAll(events: ${c.E}Event[]): Promise<void> {`,
      `    const messages: Message[] = events.map((event) => ({ ${messageKey(rng, c)}value: JSON.stringify(event) }));`,
      ...(rng.chance(0.5)
        ? ['    await this.producer.sendBatch({ topicMessages: [{ topic: this.topic, messages }] });']
        : ['    await this.producer.send({ topic: this.topic, messages });']),
      '  }',
      ...(fireAndForget
        ? [
            '',
            `  notify(event: ${c.E}Event): void {`,
            `    this.producer.send({ topic: this.topic, messages: [{ key: event.${c.e}Id, value: JSON.stringify(event) }] });`,
            '  }',
          ]
        : []),
      '',
      '  async stop(): Promise<void> {',
      '    await this.producer.disconnect();',
      '    this.connected = false;',
      '  }',
      '}',
      '',
    ],
  };
}

function consumerKafkaBlock(rng, c) {
  const manual = rng.chance(0.35);
  const commitFirst = manual && rng.chance(0.3);
  const awaitHandler = rng.chance(0.85);
  const session = rng.weighted([['', 3], ['sessionTimeout: 30000, heartbeatInterval: 3000, ', 3], ['sessionTimeout: 3000, heartbeatInterval: 3000, ', 1], ['sessionTimeout: 600_000, ', 1]]);
  const commit = `      await consumer.commitOffsets([{ topic, partition, offset: ${rng.weighted([['(Number(message.offset) + 1).toString()', 3], ['message.offset', 1]])} }]);`;
  return {
    imports: [`import { Kafka, type Consumer, type EachMessagePayload } from 'kafkajs';`],
    lines: [
      ...kafkaClient(rng, c),
      `export type ${c.E}Handler = (event: { ${c.e}Id: string; type: string }) => Promise<void>;`,
      '',
      `export async function start${c.E}Worker(handle: ${c.E}Handler): Promise<Consumer> {`,
      `  const consumer = kafka.consumer({ groupId: '${c.service}', ${session}${rng.chance(0.3) ? 'maxBytesPerPartition: 1_048_576, ' : ''}});`,
      '  await consumer.connect();',
      `  await consumer.subscribe({ topics: ['${c.topic}'], fromBeginning: ${rng.pick(['false', 'true'])} });`,
      '',
      '  await consumer.run({',
      ...(manual ? ['    autoCommit: false,'] : []),
      ...(rng.chance(0.3) ? [`    partitionsConsumedConcurrently: ${rng.pick([2, 3, 4])},`] : []),
      '    eachMessage: async ({ topic, partition, message }: EachMessagePayload) => {',
      '      if (!message.value) {',
      '        return;',
      '      }',
      ...(commitFirst ? [commit] : []),
      '      const event = JSON.parse(message.value.toString());',
      `      ${awaitHandler ? 'await ' : ''}handle(event);`,
      ...(manual && !commitFirst ? [commit] : []),
      '    },',
      '  });',
      '',
      "  const shutdown = async (signal: string): Promise<void> => {",
      "    console.info(`received ${signal}, disconnecting consumer`);",
      '    await consumer.disconnect();',
      '  };',
      "  process.once('SIGTERM', () => void shutdown('SIGTERM'));",
      '  return consumer;',
      '}',
      '',
    ],
  };
}

function batchKafkaBlock(rng, c) {
  const heartbeat = rng.chance(0.6);
  const concurrent = rng.chance(0.25);
  return {
    imports: [`import { Kafka, type EachBatchPayload, type KafkaMessage } from 'kafkajs';`],
    lines: [
      ...kafkaClient(rng, c),
      `async function process${c.E}(message: KafkaMessage): Promise<void> {`,
      '  const body = message.value?.toString() ?? \'{}\';',
      `  await persist${c.E}(JSON.parse(body));`,
      '}',
      '',
      `declare function persist${c.E}(value: unknown): Promise<void>;`,
      '',
      `export async function run${c.E}BatchConsumer(): Promise<void> {`,
      `  const consumer = kafka.consumer({ groupId: '${c.service}-batch', maxWaitTimeInMs: ${rng.pick([100, 500, 5000])} });`,
      '  await consumer.connect();',
      `  await consumer.subscribe({ topic: '${c.topic}' });`,
      '  await consumer.run({',
      '    eachBatchAutoResolve: false,',
      '    eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload) => {',
      ...(concurrent
        ? [`      await Promise.all(batch.messages.map((message) => process${c.E}(message)));`, '      resolveOffset(batch.lastOffset());', ...(heartbeat ? ['      await heartbeat();'] : [])]
        : [
            '      for (const message of batch.messages) {',
            '        if (!isRunning() || isStale()) break;',
            `        await process${c.E}(message);`,
            '        resolveOffset(message.offset);',
            ...(heartbeat ? ['        await heartbeat();'] : []),
            '      }',
          ]),
      '    },',
      '  });',
      '}',
      '',
    ],
  };
}

function adminKafkaBlock(rng, c) {
  const rf = rng.weighted([[3, 4], [1, 2], [2, 1]]);
  return {
    imports: [`import { Kafka, type ITopicConfig } from 'kafkajs';`],
    lines: [
      `export async function ensure${c.E}Topics(brokers: string[]): Promise<string[]> {`,
      `  const admin = new Kafka({ clientId: '${c.service}-setup', brokers }).admin();`,
      '  await admin.connect();',
      '  try {',
      '    const existing = new Set(await admin.listTopics());',
      '    const wanted: ITopicConfig[] = [',
      '      {',
      `        topic: '${c.topic}',`,
      `        numPartitions: ${rng.pick([6, 12, 24])},`,
      `        replicationFactor: ${rf},`,
      `        configEntries: [{ name: 'min.insync.replicas', value: '${rng.pick(['2', '1', '2'])}' }, { name: 'retention.ms', value: '${rng.pick(['604800000', '86400000'])}' }],`,
      '      },',
      `      { topic: '${c.topic}.dlq', numPartitions: 1, replicationFactor: ${rng.pick([1, 3])} },`,
      '    ];',
      '    const topics = wanted.filter((t) => !existing.has(t.topic));',
      '    if (topics.length > 0) {',
      '      await admin.createTopics({ topics, waitForLeaders: true });',
      '    }',
      '    return topics.map((t) => t.topic);',
      '  } finally {',
      '    await admin.disconnect();',
      '  }',
      '}',
      '',
    ],
  };
}

function transactionKafkaBlock(rng, c) {
  const idempotent = rng.chance(0.7);
  return {
    imports: [`import { Kafka } from 'kafkajs';`],
    lines: [
      ...kafkaClient(rng, c),
      `const producer = kafka.producer({ transactionalId: '${c.service}-tx', ${idempotent ? 'idempotent: true, ' : ''}maxInFlightRequests: 1 });`,
      '',
      `export async function transfer${c.Es}(ids: string[], target: string): Promise<void> {`,
      '  const transaction = await producer.transaction();',
      '  try {',
      '    await transaction.send({',
      `      topic: '${c.topic}',`,
      `      messages: ids.map((id) => ({ key: id, value: JSON.stringify({ id, target, at: Date.now() }) })),`,
      '    });',
      '    await transaction.commit();',
      '  } catch (error) {',
      '    await transaction.abort();',
      '    throw error;',
      '  }',
      '}',
      '',
    ],
  };
}

function confluentKafkaBlock(rng, c) {
  return {
    imports: [`import { KafkaJS } from '@confluentinc/kafka-javascript';`],
    lines: [
      `const kafka = new KafkaJS.Kafka({ kafkaJS: { clientId: '${c.service}', brokers: ${brokersExpr(rng)} } });`,
      `const producer = kafka.producer({ kafkaJS: { acks: ${rng.pick([-1, 1, -1])}, idempotent: ${rng.pick(['true', 'false'])} }${rng.chance(0.4) ? ", 'linger.ms': 10" : ''} });`,
      `const consumer = kafka.consumer({ kafkaJS: { groupId: '${c.service}', fromBeginning: false }${rng.chance(0.4) ? `, 'session.timeout.ms': ${rng.pick([10000, 45000])}` : ''} });`,
      '',
      `export async function relay${c.Es}(target: string): Promise<void> {`,
      '  await Promise.all([producer.connect(), consumer.connect()]);',
      `  await consumer.subscribe({ topics: ['${c.topic}'] });`,
      '  await consumer.run({',
      '    eachMessage: async ({ message }) => {',
      `      await producer.send({ topic: target, messages: [{ ${rng.chance(0.7) ? 'key: message.key, ' : ''}value: message.value }] });`,
      '    },',
      '  });',
      '}',
      '',
    ],
  };
}

function nestKafkaBlock(rng, c) {
  return {
    imports: [
      `import { Inject, Injectable, Module, type OnModuleInit } from '@nestjs/common';`,
      `import { ClientsModule, Transport, type ClientKafka } from '@nestjs/microservices';`,
    ],
    lines: [
      `export const ${c.E.toUpperCase()}_KAFKA = '${c.E.toUpperCase()}_KAFKA';`,
      '',
      '@Module({',
      '  imports: [',
      '    ClientsModule.register([',
      '      {',
      `        name: ${c.E.toUpperCase()}_KAFKA,`,
      '        transport: Transport.KAFKA,',
      '        options: {',
      `          client: { clientId: '${c.service}', brokers: ['kafka:9092'] },`,
      `          consumer: { groupId: '${c.service}'${rng.chance(0.3) ? ', sessionTimeout: 45000' : ''} },`,
      `          producer: { ${rng.pick(['idempotent: true, ', '', 'allowAutoTopicCreation: false, '])}},`,
      ...(rng.chance(0.4) ? [`          send: { acks: ${rng.pick([1, -1])} },`] : []),
      '        },',
      '      },',
      '    ]),',
      '  ],',
      '})',
      `export class ${c.E}MessagingModule {}`,
      '',
      '@Injectable()',
      `export class ${c.E}Notifier implements OnModuleInit {`,
      `  constructor(@Inject(${c.E.toUpperCase()}_KAFKA) private readonly client: ClientKafka) {}`,
      '',
      '  async onModuleInit(): Promise<void> {',
      '    await this.client.connect();',
      '  }',
      '',
      `  created(${c.e}: { id: string }): void {`,
      `    this.client.emit('${c.topic}', { ${rng.chance(0.7) ? `key: ${c.e}.id, ` : ''}value: JSON.stringify(${c.e}) });`,
      '  }',
      '}',
      '',
    ],
  };
}

const KAFKA_BLOCKS = [
  [producerKafkaBlock, 5],
  [consumerKafkaBlock, 4],
  [batchKafkaBlock, 2],
  [adminKafkaBlock, 2],
  [transactionKafkaBlock, 1],
  [confluentKafkaBlock, 1],
  [nestKafkaBlock, 1],
];

/**
 * One TypeScript file of 100-200 lines (a block may overshoot a little). Files whose index is a
 * multiple of KAFKA_EVERY contain Kafka code.
 */
export function generateCodeFile(rng, index) {
  const c = context(rng, index);
  const target = rng.int(100, 200);
  const kafka = index % KAFKA_EVERY === 0;
  const blocks = [];
  if (kafka) blocks.push(rng.weighted(KAFKA_BLOCKS)(rng, c));
  // A model always comes first so the names used by other blocks exist in the file.
  const plain = [modelBlock, ...rng.sample(PLAIN_BLOCKS.slice(1), PLAIN_BLOCKS.length - 1)];
  let lines = blocks.reduce((n, b) => n + b.lines.length, 0);
  for (const make of plain) {
    if (lines >= target) break;
    const block = make(rng, c);
    // Keep files within ~100-200 lines: skip a block that overshoots once the file is long enough.
    if (lines >= 100 && lines + block.lines.length > target + 10) continue;
    blocks.push(block);
    lines += block.lines.length;
  }
  while (lines < 100) {
    const block = utilBlock(rng, c);
    blocks.push(block);
    lines += block.lines.length;
  }
  const imports = [...new Set(blocks.flatMap((b) => b.imports))];
  const header = [`// ${c.service}: ${c.k} ${kafka ? 'messaging' : 'module'} (generated benchmark corpus, file ${index})`, ...imports, ''];
  const body = blocks.flatMap((b) => b.lines);
  const text = `${[...header, ...body].join('\n').replace(/\n+$/, '')}\n`;
  const dir = `services/${c.service}/src/${plural(c.k)}`;
  return { path: `${dir}/${c.k}-${kafka ? 'messaging' : rng.pick(['service', 'repository', 'handlers', 'module'])}-${index}.ts`, text, kafka };
}
