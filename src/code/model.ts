import type { TSESTree } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';

/** The Kafka client library a file imports. */
export type Library = 'kafkajs' | 'confluent' | 'nestjs' | 'node-rdkafka';

/** What a tracked value is. */
export type ClientKind = 'kafka' | 'producer' | 'consumer' | 'admin' | 'transaction';

/** A call of a method on a tracked Kafka object: `producer.send(...)`, `this.consumer.run(...)`. */
export interface ClientCall {
  node: TSESTree.CallExpression;
  kind: ClientKind;
  library: Library;
  method: string;
}

/** A message object handed to `send`/`sendBatch`/`transaction.send` (or a NestJS `emit`/`send` payload). */
export interface MessageSite {
  /** The message's object literal. */
  node: TSESTree.ObjectExpression;
  /** The `key` property, when written. */
  key?: TSESTree.Property;
  /** The `partition` property, when written. */
  partition?: TSESTree.Property;
  /** False when a spread or computed key may add a `key` the analysis cannot see. */
  complete: boolean;
  library: Library;
  /** The send call the message belongs to. */
  call: TSESTree.CallExpression;
}

/** A resolved `eachMessage` / `eachBatch` handler (inline, held in a variable, a method, a bound method). */
export interface HandlerSite {
  kind: 'eachMessage' | 'eachBatch';
  fn: TSESTree.FunctionLike;
  /** The `run({...})` call the handler was given to. */
  run: TSESTree.CallExpression;
  /** The `run` options view (autoCommit, eachBatchAutoResolve, ...) when statically known. */
  runOptions?: ConfigView;
  library: Library;
}

/** Everything the rules need to know about one file's Kafka usage, computed once per file. */
export interface KafkaFileModel {
  libraries: ReadonlySet<Library>;
  /** Settings written in client options, send records, run options, createTopics entries, NestJS options. */
  views: readonly ConfigView[];
  messages: readonly MessageSite[];
  handlers: readonly HandlerSite[];
  calls: readonly ClientCall[];
}
