import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

import { analyze, type KafkaAnalysis } from './analyze.js';
import { mentionsKafkaLibrary } from './libraries.js';
import type { ClientKind, KafkaFileModel, Library } from './model.js';

export type {
  ClientCall,
  ClientKind,
  HandlerSite,
  KafkaFileModel,
  Library,
  MessageSite,
  PatternHandlerSite,
} from './model.js';
export { evaluate, isConstantExpression, type StaticPrimitive, type StaticValue } from './evaluate.js';
export { mentionsKafkaLibrary } from './libraries.js';
export {
  CONFLUENT_KAFKAJS_CONSUMER,
  CONFLUENT_KAFKAJS_PRODUCER,
  KAFKAJS_ADMIN,
  KAFKAJS_CLIENT,
  KAFKAJS_CONSUMER,
  KAFKAJS_PRODUCER,
  KAFKAJS_RETRY,
  KAFKAJS_RUN,
  KAFKAJS_SEND,
  KAFKAJS_TOPIC,
  LIBRDKAFKA_ALIASES,
  type KeyRule,
  type KeyTable,
} from './option-keys.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** One analysis per parsed file, shared by every rule that asks (keyed by the AST, which ESLint creates per file). */
const analyses = new WeakMap<object, KafkaAnalysis | null>();

function analysisOf(context: Context): KafkaAnalysis | null {
  const sourceCode = context.sourceCode;
  const ast: unknown = sourceCode.ast;
  if (typeof ast !== 'object' || ast === null) return null;
  const known = analyses.get(ast);
  if (known !== undefined) return known;
  const isJavaScript = (ast as { type?: unknown }).type === 'Program' && sourceCode.scopeManager !== null;
  const analysis = isJavaScript && mentionsKafkaLibrary(sourceCode.text) ? analyze(sourceCode) : null;
  analyses.set(ast, analysis);
  return analysis;
}

/**
 * The Kafka model of the file being linted, or `null` when the file imports no Kafka client.
 * Computed on first use and cached per file, so every rule shares one analysis.
 */
export function getKafkaModel(context: Context): KafkaFileModel | null {
  return analysisOf(context)?.model ?? null;
}

/** A Kafka object an expression evaluates to. */
export interface TrackedClient {
  kind: ClientKind;
  library: Library;
}

/**
 * What Kafka object an expression of the linted file is, if any: `{ kind: 'producer' }` for
 * `this.producer`, `{ kind: 'transaction' }` for `txn` after `const txn = await producer.transaction()`.
 * `undefined` for look-alikes (`socket.send`, `res.send`, `sqs.send`) and in files without Kafka.
 */
export function getTrackedClient(context: Context, node: TSESTree.Node): TrackedClient | undefined {
  const instance = analysisOf(context)?.tracker.instanceOf(node);
  if (!instance || instance.kind === 'kafka-context') return undefined;
  return { kind: instance.kind, library: instance.library };
}

/**
 * The functions an expression can be (an inline function, a `const` holding one, a function
 * declaration, `this.method`, `this.method.bind(this)`), for rules that follow a callback.
 */
export function resolveFunctions(context: Context, node: TSESTree.Node): readonly TSESTree.FunctionLike[] {
  return analysisOf(context)?.tracker.functionsOf(node) ?? [];
}
