import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { it } from 'vitest';
import { getKafkaModel } from '../../src/code/index.js';
import { indexImports } from '../../src/code/imports.js';
import { collectCandidates } from '../../src/code/collect.js';
import { analyze } from '../../src/code/analyze.js';
import { Tracker } from '../../src/code/tracking.js';
const phases: Record<string, number> = {};
function time(name: string, fn: () => unknown) { const t = performance.now(); const r = fn(); phases[name] = (phases[name] ?? 0) + performance.now() - t; return r; }
import { readFileSync } from 'node:fs';

it('perf2', () => {
  const src = readFileSync('tests/code/zz-perf-scratch.test.ts', 'utf8');
  // reuse generator by eval is messy; inline a kafka file
  const kafka = `import { Kafka, type Producer, type EachMessagePayload } from 'kafkajs';
const kafka = new Kafka({ clientId: 'svc', brokers: ['k:9092'], retry: { retries: 5 } });
export class Orders {
  private producer: Producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  private consumer = kafka.consumer({ groupId: 'g', sessionTimeout: 30000 });
  async start() {
    await this.producer.connect();
    await this.consumer.subscribe({ topics: ['orders'] });
    await this.consumer.run({ autoCommit: false, eachMessage: (p) => this.handle(p) });
  }
  private async handle({ message }: EachMessagePayload) {
    await this.producer.send({ topic: 'audit', acks: -1, messages: [{ key: message.key, value: message.value }] });
  }
}
` + Array.from({ length: 12 }, (_, f) => `export class Service${f} {
  private cache = new Map<string, number>();
  constructor(private readonly repo: { find(id: string): Promise<number> }) {}
  async get(id: string): Promise<number> {
    const hit = this.cache.get(id);
    if (hit !== undefined) return hit;
    const value = await this.repo.find(id);
    this.cache.set(id, value * ${f} + String(id).length);
    return value;
  }
}`).join('\n');
  let spent: number[] = [];
  const rule: Rule.RuleModule = { create: (context) => ({ 'Program:exit'() {
    const sc = context.sourceCode as never as any;
    const t = performance.now(); getKafkaModel(context as never); spent.push(performance.now() - t);
    for (let k = 0; k < (spent.length === 150 ? 1000 : 0); k++) {
    const imports = time('imports', () => indexImports(sc)) as any;
    const cands = time('collect', () => collectCandidates(sc.ast, sc.visitorKeys)) as any;
    time('trackCalls', () => { const tr = new Tracker(sc, imports, cands); for (const c of cands.calls) { if (c.callee.type === 'MemberExpression') tr.instanceOf(c.callee.object); } });
    time('getScopeOnly', () => { for (const c of cands.calls) sc.getScope(c); });
    time('analyze', () => analyze(sc));
    }
  } }) };
  const config = [{ files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser }, plugins: { t: { rules: { r: rule } } }, rules: { 't/r': 'error' as const } }];
  const linter = new Linter({ configType: 'flat' });
  for (let i = 0; i < 300; i++) linter.verify(kafka, config, { filename: `f${i}.ts` });
  spent = spent.slice(100).sort((a, b) => a - b);
  console.log(Object.fromEntries(Object.entries(phases).map(([k,v]) => [k, (v/1000).toFixed(3)])));
  console.log('median ms', spent[100]!.toFixed(3), 'p90', spent[180]!.toFixed(3), src.length > 0);
}, 300_000);
