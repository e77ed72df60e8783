import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { ConfigView } from '../core/config-view.js';
import { findProperty, memberName, skipTransparent, spanOf } from './ast.js';
import { kafkajsDialect, VIEW_PLACES, type OptionsKind } from './dialects.js';
import { evaluate } from './evaluate.js';
import { isExport } from './libraries.js';
import { makeInsert, newSink, readOptions, type ExtractContext } from './options.js';
import { isClosedObject, memberOf, resolveObject, writtenMemberOf, type Located } from './resolve.js';
import { lookUp } from './scope.js';
import type { Tracker } from './tracking.js';
import { createView } from './view.js';

/** Which end of the transport an options object configures: a client (`ClientKafka`) or a microservice server. */
export type NestSide = 'client' | 'server';

/** The NestJS transports a file configures. */
export interface NestRegistry {
  /** Options objects with `transport: Transport.KAFKA`. */
  kafka: TSESTree.ObjectExpression[];
  /** Whether some options object configures another (or an unknown) transport. */
  hasOtherTransports: boolean;
  /** Registered client names (`ClientsModule.register([{ name: 'ORDERS', transport }])`) and whether each is Kafka. */
  names: Map<string, boolean>;
}

const MAX_CLIMB = 12;

/** The `name` a client registration gives its options: on the options object itself or on the `registerAsync` item around its factory. */
function registrationName(tracker: Tracker, object: TSESTree.ObjectExpression): string | undefined {
  let current: TSESTree.Node | undefined = object;
  for (let step = 0; current && step < MAX_CLIMB; step++, current = current.parent) {
    if (current.type !== AST_NODE_TYPES.ObjectExpression) continue;
    const name = findProperty(current, 'name');
    const value = name && evaluate(name.value, tracker.scopeOf(name.value));
    if (typeof value?.value === 'string') return value.value;
  }
  return undefined;
}

export function buildNestRegistry(tracker: Tracker, transportObjects: readonly TSESTree.ObjectExpression[]): NestRegistry {
  const registry: NestRegistry = { kafka: [], hasOtherTransports: false, names: new Map() };
  for (const object of transportObjects) {
    const isKafka = tracker.isKafkaTransportOptions(object);
    if (isKafka) registry.kafka.push(object);
    else registry.hasOtherTransports = true;
    const name = registrationName(tracker, object);
    if (name !== undefined) registry.names.set(name, isKafka);
  }
  return registry;
}

/**
 * Whether a `ClientProxy` injected under `token` publishes to Kafka: its registration in this file
 * says so. A token this file does not register is registered elsewhere, with a transport it cannot
 * tell. Without a token, the proxy is Kafka when every transport the file configures is.
 */
export function proxyPolicy(registry: NestRegistry): (token: string | undefined) => boolean {
  return (token) => {
    if (token !== undefined) return registry.names.get(token) === true;
    return registry.kafka.length > 0 && !registry.hasOtherTransports;
  };
}

const CLIENT_FACTORIES = new Set(['register', 'registerAsync', 'create']);
const SERVER_FACTORIES = new Set(['createMicroservice', 'connectMicroservice']);

/** The side a call configures when it receives options: `ClientsModule.register`, `ClientProxyFactory.create`, `createMicroservice`. */
function sideOfCall(tracker: Tracker, call: TSESTree.CallExpression): NestSide | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const method = memberName(callee);
  if (method !== undefined && SERVER_FACTORIES.has(method)) return 'server';
  if (method === undefined || !CLIENT_FACTORIES.has(method)) return undefined;
  const owner = tracker.exportOf(callee.object);
  return owner && (isExport(owner, 'nestjs', 'ClientsModule') || isExport(owner, 'nestjs', 'ClientProxyFactory')) ? 'client' : undefined;
}

/** `@Client({...})` configures a client. */
function sideOfDecorator(tracker: Tracker, call: TSESTree.CallExpression): NestSide | undefined {
  const ref = tracker.exportOf(call.callee);
  return ref && isExport(ref, 'nestjs', 'Client') ? 'client' : undefined;
}

/** The side a typed options constant configures: `MicroserviceOptions` is a server's, `ClientProviderOptions` a client's. */
function sideOfType(tracker: Tracker, declarator: TSESTree.VariableDeclarator): NestSide | undefined {
  const annotation = declarator.id.type === AST_NODE_TYPES.Identifier ? declarator.id.typeAnnotation?.typeAnnotation : undefined;
  if (annotation?.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
  const ref = tracker.typeRef(annotation.typeName);
  if (!ref) return undefined;
  if (isExport(ref, 'nestjs', 'MicroserviceOptions')) return 'server';
  if (isExport(ref, 'nestjs', 'ClientProviderOptions') || isExport(ref, 'nestjs', 'ClientOptions')) return 'client';
  return undefined;
}

/**
 * Whether options serve a client or a server, from where they are written: climbing through arrays,
 * object properties, factory functions (`useFactory: () => ({...})`) and `const` declarations (whose
 * uses are followed) up to the NestJS call or decorator that takes them.
 */
export function nestSide(tracker: Tracker, object: TSESTree.Node, depth = 0): NestSide | undefined {
  let child: TSESTree.Node = object;
  let current = object.parent;
  for (let step = 0; current && step < MAX_CLIMB; step++, child = current, current = current.parent) {
    switch (current.type) {
      case AST_NODE_TYPES.CallExpression:
        if (current.callee === child) return undefined;
        return current.parent.type === AST_NODE_TYPES.Decorator ? sideOfDecorator(tracker, current) : sideOfCall(tracker, current);
      case AST_NODE_TYPES.VariableDeclarator:
        return current.init === child && depth < 3 ? sideOfConstant(tracker, current, depth) : undefined;
      case AST_NODE_TYPES.NewExpression:
      case AST_NODE_TYPES.ClassBody:
      case AST_NODE_TYPES.Program:
        return undefined;
      default:
        break;
    }
  }
  return undefined;
}

function sideOfConstant(tracker: Tracker, declarator: TSESTree.VariableDeclarator, depth: number): NestSide | undefined {
  const typed = sideOfType(tracker, declarator);
  if (typed || declarator.id.type !== AST_NODE_TYPES.Identifier) return typed;
  const variable = lookUp(tracker.scopeOf(declarator.id), declarator.id.name);
  const sides = new Set<NestSide | undefined>();
  for (const reference of variable?.references ?? []) {
    if (!reference.init) sides.add(nestSide(tracker, reference.identifier, depth + 1));
  }
  const [side] = sides;
  return sides.size === 1 ? side : undefined;
}

const SECTIONS: readonly OptionsKind[] = ['client', 'consumer', 'producer', 'run', 'send'];

/** The sections a side uses even when they are not written: a client produces, a server consumes. */
const IMPLIED: Readonly<Record<NestSide, readonly OptionsKind[]>> = {
  client: ['producer', 'send'],
  server: ['consumer', 'run'],
};

/**
 * The views of a NestJS Kafka transport's options: `options.client` (common), `options.producer`,
 * `options.consumer`, `options.run` and `options.send`. A section the side relies on but does not
 * write (a client's `producer`) is an empty view anchored on `options`, so that missing settings can
 * be reported and added there.
 */
export function nestViews(context: ExtractContext, transport: TSESTree.ObjectExpression): ConfigView[] {
  const { tracker } = context;
  const root: Located<TSESTree.ObjectExpression> = { node: transport, scope: tracker.scopeOf(transport) };
  const optionsProperty = findProperty(transport, 'options');
  const options = optionsProperty ? resolveObject(optionsProperty.value, root.scope) : undefined;
  if (optionsProperty && !options) return [];
  const optionsComplete = options ? isClosedObject(options) : true;
  const side = nestSide(tracker, transport);
  const implied = side ? IMPLIED[side] : [];
  const views: ConfigView[] = [];
  for (const kind of SECTIONS) {
    const dialect = kafkajsDialect(kind, 'nestjs');
    const place = VIEW_PLACES[kind];
    const section = options && writtenMemberOf(options, kind);
    if (section) {
      const object = resolveObject(section.node, section.scope);
      const sink = newSink();
      if (object) readOptions(context, object, { dialect, table: dialect.table, rank: 1, prefix: '' }, sink);
      views.push(
        createView({
          ...place,
          client: dialect.client,
          dialect: dialect.dialect,
          ...sink,
          // A later spread of `options` that cannot be seen may replace the section.
          complete: object !== undefined && sink.complete && memberOf(options, kind) !== undefined,
          anchor: spanOf(object?.node ?? section.node),
          insert: object ? makeInsert(context, { object: object.node, path: [] }, dialect) : undefined,
        }),
      );
    } else if (implied.includes(kind)) {
      views.push(
        createView({
          ...place,
          client: dialect.client,
          dialect: dialect.dialect,
          entries: [],
          ranks: [],
          complete: optionsComplete,
          anchor: spanOf(options?.node ?? transport),
          insert: makeInsert(context, options ? { object: options.node, path: [kind] } : { object: transport, path: ['options', kind] }, dialect),
        }),
      );
    }
  }
  return views;
}
