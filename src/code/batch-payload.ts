import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

import { isFunctionNode, memberName, nodesIn, skipTransparent, type FunctionNode } from './ast.js';
import { resolveFunctions } from './index.js';
import type { HandlerSite } from './model.js';

/**
 * What an `eachBatch` handler does with its payload — the batch, its messages, `resolveOffset`,
 * `heartbeat`, `isRunning` — followed into the helpers it hands them to. Shared by the eachBatch rules.
 */

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;


/** The functions of the eachBatch payload (kafkajs and the Confluent client share the names). */
export type PayloadFunction =
  | 'heartbeat'
  | 'isRunning'
  | 'isStale'
  | 'resolveOffset'
  | 'commitOffsetsIfNecessary'
  | 'uncommittedOffsets'
  | 'pause';

const PAYLOAD_FUNCTIONS: ReadonlySet<string> = new Set<PayloadFunction>([
  'heartbeat',
  'isRunning',
  'isStale',
  'resolveOffset',
  'commitOffsetsIfNecessary',
  'uncommittedOffsets',
  'pause',
]);

/** What a value of the handler is: the payload, its `batch`, `batch.messages`, or one of its functions. */
export type PayloadPart = 'payload' | 'batch' | 'messages' | PayloadFunction;

export type MessageLoop = TSESTree.ForOfStatement | TSESTree.ForStatement;

/** How far the payload is followed into the functions it is handed to: handler → delegate → helper. */
const MAX_FOLLOW_DEPTH = 2;
const MAX_FUNCTIONS = 16;

export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return inner.range[0] >= outer.range[0] && inner.range[1] <= outer.range[1];
}

function childPart(part: PayloadPart, name: string): PayloadPart | undefined {
  if (part === 'payload') {
    if (name === 'batch') return 'batch';
    return PAYLOAD_FUNCTIONS.has(name) ? (name as PayloadFunction) : undefined;
  }
  return part === 'batch' && name === 'messages' ? 'messages' : undefined;
}

/** Parts worth following into a function they are passed to. */
const DATA_PARTS: ReadonlySet<PayloadPart | undefined> = new Set<PayloadPart>(['payload', 'batch', 'messages']);

/**
 * One `eachBatch` handler and the functions it hands its payload, batch or messages to
 * (`(payload) => this.handle(payload)`, `await this.process(batch, heartbeat)`), with the variables
 * that hold each part of the payload: `({ batch, heartbeat })`, `({ batch: { messages } })`,
 * `payload.batch.messages`, `const { messages } = batch`.
 */
export class BatchHandler {
  /** The handler first, then the functions it passes payload parts to. */
  readonly functions: FunctionNode[] = [];
  /** Pattern identifiers that bind a part of the payload. */
  private readonly bindings = new Map<TSESTree.Identifier, PayloadPart>();
  private loops: MessageLoop[] | undefined;

  constructor(
    private readonly context: Context,
    readonly site: HandlerSite,
  ) {
    if (!isFunctionNode(site.fn)) return;
    const queue: { fn: FunctionNode; depth: number }[] = [];
    const enqueue = (fn: FunctionNode, parts: readonly (PayloadPart | undefined)[], depth: number): void => {
      if (this.functions.includes(fn) || this.functions.length >= MAX_FUNCTIONS) return;
      fn.params.forEach((param, index) => this.bind(param, parts[index]));
      this.functions.push(fn);
      queue.push({ fn, depth });
    };
    const drain = (): void => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        this.readDeclarations(next.fn);
        if (next.depth >= MAX_FOLLOW_DEPTH) continue;
        for (const node of nodesIn(next.fn.body, true)) {
          if (node.type !== AST_NODE_TYPES.CallExpression) continue;
          const parts = node.arguments.map((argument) => (argument.type === AST_NODE_TYPES.SpreadElement ? undefined : this.partOf(argument)));
          if (!parts.some((part) => DATA_PARTS.has(part))) continue;
          for (const target of resolveFunctions(context, node.callee)) {
            if (isFunctionNode(target)) enqueue(target, parts, next.depth + 1);
          }
        }
      }
    };
    enqueue(site.fn, ['payload'], 0);
    drain();
    // A delegate the search above misses (the wrapper spreads the payload) still receives the payload.
    if (site.delegate && isFunctionNode(site.delegate)) {
      enqueue(site.delegate, ['payload'], MAX_FOLLOW_DEPTH);
      drain();
    }
  }

  private bind(pattern: TSESTree.Node | null | undefined, part: PayloadPart | undefined): void {
    if (!pattern || !part) return;
    switch (pattern.type) {
      case AST_NODE_TYPES.Identifier:
        this.bindings.set(pattern, part);
        return;
      case AST_NODE_TYPES.AssignmentPattern:
        this.bind(pattern.left, part);
        return;
      case AST_NODE_TYPES.TSParameterProperty:
        this.bind(pattern.parameter, part);
        return;
      case AST_NODE_TYPES.ObjectPattern:
        for (const property of pattern.properties) {
          if (property.type === AST_NODE_TYPES.RestElement) {
            this.bind(property.argument, part);
            continue;
          }
          const name = memberName(property);
          if (name !== undefined) this.bind(property.value, childPart(part, name));
        }
        return;
      default:
        return;
    }
  }

  /** `const { batch } = payload`, `const messages = batch.messages`, `const { heartbeat } = payload` in the body. */
  private readDeclarations(fn: FunctionNode): void {
    for (const node of nodesIn(fn.body, true)) {
      if (node.type === AST_NODE_TYPES.VariableDeclarator && node.init) this.bind(node.id, this.partOf(node.init));
    }
  }

  private variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | null {
    return ASTUtils.findVariable(this.context.sourceCode.getScope(identifier), identifier);
  }

  /** What part of the payload an expression is, if any. */
  partOf(node: TSESTree.Node): PayloadPart | undefined {
    const bare = skipTransparent(node);
    if (bare.type === AST_NODE_TYPES.Identifier) {
      const variable = this.variableOf(bare);
      for (const identifier of variable?.identifiers ?? []) {
        const part = this.bindings.get(identifier);
        if (part) return part;
      }
      return undefined;
    }
    if (bare.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const name = memberName(bare);
    const owner = name === undefined ? undefined : this.partOf(bare.object);
    return owner && childPart(owner, name!);
  }

  isMessages(node: TSESTree.Node): boolean {
    return this.partOf(node) === 'messages';
  }

  /** The payload function a call invokes: `heartbeat()`, `payload.heartbeat()`, `hb()` after `{ heartbeat: hb }`. */
  calledFunction(call: TSESTree.CallExpression): PayloadFunction | undefined {
    const part = this.partOf(call.callee);
    return part && PAYLOAD_FUNCTIONS.has(part) ? (part as PayloadFunction) : undefined;
  }

  /** Whether `root` calls the payload function `name` somewhere below it (callbacks included). */
  calls(root: TSESTree.Node, name: PayloadFunction): boolean {
    for (const node of nodesIn(root, true)) {
      if (node.type === AST_NODE_TYPES.CallExpression && this.calledFunction(node) === name) return true;
    }
    return false;
  }

  /**
   * Every place the code reads the payload function `name`: `heartbeat` in `await heartbeat()` or
   * `retry(work, heartbeat)`, `payload.heartbeat`. Declarations that only bind it are not reads.
   */
  readsOf(name: PayloadFunction): TSESTree.Node[] {
    const reads: TSESTree.Node[] = [];
    for (const [identifier, part] of this.bindings) {
      if (part !== name && part !== 'payload') continue;
      for (const reference of this.variableOf(identifier)?.references ?? []) {
        if (!reference.isRead()) continue;
        const read = reference.identifier;
        if (part === name) reads.push(read);
        else if (read.parent?.type === AST_NODE_TYPES.MemberExpression && read.parent.object === read && memberName(read.parent) === name) {
          reads.push(read.parent);
        }
      }
    }
    return reads;
  }

  /** Places where the whole payload is handed to a call, which may then use any of its functions. */
  payloadArguments(): TSESTree.Node[] {
    const passed: TSESTree.Node[] = [];
    for (const [identifier, part] of this.bindings) {
      if (part !== 'payload') continue;
      for (const reference of this.variableOf(identifier)?.references ?? []) {
        const read = reference.identifier;
        const parent = read.parent;
        if (reference.isRead() && parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(read as TSESTree.Identifier)) {
          passed.push(read);
        }
      }
    }
    return passed;
  }

  /**
   * The loops over `batch.messages` in the handler and the functions it passes the batch to:
   * `for (const m of batch.messages)`, `for await`, `.entries()` / `.values()`, and index loops
   * bounded by `batch.messages.length`.
   */
  messageLoops(): readonly MessageLoop[] {
    if (this.loops) return this.loops;
    const loops = new Set<MessageLoop>();
    for (const fn of this.functions) {
      for (const node of nodesIn(fn.body, true)) {
        if ((node.type === AST_NODE_TYPES.ForOfStatement || node.type === AST_NODE_TYPES.ForStatement) && this.isMessageLoop(node)) {
          loops.add(node);
        }
      }
    }
    this.loops = [...loops].sort((left, right) => left.range[0] - right.range[0]);
    return this.loops;
  }

  private isMessageLoop(loop: MessageLoop): boolean {
    if (loop.type === AST_NODE_TYPES.ForOfStatement) {
      const right = skipTransparent(loop.right);
      if (this.isMessages(right)) return true;
      if (right.type !== AST_NODE_TYPES.CallExpression || right.arguments.length > 0) return false;
      const callee = skipTransparent(right.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return false;
      const method = memberName(callee);
      return (method === 'entries' || method === 'values') && this.isMessages(callee.object);
    }
    if (!loop.test) return false;
    for (const node of nodesIn(loop.test, false)) {
      if (node.type === AST_NODE_TYPES.MemberExpression && memberName(node) === 'length' && this.isMessages(node.object)) return true;
    }
    return false;
  }

  /** The innermost loop over the messages around `node`. */
  loopAround(node: TSESTree.Node): MessageLoop | undefined {
    return this.messageLoops().findLast((loop) => contains(loop.body, node));
  }
}

/** The handler analyses of a file, one per handler function even when several `run` calls share it. */
export function batchHandlers(context: Context, handlers: readonly HandlerSite[], accept: (site: HandlerSite) => boolean): BatchHandler[] {
  const seen = new Set<TSESTree.Node>();
  const result: BatchHandler[] = [];
  for (const site of handlers) {
    if (site.kind !== 'eachBatch' || seen.has(site.fn) || !accept(site)) continue;
    seen.add(site.fn);
    result.push(new BatchHandler(context, site));
  }
  return result;
}

/** From the `for` keyword to the `)` that closes the loop's head: where a loop is reported. */
export function loopHeadLoc(sourceCode: Readonly<TSESLint.SourceCode>, loop: MessageLoop): TSESTree.SourceLocation {
  const closing = sourceCode.getTokenBefore(loop.body);
  return { start: { ...loop.loc.start }, end: { ...(closing ?? loop).loc.end } };
}

