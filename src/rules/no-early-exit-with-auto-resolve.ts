import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';

import { isFunctionNode, nodesIn, skipTransparent } from '../code/ast.js';
import { batchHandlers, contains, type BatchHandler, type MessageLoop } from '../code/batch-payload.js';
import type { HandlerSite } from '../code/index.js';
import type { ConfigView, Insertion } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { booleanValue } from '../util/values.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'earlyExit' | 'returnBeforeBatch' | 'disableAutoResolve';

type Jump = TSESTree.BreakStatement | TSESTree.ContinueStatement;
type Exit = Jump | TSESTree.ReturnStatement;

/** Whether the run options leave auto-resolve on: set to true, or left out of options that are all visible. */
function autoResolveIsOn(view: ConfigView | undefined): boolean {
  if (!view) return false;
  const entry = view.get('eachBatchAutoResolve');
  if (entry) return booleanValue(entry.value) === true;
  return view.complete;
}

/** `autoCommit: false` in the run options: the auto-resolved offset is then never committed by the consumer. */
function autoCommitIsOff(view: ConfigView | undefined): boolean {
  const entry = view?.get('enable.auto.commit');
  return entry !== undefined && booleanValue(entry.value) === false;
}

function isLoop(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
      return true;
    default:
      return false;
  }
}

/** The statement a `break` or `continue` jumps out of (or to, for `continue`). */
function jumpTarget(jump: Jump): TSESTree.Node | undefined {
  for (let current: TSESTree.Node | undefined = jump.parent; current && !isFunctionNode(current); current = current.parent) {
    if (jump.label) {
      if (current.type === AST_NODE_TYPES.LabeledStatement && current.label.name === jump.label.name) return current.body;
    } else if (isLoop(current) || (jump.type === AST_NODE_TYPES.BreakStatement && current.type === AST_NODE_TYPES.SwitchStatement)) {
      return current;
    }
  }
  return undefined;
}

function leavesLoop(jump: Jump, loop: MessageLoop): boolean {
  const target = jumpTarget(jump);
  if (!target) return false;
  if (jump.type === AST_NODE_TYPES.ContinueStatement) return target !== loop && contains(target, loop);
  return contains(target, loop);
}

/** The statements in the loop's body that leave it before its last message: `return`, `break`, a labelled jump out. */
function exitsOf(loop: MessageLoop): Exit[] {
  const exits: Exit[] = [];
  for (const node of nodesIn(loop.body, false)) {
    if (node.type === AST_NODE_TYPES.ReturnStatement) exits.push(node);
    else if ((node.type === AST_NODE_TYPES.BreakStatement || node.type === AST_NODE_TYPES.ContinueStatement) && leavesLoop(node, loop)) exits.push(node);
  }
  return exits;
}

/** The nearest `if` whose consequent or alternate holds `node`, below `limit`, and which branch holds it. */
function guardOf(node: TSESTree.Node, limit: TSESTree.Node): { test: TSESTree.Expression; consequent: boolean } | undefined {
  let child: TSESTree.Node = node;
  for (let current: TSESTree.Node | undefined = node.parent; current && current !== limit && !isFunctionNode(current); current = current.parent) {
    if (current.type === AST_NODE_TYPES.IfStatement && child !== current.test) {
      return { test: current.test, consequent: child === current.consequent };
    }
    child = current;
  }
  return undefined;
}

/**
 * `if (isStale()) break;`: after a `consumer.seek()` the consumer moves to the sought offset at its
 * next fetch (kafkajs), and the Confluent client does not auto-resolve a stale batch, so leaving it
 * skips nothing the seek did not already skip.
 */
function isStaleGuard(batch: BatchHandler, exit: Exit, loop: MessageLoop): boolean {
  const guard = guardOf(exit, loop);
  if (!guard?.consequent) return false;
  const test = skipTransparent(guard.test);
  return test.type === AST_NODE_TYPES.CallExpression && batch.calledFunction(test) === 'isStale';
}

/**
 * `if (!isRunning()) return;` with `autoCommit: false`: the consumer is stopping, and the batch it
 * auto-resolves on the way out is not committed, so the next consumer of the partition reads it again.
 */
function isShutdownWithoutCommit(batch: BatchHandler, exit: Exit, limit: TSESTree.Node): boolean {
  if (!autoCommitIsOff(batch.site.runOptions)) return false;
  const guard = guardOf(exit, limit);
  return guard?.consequent === true && batch.calls(guard.test, 'isRunning');
}

function exitText(exit: Exit): string {
  if (exit.type === AST_NODE_TYPES.ReturnStatement) return 'return';
  const keyword = exit.type === AST_NODE_TYPES.BreakStatement ? 'break' : 'continue';
  return exit.label ? `${keyword} ${exit.label.name}` : keyword;
}

/** `if (!isRunning()) return;` ahead of the work on the messages, outside any message loop. */
function returnsBeforeBatch(batch: BatchHandler): TSESTree.ReturnStatement[] {
  const found: TSESTree.ReturnStatement[] = [];
  for (const fn of batch.functions) {
    const messageReads = [...nodesIn(fn.body, true)].filter(
      (node) => (node.type === AST_NODE_TYPES.MemberExpression || node.type === AST_NODE_TYPES.Identifier) && batch.isMessages(node),
    );
    for (const node of nodesIn(fn.body, false)) {
      if (node.type !== AST_NODE_TYPES.ReturnStatement || batch.loopAround(node)) continue;
      const guard = guardOf(node, fn);
      if (!guard || !batch.calls(guard.test, 'isRunning')) continue;
      if (messageReads.some((read) => read.range[0] > node.range[1])) found.push(node);
    }
  }
  return found;
}

/** The edit that turns auto-resolve off in run options written inline in the `run()` call. */
function disableAutoResolve(site: HandlerSite): Insertion | undefined {
  const view = site.runOptions;
  const argument = site.run.arguments[0];
  const inline = argument && skipTransparent(argument);
  if (!view || inline?.type !== AST_NODE_TYPES.ObjectExpression || view.anchor.range[0] !== inline.range[0]) return undefined;
  const entry = view.get('eachBatchAutoResolve');
  if (!entry) return view.insert?.('eachBatchAutoResolve', false);
  // A value written in an object spread into the options may be shared with other consumers: left alone.
  const [start, end] = entry.valueSpan.range;
  const isInline = start >= inline.range[0] && end <= inline.range[1];
  return isInline && entry.formatValue ? { range: entry.valueSpan.range, text: entry.formatValue(false) } : undefined;
}

export default createRule<Options, MessageId>({
  name: 'no-early-exit-with-auto-resolve',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow leaving an `eachBatch` loop early while `eachBatchAutoResolve` is on',
      pitfall: 'loss',
      recommended: 'recommended',
      appliesTo: ['code'],
    },
    hasSuggestions: true,
    messages: {
      earlyExit:
        '`{{exit}}` leaves the loop over `batch.messages` before its last message while `eachBatchAutoResolve` is on: when the handler returns, the consumer resolves `batch.lastOffset()` and commits it, so the messages left unprocessed are skipped for good. Set `eachBatchAutoResolve: false` in the run options and call `resolveOffset(message.offset)` after each processed message.',
      returnBeforeBatch:
        'This `return` skips the whole batch while `eachBatchAutoResolve` is on: when the handler returns, the consumer resolves `batch.lastOffset()` and commits it, so none of these messages is ever processed. Set `eachBatchAutoResolve: false` in the run options and call `resolveOffset(message.offset)` after each processed message.',
      disableAutoResolve:
        'Set `eachBatchAutoResolve: false` in the run options: the handler already resolves each message it processes.',
    },
    schema: [],
  },
  create(context) {
    const report = reportOncePerLocation(context);

    function reportExit(batch: BatchHandler, node: Exit, messageId: 'earlyExit' | 'returnBeforeBatch', resolves: boolean): void {
      const edit = resolves ? disableAutoResolve(batch.site) : undefined;
      report({
        loc: node.loc,
        messageId,
        data: { exit: exitText(node) },
        suggest: edit
          ? [{ messageId: 'disableAutoResolve', fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }]
          : [],
      });
    }

    return visitKafka(context, {
      code(model) {
        for (const batch of batchHandlers(context, model.handlers, (site) => autoResolveIsOn(site.runOptions))) {
          for (const loop of batch.messageLoops()) {
            const resolves = batch.calls(loop.body, 'resolveOffset');
            for (const exit of exitsOf(loop)) {
              if (!isStaleGuard(batch, exit, loop) && !isShutdownWithoutCommit(batch, exit, loop)) reportExit(batch, exit, 'earlyExit', resolves);
            }
          }
          const resolvesAnywhere = batch.functions.some((fn) => batch.calls(fn.body, 'resolveOffset'));
          for (const exit of returnsBeforeBatch(batch)) {
            if (!isShutdownWithoutCommit(batch, exit, exit)) reportExit(batch, exit, 'returnBeforeBatch', resolvesAnywhere);
          }
        }
      },
    });
  },
});
