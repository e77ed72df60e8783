import { describe, expect, it } from 'vitest';

import { probe } from './harness.js';

function values(code: string) {
  return Object.fromEntries(probe(code).map((result) => [result.name, result.evaluated]));
}

function constants(code: string) {
  return Object.fromEntries(probe(code).map((result) => [result.name, result.constant]));
}

describe('evaluate', () => {
  it('reads literals, numeric separators and unary operators', () => {
    expect(
      values(`
const probeNumber = 30_000;
const probeNegative = -1;
const probePlus = +'5';
const probeNot = !0;
const probeString = 'all';
const probeNull = null;
const probeTrue = true;
const probeVoid = void 0;
const probeUndefined = undefined;
`),
    ).toEqual({
      probeNumber: { value: 30000 },
      probeNegative: { value: -1 },
      probePlus: { value: 5 },
      probeNot: { value: true },
      probeString: { value: 'all' },
      probeNull: { value: null },
      probeTrue: { value: true },
      probeVoid: { value: undefined },
      probeUndefined: { value: undefined },
    });
  });

  it('computes arithmetic on numbers and concatenation of strings', () => {
    expect(
      values(`
const SECONDS = 1000;
const probeProduct = 45 * SECONDS;
const probeSum = 2 + 3 - 1;
const probeDivision = 10 / 4;
const probeRemainder = 10 % 4;
const probeConcat = 'orders' + '.' + 'v1';
const probeMixed = 'retries-' + 3;
const probeTemplate = \`plain\`;
const probeTemplateOfConstants = \`\${'orders'}-\${SECONDS}\`;
const probeParenthesised = -(2 * 3);
`),
    ).toEqual({
      probeProduct: { value: 45000 },
      probeSum: { value: 4 },
      probeDivision: { value: 2.5 },
      probeRemainder: { value: 2 },
      probeConcat: { value: 'orders.v1' },
      probeMixed: { value: 'retries-3' },
      probeTemplate: { value: 'plain' },
      probeTemplateOfConstants: { value: 'orders-1000' },
      probeParenthesised: { value: -6 },
    });
  });

  it('follows const bindings through scopes, destructuring, TypeScript wrappers and member reads', () => {
    expect(
      values(`
const ACKS = -1 as const;
const CONFIG = { producer: { acks: ACKS, compression: 'gzip' }, 'session.timeout': 45_000 } as const;
const { producer: { compression } } = CONFIG;
const LIST = ['a', 'b'] satisfies string[];
enum Acks { None = 0, Leader, All = -1 }
function inner() {
  const probeOuter = ACKS;
  const probeMember = CONFIG.producer.acks;
  const probeBracket = CONFIG['session.timeout'];
  const probeDestructured = compression;
  const probeNonNull = CONFIG!.producer!.compression;
  const probeIndex = LIST[1];
  const probeEnum = Acks.All;
  const probeEnumAuto = Acks.Leader;
}
`),
    ).toEqual({
      probeOuter: { value: -1 },
      probeMember: { value: -1 },
      probeBracket: { value: 45000 },
      probeDestructured: { value: 'gzip' },
      probeNonNull: { value: 'gzip' },
      probeIndex: { value: 'b' },
      probeEnum: { value: -1 },
      probeEnumAuto: { value: 1 },
    });
  });

  it('treats a let that is never reassigned as a constant, and a reassigned one as unknown', () => {
    expect(
      values(`
let once = 5;
let twice = 5;
twice = 6;
const probeOnce = once;
const probeTwice = twice;
`),
    ).toEqual({ probeOnce: { value: 5 }, probeTwice: undefined });
  });

  it('gives up on values only known at run time', () => {
    expect(
      values(`
declare const input: string;
const fromEnv = process.env.ACKS;
const probeEnv = process.env.ACKS;
const probeEnvConst = fromEnv;
const probeNumberOfEnv = Number(process.env.TIMEOUT);
const probeFallback = process.env.ACKS ?? -1;
const probeTemplate = \`\${input}-key\`;
const probeCall = Math.random();
const probeParameter = ((value: number) => value)(1);
const probeObject = { acks: 1 };
const probeRegex = /x/;
const probeMissingMember = ({ a: 1 } as Record<string, number>).b;
`),
    ).toEqual({
      probeEnv: undefined,
      probeEnvConst: undefined,
      probeNumberOfEnv: undefined,
      probeFallback: undefined,
      probeTemplate: undefined,
      probeCall: undefined,
      probeParameter: undefined,
      probeObject: undefined,
      probeRegex: undefined,
      probeMissingMember: undefined,
    });
  });

  it('does not take a spread-overridden or computed-overridden property for a constant', () => {
    expect(
      values(`
declare const overrides: Record<string, unknown>;
declare const key: string;
const SPREAD = { acks: 1, ...overrides };
const COMPUTED = { acks: 1, [key]: 0 };
const KNOWN_SPREAD = { acks: 1, ...{ acks: 0 } };
const probeSpread = SPREAD.acks;
const probeComputed = COMPUTED.acks;
const probeKnownSpread = KNOWN_SPREAD.acks;
`),
    ).toEqual({ probeSpread: undefined, probeComputed: undefined, probeKnownSpread: { value: 0 } });
  });

  it('evaluates built-in conversions only when the names are the built-ins', () => {
    expect(
      values(`
const probeString = String(undefined);
const probeStringify = JSON.stringify({});
const probeStringifyNested = JSON.stringify({ id: [1, 'a'] });
const probeNumber = Number('42');
const probeBoolean = Boolean(0);
function shadowed(String: (value: unknown) => string) {
  const probeShadowed = String(1);
}
`),
    ).toEqual({
      probeString: { value: 'undefined' },
      probeStringify: { value: '{}' },
      probeStringifyNested: { value: '{"id":[1,"a"]}' },
      probeNumber: { value: 42 },
      probeBoolean: { value: false },
      probeShadowed: undefined,
    });
  });

  it('survives cycles between bindings', () => {
    expect(
      values(`
const a: number = b;
const b: number = a;
const probeCycle = a + 1;
const SELF = { x: SELF.x };
const probeSelf = SELF.x;
`),
    ).toEqual({ probeCycle: undefined, probeSelf: undefined });
  });
});

describe('isConstantExpression', () => {
  it('recognises expressions that have one value on every run', () => {
    expect(
      constants(`
const KEY = 'tenant';
declare const order: { id: string };
const probeLiteral = 'default';
const probeEmpty = '';
const probeZero = 0;
const probeConstBound = KEY;
const probeUndefinedString = String(undefined);
const probeEmptyJson = JSON.stringify({});
const probeTemplate = \`static\`;
const probeBuffer = Buffer.from('k');
const probeEmptyBuffer = Buffer.alloc(0);
const probeDynamic = order.id;
const probeDynamicTemplate = \`\${order.id}\`;
const probeStringOfDynamic = String(order.id);
const probeStringifyDynamic = JSON.stringify(order);
const probeBufferOfDynamic = Buffer.from(order.id);
const probeRandom = crypto.randomUUID();
`),
    ).toEqual({
      probeLiteral: true,
      probeEmpty: true,
      probeZero: true,
      probeConstBound: true,
      probeUndefinedString: true,
      probeEmptyJson: true,
      probeTemplate: true,
      probeBuffer: true,
      probeEmptyBuffer: true,
      probeDynamic: false,
      probeDynamicTemplate: false,
      probeStringOfDynamic: false,
      probeStringifyDynamic: false,
      probeBufferOfDynamic: false,
      probeRandom: false,
    });
  });
});
