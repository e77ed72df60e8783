import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import type { Insertion } from '../core/config-view.js';
import { findProperty, skipTransparent } from './ast.js';
import { keyText, type Quote } from './js-text.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

function indentOfLine(sourceCode: SourceCode, line: number): string {
  return /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')?.[0] ?? '';
}

/**
 * Adds an item after the last one of an object or array literal, in its style: on the same line in
 * a one-line literal, on a new line with the last item's indentation in a multi-line one, keeping a
 * trailing comma if there is one. An empty literal gets `{ item }` / `[item]`.
 */
function appendItem(
  sourceCode: SourceCode,
  container: TSESTree.ObjectExpression | TSESTree.ArrayExpression,
  items: readonly (TSESTree.Node | null)[],
  text: string,
): Insertion {
  const last = items.findLast((item): item is TSESTree.Node => item !== null);
  const isObject = container.type === AST_NODE_TYPES.ObjectExpression;
  if (!last) {
    const start = container.range[0] + 1;
    // A comment inside `{ /* none yet */ }` stays; otherwise the blank between the brackets is replaced.
    if (sourceCode.getCommentsInside(container).length > 0) return { range: [start, start], text: isObject ? ` ${text}` : text };
    return { range: [start, container.range[1] - 1], text: isObject ? ` ${text} ` : text };
  }
  const after = sourceCode.getTokenAfter(last);
  const trailingComma = after?.value === ',' && after.range[1] <= container.range[1] ? after : undefined;
  const multiLine = container.loc.start.line !== container.loc.end.line;
  const separator = multiLine ? `\n${indentOfLine(sourceCode, last.loc.start.line)}` : ' ';
  if (trailingComma) return { range: [trailingComma.range[1], trailingComma.range[1]], text: `${separator}${text},` };
  return { range: [last.range[1], last.range[1]], text: `,${separator}${text}` };
}

export function appendProperty(sourceCode: SourceCode, object: TSESTree.ObjectExpression, text: string): Insertion {
  return appendItem(sourceCode, object, object.properties, text);
}

export function appendElement(sourceCode: SourceCode, array: TSESTree.ArrayExpression, text: string): Insertion {
  return appendItem(sourceCode, array, array.elements, text);
}

/** Gives options to a call that has none: `kafka.producer()` becomes `kafka.producer({ idempotent: true })`. */
export function addOptionsArgument(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression, text: string): Insertion | undefined {
  const closing = sourceCode.getLastToken(call);
  if (call.arguments.length > 0 || closing?.value !== ')') return undefined;
  return { range: [closing.range[0], closing.range[0]], text: `{ ${text} }` };
}

/** `retry: { retries: 5 }` for the path `['retry']`, the name `retries` and the value text `5`. */
export function nestedPropertyText(path: readonly string[], name: string, valueText: string, quote: Quote): string {
  return path.reduceRight((inner, segment) => `${keyText(segment, quote)}: { ${inner} }`, `${keyText(name, quote)}: ${valueText}`);
}

/**
 * Adds `name: value` below `path` in an options object: into the nested object literals that exist
 * (`retry: {...}`), creating the ones that do not.
 */
export function insertAtPath(
  sourceCode: SourceCode,
  object: TSESTree.ObjectExpression,
  path: readonly string[],
  name: string,
  valueText: string,
  quote: Quote,
): Insertion {
  let target = object;
  let depth = 0;
  for (const segment of path) {
    const property = findProperty(target, segment);
    const value = property && skipTransparent(property.value);
    if (value?.type !== AST_NODE_TYPES.ObjectExpression) break;
    target = value;
    depth++;
  }
  return appendProperty(sourceCode, target, nestedPropertyText(path.slice(depth), name, valueText, quote));
}
