import type { TSESTree } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';

/** The Kafka client library a file imports. */
export type Library = 'kafkajs' | 'confluent' | 'nestjs' | 'node-rdkafka';

/**
 * What a tracked value is. `nest-client` is a NestJS `ClientKafka` (or a `ClientProxy` the file
 * registers with `Transport.KAFKA`): its `emit`/`send` publish to Kafka.
 */
export type ClientKind = 'kafka' | 'producer' | 'consumer' | 'admin' | 'transaction' | 'nest-client';

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
  /** The function `run()` receives: for `(payload) => this.handle(payload)`, the arrow. */
  fn: TSESTree.FunctionLike;
  /**
   * The function a forwarding wrapper calls with the payload (`this.handle` in
   * `(payload) => this.handle(payload)`), where the processing really happens.
   */
  delegate?: TSESTree.FunctionLike;
  /** The `run({...})` call the handler was given to. */
  run: TSESTree.CallExpression;
  /** The `run` options view (autoCommit, eachBatchAutoResolve, ...) when statically known. */
  runOptions?: ConfigView;
  library: Library;
}

/** A NestJS `@EventPattern` / `@MessagePattern` handler method. */
export interface PatternHandlerSite {
  kind: 'event' | 'message';
  /** The decorated method's function. */
  fn: TSESTree.FunctionExpression;
  method: TSESTree.MethodDefinition;
  decorator: TSESTree.Decorator;
  /** The pattern (topic) when it is a static string. */
  pattern?: string;
  /**
   * `kafka` when the handler is known to serve the Kafka transport: it takes a `KafkaContext`, its
   * decorator names `Transport.KAFKA`, or the file configures only Kafka transports. `unknown` otherwise
   * (a controller's transport is usually configured in another file).
   */
  transport: 'kafka' | 'unknown';
}

/** Everything the rules need to know about one file's Kafka usage, computed once per file. */
export interface KafkaFileModel {
  libraries: ReadonlySet<Library>;
  /** Settings written in client options, send records, run options, createTopics entries, NestJS options. */
  views: readonly ConfigView[];
  messages: readonly MessageSite[];
  handlers: readonly HandlerSite[];
  calls: readonly ClientCall[];
  /** NestJS `@EventPattern` / `@MessagePattern` methods. */
  patternHandlers: readonly PatternHandlerSite[];
}
