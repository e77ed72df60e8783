import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../src/index.js';
import { visitKafka } from '../../src/util/view-visitor.js';

/** A rule that reports each view's `acks`, and records the listeners `visitKafka` gave ESLint. */
function recordingRule(listeners: string[][]): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [] },
    create(context) {
      const returned = visitKafka(context as unknown as Parameters<typeof visitKafka>[0], {
        view(view) {
          const acks = view.get('acks');
          if (acks) context.report({ loc: acks.valueSpan.loc, message: `acks ${String(acks.value)} (${view.dialect})` });
        },
      });
      listeners.push(Object.keys(returned));
      return returned as Rule.RuleListener;
    },
  };
}

function lint(text: string, filename: string, listeners: string[][]): string[] {
  const test = { rules: { acks: recordingRule(listeners) } };
  const config: Linter.Config[] = [
    ...(plugin.configs.recommended as Linter.Config[]).map((each) => ({ ...each, rules: {} })),
    { plugins: { test }, rules: { 'test/acks': 'error' } },
  ];
  return new Linter().verify(text, config, { filename }).map((message) => `${message.line}:${message.column} ${message.message}`);
}

describe('visitKafka', () => {
  it('checks a config file as the rule is created, with no listener, and disable comments still apply', () => {
    const listeners: string[][] = [];
    expect(lint('acks=1\n', 'producer.properties', listeners)).toEqual(['1:6 acks 1 (java-properties)']);
    const spring = 'spring:\n  kafka:\n    producer:\n      acks: 1\n';
    expect(lint(spring, 'application.yml', listeners)).toEqual(['4:13 acks 1 (spring)']);
    expect(lint(spring.replace('1\n', '1 # eslint-disable-line test/acks\n'), 'application.yml', listeners)).toEqual([]);
    expect(listeners).toEqual([[], [], []]);
  });

  it('checks code when the program has been read, from its Program:exit listener', () => {
    const listeners: string[][] = [];
    const text = "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['k:9092'] }).producer();\nawait producer.send({ topic: 't', acks: 1, messages: [] });\n";
    expect(lint(text, 'send.ts', listeners)).toEqual(['3:41 acks 1 (kafkajs)']);
    expect(listeners).toEqual([['Program:exit']]);
  });
});
