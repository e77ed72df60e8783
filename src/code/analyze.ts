import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';
import { memberName, skipTransparent } from './ast.js';
import { collectCandidates } from './collect.js';
import { dialectFor, VIEW_PLACES, type OptionsKind } from './dialects.js';
import { runHandlers } from './handlers.js';
import { indexImports, libraryOfLoad } from './imports.js';
import type { Instance } from './libraries.js';
import { emittedMessage, sentMessages } from './messages.js';
import type { ClientCall, HandlerSite, KafkaFileModel, MessageSite, PatternHandlerSite } from './model.js';
import { buildNestRegistry, nestViews, proxyPolicy } from './nestjs.js';
import { optionsView, type ExtractContext } from './options.js';
import { patternHandler } from './pattern-handlers.js';
import { createTopicsViews } from './topics.js';
import { Tracker } from './tracking.js';
import { typedConfigView } from './typed-configs.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The analysis of one file: the model rules read, and the tracker behind it for follow-up questions. */
export interface KafkaAnalysis {
  model: KafkaFileModel;
  tracker: Tracker;
}

const CLIENT_FACTORIES = new Set<string>(['producer', 'consumer', 'admin']);
const SEND_METHODS = new Set(['send', 'sendBatch']);
const NEST_PUBLISHERS = new Set(['emit', 'send']);

class ModelBuilder {
  readonly views: ConfigView[] = [];
  readonly messages: MessageSite[] = [];
  readonly handlers: HandlerSite[] = [];
  readonly calls: ClientCall[] = [];
  readonly patternHandlers: PatternHandlerSite[] = [];
  constructor(private readonly context: ExtractContext) {}

  private optionsOf(call: TSESTree.CallExpression | TSESTree.NewExpression, kind: OptionsKind, instance: Instance, overrides?: TSESTree.Node[]): ConfigView {
    const options = call.arguments[0];
    return optionsView(this.context, {
      ...VIEW_PLACES[kind],
      dialect: dialectFor(instance.api, kind),
      call,
      options,
      ...(overrides ? { overrides } : {}),
    });
  }

  /** A call of a method on a tracked object: record it, and read the options, messages and handlers it takes. */
  methodCall(call: TSESTree.CallExpression, receiver: Instance, method: string): void {
    if (receiver.kind === 'kafka-context') return;
    this.calls.push({ node: call, kind: receiver.kind, library: receiver.library, method });
    const { api, kind, library } = receiver;
    if (kind === 'kafka' && CLIENT_FACTORIES.has(method)) {
      this.views.push(this.optionsOf(call, method as OptionsKind, receiver));
    } else if ((kind === 'producer' || kind === 'transaction') && SEND_METHODS.has(method) && api !== 'node-rdkafka') {
      this.views.push(this.optionsOf(call, 'send', receiver));
      this.messages.push(...sentMessages(this.context.tracker, call, method, library));
    } else if (kind === 'consumer' && method === 'run' && api !== 'node-rdkafka') {
      const runOptions = this.optionsOf(call, 'run', receiver);
      this.views.push(runOptions);
      this.handlers.push(...runHandlers(this.context.tracker, call, runOptions, library));
    } else if (kind === 'admin' && method === 'createTopics' && api !== 'node-rdkafka') {
      this.views.push(...createTopicsViews(this.context, call, api));
    } else if (kind === 'admin' && method === 'createTopic' && api === 'node-rdkafka') {
      this.views.push(this.optionsOf(call, 'topic', receiver));
    } else if (kind === 'nest-client' && NEST_PUBLISHERS.has(method)) {
      const message = emittedMessage(this.context.tracker, call);
      if (message) this.messages.push(message);
    }
  }

  /** `new Kafka({...})`, `new Kafka.Producer({...}, topicConfig)`, `new KafkaConsumer(...)`. */
  construction(node: TSESTree.NewExpression, instance: Instance): void {
    if (instance.kind === 'kafka') this.views.push(this.optionsOf(node, 'client', instance));
    else if (instance.api === 'node-rdkafka' && (instance.kind === 'producer' || instance.kind === 'consumer')) {
      const topicConfig = node.arguments[1];
      this.views.push(this.optionsOf(node, instance.kind, instance, topicConfig ? [topicConfig] : undefined));
    }
  }

  /** node-rdkafka `AdminClient.create({...})`. */
  factoryCall(call: TSESTree.CallExpression, instance: Instance): void {
    if (instance.kind === 'admin' && instance.api === 'node-rdkafka') this.views.push(this.optionsOf(call, 'admin', instance));
  }
}

function byPosition<T>(position: (item: T) => number): (left: T, right: T) => number {
  return (left, right) => position(left) - position(right);
}

/** The Kafka libraries a file loads with `import('kafkajs')`. */
function dynamicLibraries(imports: TSESTree.ImportExpression[]) {
  return imports.flatMap((node) => {
    const library = libraryOfLoad(node.source);
    return library ? [library] : [];
  });
}

/**
 * Analyses a file that names a Kafka module: imports, one walk collecting candidate nodes, then
 * resolution of each candidate through the scope manager. `null` when the file loads no Kafka library.
 */
export function analyze(sourceCode: SourceCode): KafkaAnalysis | null {
  const imports = indexImports(sourceCode);
  if (imports.libraries.size === 0 && !sourceCode.text.includes('import(')) return null;
  const candidates = collectCandidates(sourceCode.ast, sourceCode.visitorKeys);
  for (const library of dynamicLibraries(candidates.dynamicImports)) imports.libraries.add(library);
  if (imports.libraries.size === 0) return null;

  const tracker = new Tracker(sourceCode, imports, candidates);
  // The NestJS transports must be known before any value is traced: they decide whether a `ClientProxy` is Kafka.
  const registry = buildNestRegistry(tracker, candidates.transportObjects);
  tracker.proxyPolicy = proxyPolicy(registry);
  const context: ExtractContext = { sourceCode, tracker, readObjects: new Set() };
  const builder = new ModelBuilder(context);

  for (const call of candidates.calls) {
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) continue;
    const method = memberName(callee);
    if (method === undefined) continue;
    const receiver = tracker.instanceOf(callee.object);
    if (receiver) builder.methodCall(call, receiver, method);
    else if (tracker.exportOf(callee.object)) {
      const created = tracker.instanceOf(call);
      if (created) builder.factoryCall(call, created);
    }
  }
  for (const node of candidates.news) {
    const created = tracker.instanceOf(node);
    if (created) builder.construction(node, created);
  }
  for (const transport of registry.kafka) {
    context.readObjects.add(transport);
    builder.views.push(...nestViews(context, transport));
  }
  for (const typed of candidates.typedValues) {
    const view = typedConfigView(context, typed);
    if (view) builder.views.push(view);
  }
  for (const method of candidates.decoratedMethods) {
    const site = patternHandler(tracker, method, registry);
    if (site) builder.patternHandlers.push(site);
  }

  return {
    tracker,
    model: {
      libraries: imports.libraries,
      views: builder.views.sort(byPosition((view) => view.anchor.range[0])),
      messages: builder.messages.sort(byPosition((site) => site.node.range[0])),
      handlers: builder.handlers,
      calls: builder.calls,
      patternHandlers: builder.patternHandlers,
    },
  };
}
