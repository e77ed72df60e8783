import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';

import { evaluate, getKafkaModel, getTrackedClient, isConstantExpression, type StaticValue, type TrackedClient } from '../../src/code/index.js';
import type { KafkaFileModel } from '../../src/code/model.js';
import type { ConfigEntry, ConfigView, Insertion } from '../../src/core/config-view.js';

export interface Analysed {
  model: KafkaFileModel | null;
  code: string;
  /** What a `getTrackedClient` question answers, for the receiver of each call whose callee text is given. */
  tracked: (calleeText: string) => TrackedClient | undefined;
}

/**
 * Lints `code` with the TypeScript parser (or ESLint's default parser for `.js` files, as a user's
 * JavaScript would be) and a rule that captures the file's Kafka model.
 */
export function analyse(code: string, filename = 'file.ts'): Analysed {
  let model: KafkaFileModel | null = null;
  const receivers = new Map<string, TrackedClient | undefined>();
  const capture: TSESLint.RuleModule<string, []> = {
    defaultOptions: [],
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'() {
          model = getKafkaModel(context);
        },
        CallExpression(node: TSESTree.CallExpression) {
          if (node.callee.type !== 'MemberExpression') return;
          const text = context.sourceCode.getText(node.callee);
          if (!receivers.has(text)) receivers.set(text, getTrackedClient(context, node.callee.object));
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const isTypeScript = /\.[cm]?tsx?$/.test(filename);
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.*'],
        ...(isTypeScript ? { languageOptions: { parser: tsParser as Linter.Parser } } : {}),
        plugins: { test: { rules: { capture: capture as unknown as Rule.RuleModule } } },
        rules: { 'test/capture': 'error' },
      },
    ],
    { filename },
  );
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  const errors = messages.filter((message) => message.ruleId === 'test/capture');
  if (errors.length > 0) throw new Error(`rule crashed: ${errors[0]?.message}`);
  return { model, code, tracked: (text) => receivers.get(text) };
}

export function requireModel(analysed: Analysed): KafkaFileModel {
  if (!analysed.model) throw new Error('expected a Kafka model');
  return analysed.model;
}

/** An entry as the tests compare it: key, spelling, value and the key's position. */
export function entrySummary(entry: ConfigEntry) {
  return {
    key: entry.key,
    written: entry.written,
    value: entry.value,
    line: entry.keySpan.loc.start.line,
    column: entry.keySpan.loc.start.column,
  };
}

export function viewSummary(view: ConfigView) {
  return {
    role: view.role,
    scope: view.scope,
    client: view.client,
    dialect: view.dialect,
    complete: view.complete,
    anchor: `${view.anchor.loc.start.line}:${view.anchor.loc.start.column}`,
    entries: view.entries.map(entrySummary),
  };
}

/** The source text a span covers. */
export function textAt(code: string, span: { range: [number, number] }): string {
  return code.slice(span.range[0], span.range[1]);
}

/** The file after applying an insertion. */
export function applyInsertion(code: string, insertion: Insertion | undefined): string {
  if (!insertion) throw new Error('expected an insertion');
  return code.slice(0, insertion.range[0]) + insertion.text + code.slice(insertion.range[1]);
}

/** `line:column` of a node's start, for compact assertions. */
export function at(node: { loc: { start: { line: number; column: number } } }): string {
  return `${node.loc.start.line}:${node.loc.start.column}`;
}

export interface Probe {
  name: string;
  evaluated: StaticValue | undefined;
  constant: boolean;
}

/** Evaluates the initializer of every `const probeX = ...` of the file, in the scope it is written in. */
export function probe(code: string, filename = 'file.ts'): Probe[] {
  const probes: Probe[] = [];
  const rule: TSESLint.RuleModule<string, []> = {
    defaultOptions: [],
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        VariableDeclarator(node: TSESTree.VariableDeclarator) {
          if (node.id.type !== 'Identifier' || !node.id.name.startsWith('probe') || !node.init) return;
          const scope = context.sourceCode.getScope(node.init);
          probes.push({ name: node.id.name, evaluated: evaluate(node.init, scope), constant: isConstantExpression(node.init, scope) });
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.*'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } },
        rules: { 'test/probe': 'error' },
      },
    ],
    { filename },
  );
  const problem = messages.find((message) => message.fatal || message.ruleId === 'test/probe');
  if (problem) throw new Error(problem.message);
  return probes;
}

/** `line:column` (1-based line, 0-based column) of the `nth` occurrence of `snippet` in `code`. */
export function locate(code: string, snippet: string, nth = 0): string {
  let index = -1;
  for (let count = 0; count <= nth; count++) {
    index = code.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`snippet not found: ${snippet} (#${nth})`);
  }
  const before = code.slice(0, index).split('\n');
  return `${before.length}:${before.at(-1)?.length ?? 0}`;
}

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Runs `inspect` at the end of linting `code`, with the rule context and the program, and returns its result. */
export function inspectWith<T>(code: string, inspect: (context: Context, program: TSESTree.Program) => T, filename = 'file.ts'): T {
  let result: { value: T } | undefined;
  const rule: TSESLint.RuleModule<string, []> = {
    defaultOptions: [],
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'(program: TSESTree.Program) {
          result = { value: inspect(context, program) };
        },
      };
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.*'],
        languageOptions: { parser: tsParser as Linter.Parser },
        plugins: { test: { rules: { inspect: rule as unknown as Rule.RuleModule } } },
        rules: { 'test/inspect': 'error' },
      },
    ],
    { filename },
  );
  const problem = messages.find((message) => message.fatal || message.ruleId === 'test/inspect');
  if (problem || !result) throw new Error(problem?.message ?? 'not inspected');
  return result.value;
}
