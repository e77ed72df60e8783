import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { it } from 'vitest';
import { getKafkaModel } from '../../src/code/index.js';

function plainFile(i: number): string {
  const lines: string[] = [`import { helper${i} } from './helper';`, `import express from 'express';`];
  for (let f = 0; f < 12; f++) {
    lines.push(`export class Service${i}_${f} {`, `  private cache = new Map<string, number>();`, `  constructor(private readonly repo: { find(id: string): Promise<number> }) {}`);
    lines.push(`  async get(id: string): Promise<number> {`, `    const hit = this.cache.get(id);`, `    if (hit !== undefined) return hit;`, `    const value = await this.repo.find(id);`, `    this.cache.set(id, value * ${f} + helper${i}(id).length);`, `    return value;`, `  }`, `}`);
  }
  lines.push(`const app = express(); app.get('/', (req, res) => res.send({ ok: true }));`);
  return lines.join('\n');
}
function kafkaFile(i: number): string {
  return `import { Kafka, type Producer, type EachMessagePayload } from 'kafkajs';
const kafka = new Kafka({ clientId: 'svc${i}', brokers: ['k:9092'], retry: { retries: 5 } });
export class Orders${i} {
  private producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  private consumer = kafka.consumer({ groupId: 'g${i}', sessionTimeout: 30000 });
  async start() {
    await this.producer.connect();
    await this.consumer.subscribe({ topics: ['orders'] });
    await this.consumer.run({ autoCommit: false, eachMessage: (p) => this.handle(p) });
  }
  private async handle({ message }: EachMessagePayload) {
    await this.producer.send({ topic: 'audit', acks: -1, messages: [{ key: message.key, value: message.value }] });
  }
}
` + plainFile(i);
}

it('perf', () => {
  const files = Array.from({ length: 400 }, (_, i) => (i % 10 === 0 ? kafkaFile(i) : plainFile(i)));
  const trivial: Rule.RuleModule = { create: () => ({ Identifier() {} }) };
  let spent = 0; let calls = 0;
  const kafkaRule: Rule.RuleModule = { create: (context) => ({ 'Program:exit'() { const t = performance.now(); getKafkaModel(context as never); spent += performance.now() - t; calls++; } }) };
  const rules: Record<string, Rule.RuleModule> = { trivial };
  for (let r = 0; r < 20; r++) rules[`k${r}`] = kafkaRule;
  const base = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser }, plugins: { t: { rules } }, rules: { 't/trivial': 'error' as const } }];
  const withKafka = [{ ...base[0], rules: Object.fromEntries(Object.keys(rules).map((name) => [`t/${name}`, 'error' as const])) }];
  const linter = new Linter({ configType: 'flat' });
  const run = (config: typeof base) => {
    const start = performance.now();
    files.forEach((code, i) => linter.verify(code, config, { filename: `f${i}.ts` }));
    return performance.now() - start;
  };
  run(base); run(withKafka);
  const times = { base: [] as number[], kafka: [] as number[] };
  for (let round = 0; round < 5; round++) { times.base.push(run(base)); times.kafka.push(run(withKafka)); }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[2]!;
  console.log('base', median(times.base).toFixed(0), 'kafka', median(times.kafka).toFixed(0), 'overhead %', ((median(times.kafka) / median(times.base) - 1) * 100).toFixed(1));
  // Cost of the analysis alone on kafka files
  const kafkaOnly = files.filter((_, i) => i % 10 === 0);
  const t0 = performance.now(); kafkaOnly.forEach((code, i) => linter.verify(code, base, { filename: `g${i}.ts` })); const t1 = performance.now();
  kafkaOnly.forEach((code, i) => linter.verify(code, withKafka, { filename: `h${i}.ts` })); const t2 = performance.now();
  console.log('spent in getKafkaModel ms', spent.toFixed(0), 'calls', calls);
  console.log('kafka files: base', (t1 - t0).toFixed(0), 'with analysis', (t2 - t1).toFixed(0));
}, 300_000);
