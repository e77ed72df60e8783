import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { enclosingFunction, type FunctionNode, isFunctionNode, isNode, literalKeyName, memberName, skipTransparent } from '../code/ast.js';
import { getTrackedClient } from '../code/index.js';
import { libraryOfModule } from '../code/libraries.js';
import type { KafkaFileModel } from '../code/model.js';
import { DefinitionType, isSingleAssignment, pathInPattern } from '../code/scope.js';
import { createRule } from '../util/create-rule.js';
import { visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'ownOffset' | 'commitNext';

type Context = Readonly<TSESLint.RuleContext<MessageId, Options>>;

/**
 * What an expression is, as far as offsets go. `payload` is the argument of an `eachMessage` /
 * `eachBatch` handler, `context` a NestJS `KafkaContext`; `offset` is a message's own offset (a
 * string in the KafkaJS APIs). The `rd-` kinds are node-rdkafka's, whose offsets are numbers.
 */
type Kind = 'payload' | 'batch' | 'messages' | 'message' | 'offset' | 'context' | 'rd-messages' | 'rd-message' | 'rd-offset';

/** Commit calls on tracked clients that take offsets as given, by the kind of their receiver. */
const COMMIT_METHODS: Readonly<Record<string, ReadonlySet<string>>> = {
  // kafkajs and Confluent `commitOffsets([...])`; node-rdkafka `commit(tp)`, `commitSync(tp)`, `offsetsStore([...])`.
  consumer: new Set(['commitOffsets', 'commit', 'commitSync', 'offsetsStore']),
  transaction: new Set(['sendOffsets']),
  // The Confluent client's transaction is the producer itself.
  producer: new Set(['sendOffsets']),
};

/** Array methods whose callback receives each element first. */
const ELEMENT_CALLBACKS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findLast']);
/** Array methods that return one of the elements. */
const ELEMENT_PICKERS = new Set(['at', 'find', 'findLast', 'pop', 'shift']);
/** Global conversions that keep the value an offset: `String(message.offset)`. */
const CONVERSIONS = new Set(['String', 'Number', 'BigInt', 'parseInt']);

/** kafkajs / Confluent / NestJS types that say what a parameter is. */
const KAFKA_TYPES: Readonly<Record<string, Kind>> = {
  EachMessagePayload: 'payload',
  EachBatchPayload: 'payload',
  KafkaMessage: 'message',
  Batch: 'batch',
  KafkaContext: 'context',
};

const MAX_DEPTH = 24;
const PENDING = Symbol('pending');

/** Yields `root` and every node below it (nested functions included), type annotations left out. */
function* descendants(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): Generator<TSESTree.Node> {
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    yield node;
    for (const key of visitorKeys[node.type] ?? []) {
      if (key === 'typeAnnotation' || key === 'returnType') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? (value as unknown[]) : [value]) if (isNode(child)) stack.push(child);
    }
  }
}

function isBuiltIn(scope: TSESLint.Scope.Scope, name: string): boolean {
  const variable = ASTUtils.findVariable(scope, name);
  return variable === null || variable.defs.length === 0;
}

/** The name a member is read with: `offset` for `m.offset` and `m['offset']`; `'#index'` for `messages[i]`. */
function accessKey(node: TSESTree.MemberExpression): string | undefined {
  const name = memberName(node);
  if (name !== undefined) return /^\d+$/.test(name) ? '#index' : name;
  return node.computed ? '#index' : undefined;
}

/** What reading `key` of a value of kind `kind` gives. */
function step(kind: Kind | undefined, key: string): Kind | undefined {
  switch (kind) {
    case 'payload':
      return key === 'message' ? 'message' : key === 'batch' ? 'batch' : undefined;
    case 'batch':
      return key === 'messages' ? 'messages' : undefined;
    case 'messages':
      return key === '#index' ? 'message' : undefined;
    case 'rd-messages':
      return key === '#index' ? 'rd-message' : undefined;
    case 'message':
      return key === 'offset' ? 'offset' : undefined;
    case 'rd-message':
      return key === 'offset' ? 'rd-offset' : undefined;
    default:
      return undefined;
  }
}

function elementOf(kind: Kind | undefined): Kind | undefined {
  return kind === 'messages' ? 'message' : kind === 'rd-messages' ? 'rd-message' : undefined;
}

function isOffset(kind: Kind | undefined): kind is 'offset' | 'rd-offset' {
  return kind === 'offset' || kind === 'rd-offset';
}

/** The parameter of `fn` that declares `name`, and its position. */
function parameterOf(fn: FunctionNode, name: TSESTree.Identifier): { param: TSESTree.Parameter; index: number } | undefined {
  const index = fn.params.findIndex((param) => param.range[0] <= name.range[0] && name.range[1] <= param.range[1]);
  const param = fn.params[index];
  return param ? { param, index } : undefined;
}

/** The binding pattern of a parameter, without its default value or TypeScript parameter property. */
function bindingOf(param: TSESTree.Parameter): TSESTree.Node {
  let binding: TSESTree.Node = param;
  if (binding.type === AST_NODE_TYPES.TSParameterProperty) binding = binding.parameter;
  if (binding.type === AST_NODE_TYPES.AssignmentPattern) binding = binding.left;
  return binding;
}

/**
 * Finds out whether an expression is the offset of a message the code is handling: `message.offset`
 * of an `eachMessage` payload, of a loop variable over `batch.messages`, `batch.lastOffset()`, a
 * NestJS `context.getMessage().offset`, a node-rdkafka `data` event's message — also through
 * `const`s, destructuring, conversions, typed parameters and local functions called with them.
 */
class OffsetTracer {
  private readonly memo = new Map<TSESTree.Node, Kind | null | typeof PENDING>();
  private readonly handlerFns: ReadonlySet<TSESTree.Node>;
  private callIndex: TSESTree.CallExpression[] | undefined;
  private depth = 0;

  constructor(
    private readonly context: Context,
    model: KafkaFileModel,
  ) {
    this.handlerFns = new Set(model.handlers.map((handler) => handler.fn));
  }

  kindOf(node: TSESTree.Node): Kind | undefined {
    const known = this.memo.get(node);
    if (known === PENDING || known === null) return undefined;
    if (known !== undefined) return known;
    if (this.depth >= MAX_DEPTH) return undefined;
    this.memo.set(node, PENDING);
    this.depth++;
    try {
      const kind = this.compute(node);
      this.memo.set(node, kind ?? null);
      return kind;
    } finally {
      this.depth--;
    }
  }

  /** The offset expression inside conversions: `message.offset` for `String(message.offset)`. */
  innerOffset(node: TSESTree.Node): TSESTree.Node {
    const bare = skipTransparent(node);
    const inner = this.conversionArgument(bare);
    return inner && isOffset(this.kindOf(inner)) ? this.innerOffset(inner) : bare;
  }

  private conversionArgument(node: TSESTree.Node): TSESTree.Node | undefined {
    if (node.type === AST_NODE_TYPES.TemplateLiteral) {
      const [expression] = node.expressions;
      const blank = node.quasis.every((quasi) => quasi.value.cooked === '');
      return node.expressions.length === 1 && blank ? expression : undefined;
    }
    if (node.type !== AST_NODE_TYPES.CallExpression) return undefined;
    const callee = skipTransparent(node.callee);
    const [first] = node.arguments;
    if (callee.type === AST_NODE_TYPES.Identifier && CONVERSIONS.has(callee.name) && first?.type !== AST_NODE_TYPES.SpreadElement) {
      return first && isBuiltIn(this.context.sourceCode.getScope(node), callee.name) ? first : undefined;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && memberName(callee) === 'toString' && node.arguments.length === 0) {
      return callee.object;
    }
    return undefined;
  }

  private compute(node: TSESTree.Node): Kind | undefined {
    const bare = skipTransparent(node);
    const converted = this.conversionArgument(bare);
    if (converted) return isOffset(this.kindOf(converted)) ? this.kindOf(converted) : undefined;
    switch (bare.type) {
      case AST_NODE_TYPES.Identifier:
        return this.kindOfIdentifier(bare);
      case AST_NODE_TYPES.MemberExpression: {
        const key = accessKey(bare);
        return key === undefined ? undefined : step(this.kindOf(bare.object), key);
      }
      case AST_NODE_TYPES.AwaitExpression:
        return this.kindOf(bare.argument);
      case AST_NODE_TYPES.CallExpression:
        return this.kindOfCall(bare);
      default:
        return undefined;
    }
  }

  private kindOfCall(call: TSESTree.CallExpression): Kind | undefined {
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(callee);
    if (method === undefined) return undefined;
    const receiver = this.kindOf(callee.object);
    if (receiver === 'batch' && method === 'lastOffset') return 'offset';
    if (receiver === 'context' && method === 'getMessage') return 'message';
    return ELEMENT_PICKERS.has(method) ? elementOf(receiver) : undefined;
  }

  private kindOfIdentifier(identifier: TSESTree.Identifier): Kind | undefined {
    const variable = ASTUtils.findVariable(this.context.sourceCode.getScope(identifier), identifier);
    const definition = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || !definition) return undefined;
    const name = definition.name as TSESTree.Identifier;
    if (definition.type === DefinitionType.Variable) {
      const declarator = definition.node;
      const loop = declarator.parent.parent;
      const path = pathInPattern(declarator.id, name);
      if (!path) return undefined;
      if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === declarator.parent) {
        return this.follow(elementOf(this.kindOf(loop.right)), path);
      }
      if (!declarator.init || !isSingleAssignment(variable)) return undefined;
      return this.follow(this.kindOf(declarator.init), path);
    }
    if (definition.type === DefinitionType.Parameter && isFunctionNode(definition.node)) {
      const found = parameterOf(definition.node, name);
      const path = found && pathInPattern(bindingOf(found.param), name);
      return found && path ? this.follow(this.parameterKind(definition.node, found.param, found.index), path) : undefined;
    }
    return undefined;
  }

  /** The kind reached by reading a destructuring path from a value of kind `kind`. */
  private follow(kind: Kind | undefined, path: readonly string[]): Kind | undefined {
    let current = kind;
    for (const key of path) current = step(current, /^\d+$/.test(key) ? '#index' : key);
    return current;
  }

  private parameterKind(fn: FunctionNode, param: TSESTree.Parameter, index: number): Kind | undefined {
    const typed = this.typedKind(bindingOf(param));
    if (typed) return typed;
    if (index === 0 && this.handlerFns.has(fn)) return 'payload';
    const fromCaller = this.callbackKind(fn, index);
    if (fromCaller) return fromCaller;
    return this.callSiteKind(fn, index);
  }

  /** `message: KafkaMessage`, `{ message }: EachMessagePayload`, `ctx: KafkaContext`, `m: EachMessagePayload['message']`. */
  private typedKind(binding: TSESTree.Node): Kind | undefined {
    if (!('typeAnnotation' in binding) || !binding.typeAnnotation || binding.typeAnnotation.type !== AST_NODE_TYPES.TSTypeAnnotation) {
      return undefined;
    }
    return this.kindOfType(binding.typeAnnotation.typeAnnotation);
  }

  private kindOfType(type: TSESTree.TypeNode): Kind | undefined {
    if (type.type === AST_NODE_TYPES.TSIndexedAccessType) {
      const index = type.indexType;
      const key = index.type === AST_NODE_TYPES.TSLiteralType && index.literal.type === AST_NODE_TYPES.Literal ? index.literal.value : undefined;
      return typeof key === 'string' ? step(this.kindOfType(type.objectType), key) : undefined;
    }
    if (type.type !== AST_NODE_TYPES.TSTypeReference) return undefined;
    let name = type.typeName;
    let root = name;
    while (root.type === AST_NODE_TYPES.TSQualifiedName) root = root.left;
    if (name.type === AST_NODE_TYPES.TSQualifiedName) name = name.right;
    if (name.type !== AST_NODE_TYPES.Identifier || root.type !== AST_NODE_TYPES.Identifier) return undefined;
    if (!Object.hasOwn(KAFKA_TYPES, name.name) || !this.isKafkaImport(root)) return undefined;
    return KAFKA_TYPES[name.name];
  }

  /** Whether a type name is imported from a Kafka client module. */
  private isKafkaImport(identifier: TSESTree.Identifier): boolean {
    const variable = ASTUtils.findVariable(this.context.sourceCode.getScope(identifier), identifier.name);
    const definition = variable?.defs[0];
    if (definition?.type !== DefinitionType.ImportBinding) return false;
    const declaration = definition.parent;
    return declaration.type === AST_NODE_TYPES.ImportDeclaration && libraryOfModule(declaration.source.value) !== undefined;
  }

  /** A callback given the messages: `batch.messages.forEach((m) => ...)`, node-rdkafka `consumer.on('data', (m) => ...)`. */
  private callbackKind(fn: FunctionNode, index: number): Kind | undefined {
    const call = fn.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(fn as TSESTree.CallExpressionArgument)) return undefined;
    const callee = skipTransparent(call.callee);
    if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const method = memberName(callee);
    if (method !== undefined && ELEMENT_CALLBACKS.has(method) && call.arguments[0] === fn && index === 0) {
      return elementOf(this.kindOf(callee.object));
    }
    const client = getTrackedClient(this.context, callee.object);
    if (client?.kind !== 'consumer') return undefined;
    const [event] = call.arguments;
    if (method === 'on' && event?.type === AST_NODE_TYPES.Literal && event.value === 'data' && call.arguments[1] === fn && index === 0) {
      return 'rd-message';
    }
    // node-rdkafka `consumer.consume(count, (error, messages) => ...)`.
    return method === 'consume' && call.arguments.length === 2 && call.arguments[1] === fn && index === 1 ? 'rd-messages' : undefined;
  }

  /** A local function every call of which passes the same kind of value: `handle(message)`, `this.commit(m)`. */
  private callSiteKind(fn: FunctionNode, index: number): Kind | undefined {
    const calls = this.callSites(fn);
    if (!calls || calls.length === 0) return undefined;
    let kind: Kind | undefined;
    for (const call of calls) {
      const argument = call.arguments[index];
      if (!argument || call.arguments.slice(0, index + 1).some((item) => item.type === AST_NODE_TYPES.SpreadElement)) return undefined;
      const passed = this.kindOf(argument);
      if (!passed || (kind !== undefined && passed !== kind)) return undefined;
      kind = passed;
    }
    return kind;
  }

  private callSites(fn: FunctionNode): TSESTree.CallExpression[] | undefined {
    const owner = fn.parent;
    if (owner?.type === AST_NODE_TYPES.MethodDefinition && owner.kind === 'method') {
      const name = memberName(owner);
      const body = owner.parent;
      if (name === undefined) return undefined;
      return this.calls().filter((call) => {
        const callee = skipTransparent(call.callee);
        return (
          callee.type === AST_NODE_TYPES.MemberExpression &&
          skipTransparent(callee.object).type === AST_NODE_TYPES.ThisExpression &&
          memberName(callee) === name &&
          body.range[0] <= call.range[0] &&
          call.range[1] <= body.range[1]
        );
      });
    }
    const scopeManager = this.context.sourceCode.scopeManager;
    let variable: TSESLint.Scope.Variable | undefined;
    if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) {
      variable = scopeManager?.getDeclaredVariables(fn).find((candidate) => candidate.name === fn.id?.name);
    } else if (owner?.type === AST_NODE_TYPES.VariableDeclarator && owner.init === fn && owner.id.type === AST_NODE_TYPES.Identifier) {
      variable = scopeManager?.getDeclaredVariables(owner)[0];
    }
    if (!variable) return undefined;
    const calls: TSESTree.CallExpression[] = [];
    for (const reference of variable.references) {
      if (reference.init) continue;
      const parent = reference.identifier.parent;
      if (parent?.type !== AST_NODE_TYPES.CallExpression || parent.callee !== reference.identifier) return undefined;
      calls.push(parent);
    }
    return calls;
  }

  private calls(): TSESTree.CallExpression[] {
    if (!this.callIndex) {
      this.callIndex = [];
      for (const node of descendants(this.context.sourceCode.ast, this.context.sourceCode.visitorKeys)) {
        if (node.type === AST_NODE_TYPES.CallExpression) this.callIndex.push(node);
      }
    }
    return this.callIndex;
  }
}

/** The name of a property written as `offset`, `'offset'` or `["offset"]`. */
function propertyName(property: TSESTree.Property): string | undefined {
  return literalKeyName(property.key, property.computed);
}

/**
 * The `offset` properties of the offsets a commit call is given: in the argument, in the objects and
 * arrays it holds (through `const`s and `push` calls on them), and in the callbacks that build them
 * (`messages.map((m) => ({ ..., offset: m.offset }))`).
 */
function offsetProperties(context: Context, argument: TSESTree.Node): TSESTree.Property[] {
  const found: TSESTree.Property[] = [];
  const followed = new Set<TSESLint.Scope.Variable>();
  const pending: TSESTree.Node[] = [argument];
  while (pending.length > 0) {
    const root = pending.pop()!;
    for (const node of descendants(root, context.sourceCode.visitorKeys)) {
      if (node.type === AST_NODE_TYPES.Property && propertyName(node) === 'offset') {
        if (flowsInto(node.parent, root)) found.push(node);
        continue;
      }
      if (node.type !== AST_NODE_TYPES.Identifier || !isValuePosition(node)) continue;
      const variable = ASTUtils.findVariable(context.sourceCode.getScope(node), node);
      if (!variable || followed.has(variable) || variable.defs.length !== 1) continue;
      followed.add(variable);
      const definition = variable.defs[0];
      if (definition?.type === DefinitionType.Variable && definition.node.id === definition.name && definition.node.init) {
        pending.push(definition.node.init);
      }
      for (const reference of variable.references) {
        // `offsets.push({ topic, partition, offset })`
        const member = reference.identifier.parent;
        const call = member?.parent;
        if (member?.type === AST_NODE_TYPES.MemberExpression && memberName(member) === 'push' && call?.type === AST_NODE_TYPES.CallExpression && call.callee === member) {
          pending.push(...call.arguments);
        }
      }
    }
  }
  return found;
}

/**
 * Whether an object literal ends up in `root`'s value: held in arrays and objects, returned by the
 * callbacks that build it (`messages.map((m) => ({ ... }))`), not merely logged on the way.
 */
function flowsInto(object: TSESTree.Node, root: TSESTree.Node): boolean {
  let child = object;
  let node = object.parent;
  while (child !== root) {
    if (!node) return false;
    switch (node.type) {
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.ObjectExpression:
      case AST_NODE_TYPES.Property:
      case AST_NODE_TYPES.SpreadElement:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.ChainExpression:
        break;
      case AST_NODE_TYPES.ConditionalExpression:
        if (node.test === child) return false;
        break;
      case AST_NODE_TYPES.ArrowFunctionExpression:
        if (node.body !== child) return false;
        break;
      case AST_NODE_TYPES.ReturnStatement: {
        // What a callback returns: continue from the function.
        const fn = enclosingFunction(node);
        if (!fn) return false;
        child = fn;
        node = fn.parent;
        continue;
      }
      case AST_NODE_TYPES.CallExpression:
        if (node.callee === child) return false;
        break;
      case AST_NODE_TYPES.MemberExpression:
        if (node.object !== child) return false;
        break;
      default:
        return false;
    }
    child = node;
    node = node.parent;
  }
  return true;
}

/** Whether an identifier stands for a value that becomes part of the offsets (not a key, a callee or an object read from). */
function isValuePosition(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.CallExpression:
      return parent.callee !== identifier;
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.SpreadElement:
      return true;
    case AST_NODE_TYPES.Property:
      return parent.value === identifier && propertyName(parent) !== 'offset';
    default:
      return false;
  }
}

/** The name of a called function: `commitOffsetsIfNecessary` for `commitOffsetsIfNecessary(...)` and `payload.commitOffsetsIfNecessary(...)`. */
function calleeName(call: TSESTree.CallExpression): string | undefined {
  const callee = skipTransparent(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  return callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
}

/** TypeScript's `ScriptTarget.ES2020`. */
const TS_TARGET_ES2020 = 7;

/**
 * BigInt literals (`1n`) need ES2020: older targets get the `Number` form, exact up to 2^53. The
 * target is the parser's `ecmaVersion` for JavaScript, and the program's `target` with type information.
 */
function supportsBigInt(context: Context): boolean {
  const program = context.sourceCode.parserServices?.program;
  const target = program?.getCompilerOptions().target;
  if (typeof target === 'number') return target >= TS_TARGET_ES2020;
  const version = context.languageOptions.ecmaVersion;
  return typeof version !== 'number' || version >= 2020;
}

export default createRule<Options, MessageId>({
  name: 'commit-next-offset',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require committed offsets to be the next offset to read, the handled message\'s offset + 1',
      pitfall: 'duplication',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      ownOffset:
        '`{{value}}` is the offset of the message just handled, but `{{method}}()` stores the offset the group resumes from: after a restart or a rebalance that message is delivered and processed a second time. Commit the next offset, the message\'s offset + 1.',
      commitNext: 'Commit `{{replacement}}`.',
    },
    schema: [],
  },
  create(context) {
    return visitKafka(context, {
      code(model) {
        const tracer = new OffsetTracer(context, model);
        const reported = new Set<TSESTree.Node>();
        const bigint = supportsBigInt(context);

        function check(call: TSESTree.CallExpression, method: string): void {
          const [argument] = call.arguments;
          if (!argument) return;
          for (const property of offsetProperties(context, argument)) {
            const value = property.value;
            const kind = tracer.kindOf(value);
            if (!isOffset(kind) || reported.has(value)) continue;
            reported.add(value);
            const inner = context.sourceCode.getText(tracer.innerOffset(value));
            const replacement =
              kind === 'rd-offset' ? `${inner} + 1` : bigint ? `(BigInt(${inner}) + 1n).toString()` : `(Number(${inner}) + 1).toString()`;
            const target = property.shorthand ? property : value;
            const text = property.shorthand ? `${context.sourceCode.getText(property.key)}: ${replacement}` : replacement;
            context.report({
              node: value,
              messageId: 'ownOffset',
              data: { value: context.sourceCode.getText(value), method },
              suggest: [{ messageId: 'commitNext', data: { replacement }, fix: (fixer) => fixer.replaceText(target, text) }],
            });
          }
        }

        for (const call of model.calls) {
          if (COMMIT_METHODS[call.kind]?.has(call.method)) check(call.node, call.method);
        }
        // eachBatch's `commitOffsetsIfNecessary(offsets)` commits the offsets it is given, as given.
        const handlerBodies = new Set(model.handlers.flatMap((handler) => [handler.fn, handler.delegate]));
        for (const fn of handlerBodies) {
          if (!fn?.body) continue;
          for (const node of descendants(fn.body, context.sourceCode.visitorKeys)) {
            if (node.type === AST_NODE_TYPES.CallExpression && calleeName(node) === 'commitOffsetsIfNecessary') check(node, 'commitOffsetsIfNecessary');
          }
        }
      },
    });
  },
});
