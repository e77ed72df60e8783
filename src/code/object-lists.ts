import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { memberName, skipTransparent } from './ast.js';
import { MAX_DEPTH, resolveObject, type Located } from './resolve.js';
import { DefinitionType, lookUp, type Variable } from './scope.js';
import type { Tracker } from './tracking.js';

/** The object literals a list of messages (or topics) is built from, and whether every element was seen. */
export interface ObjectList {
  objects: Located<TSESTree.ObjectExpression>[];
  complete: boolean;
}

const ADDERS = new Set(['push', 'unshift']);
const MAPPERS = new Set(['map', 'flatMap']);

class ListReader {
  private readonly variables = new Set<Variable>();
  /** Lists already read: `[...part, ...part]` adds `part` once, and spreads of spreads stay linear. */
  private readonly lists = new Set<TSESTree.Node>();
  readonly result: ObjectList = { objects: [], complete: true };

  constructor(private readonly tracker: Tracker) {}

  /** An element: an object literal, a constant holding one, or a local function call that returns one. */
  element(node: TSESTree.Node, depth: number): void {
    const object = resolveObject(node, this.tracker.scopeOf(node));
    if (object) {
      if (!this.result.objects.some((known) => known.node === object.node)) this.result.objects.push(object);
      return;
    }
    const bare = skipTransparent(node);
    const functions = bare.type === AST_NODE_TYPES.CallExpression && depth < MAX_DEPTH ? this.tracker.calledFunctions(bare) : [];
    const returned = functions.flatMap((fn) => this.tracker.returnsOf(fn));
    if (returned.length === 0) this.result.complete = false;
    for (const value of returned) this.element(value, depth + 1);
  }

  /** A list: an array literal, a variable filled by `push`, `items.map((item) => ({...}))`. */
  list(node: TSESTree.Node, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.result.complete = false;
      return;
    }
    const bare = skipTransparent(node);
    if (this.lists.has(bare)) return;
    this.lists.add(bare);
    if (bare.type === AST_NODE_TYPES.Identifier) {
      const variable = lookUp(this.tracker.scopeOf(bare), bare.name);
      if (variable) this.variable(variable, depth);
      else this.result.complete = false;
      return;
    }
    if (bare.type === AST_NODE_TYPES.ArrayExpression) {
      for (const element of bare.elements) {
        if (element?.type === AST_NODE_TYPES.SpreadElement) this.list(element.argument, depth + 1);
        else if (element) this.element(element, depth + 1);
      }
      return;
    }
    if (bare.type === AST_NODE_TYPES.CallExpression && (this.mapped(bare, depth) || this.built(bare, depth))) return;
    const resolved = this.tracker.locate(bare);
    if (resolved.node !== bare && resolved.node.type === AST_NODE_TYPES.ArrayExpression) this.list(resolved.node, depth + 1);
    else this.result.complete = false;
  }

  /** `items.map((item) => ({ key, value }))`: the objects the callback returns. */
  private mapped(call: TSESTree.CallExpression, depth: number): boolean {
    const callee = skipTransparent(call.callee);
    const method = callee.type === AST_NODE_TYPES.MemberExpression ? memberName(callee) : undefined;
    const [callback] = call.arguments;
    if (method === undefined || !MAPPERS.has(method) || !callback) return false;
    const functions = this.tracker.functionsOf(callback);
    if (functions.length === 0) return false;
    for (const fn of functions) {
      const returned = this.tracker.returnsOf(fn);
      if (returned.length === 0) this.result.complete = false;
      for (const value of returned) {
        if (method === 'flatMap') this.list(value, depth + 1);
        else this.element(value, depth + 1);
      }
    }
    return true;
  }

  /** A list a local function builds and returns: `messages: buildMessages(order)`. */
  private built(call: TSESTree.CallExpression, depth: number): boolean {
    const returned = this.tracker.calledFunctions(call).flatMap((fn) => this.tracker.returnsOf(fn));
    for (const value of returned) this.list(value, depth + 1);
    return returned.length > 0;
  }

  /** A local array: its initializer, what is pushed onto it, and what is assigned to it. */
  private variable(variable: Variable, depth: number): void {
    if (this.variables.has(variable)) return;
    this.variables.add(variable);
    const [definition] = variable.defs;
    if (variable.defs.length !== 1 || definition?.type !== DefinitionType.Variable || definition.node.id !== definition.name) {
      this.result.complete = false;
      return;
    }
    if (definition.node.init) this.list(definition.node.init, depth + 1);
    for (const reference of variable.references) {
      if (reference.init) continue;
      const identifier = reference.identifier;
      const parent = identifier.parent;
      if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === identifier) {
        this.list(parent.right, depth + 1);
        continue;
      }
      const call = parent?.parent;
      const isAdder =
        parent?.type === AST_NODE_TYPES.MemberExpression &&
        parent.object === identifier &&
        ADDERS.has(memberName(parent) ?? '') &&
        call?.type === AST_NODE_TYPES.CallExpression &&
        call.callee === parent;
      if (!isAdder) continue;
      for (const argument of call.arguments) {
        if (argument.type === AST_NODE_TYPES.SpreadElement) this.list(argument.argument, depth + 1);
        else this.element(argument, depth + 1);
      }
    }
  }
}

/**
 * The object literals that make up a list: `[{...}, {...}]`, `[...more]`, a `const` array, a local
 * array filled with `push`, `items.map((item) => ({...}))`, elements built by local functions.
 */
export function objectsOfList(tracker: Tracker, node: TSESTree.Node): ObjectList {
  const reader = new ListReader(tracker);
  reader.list(node, 0);
  return reader.result;
}
