import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { describe, expect, it } from 'vitest';

import { MAX_NESTING_DEPTH, parseYaml, positionAt, yaml11Boolean } from '../../../src/config-lint/yaml/parse.js';

function topLevelMap(text: string, documentIndex = 0): YAMLMap<Node, Node> {
  const contents = parseYaml(text).file.documents[documentIndex]!.contents;
  if (!isMap(contents)) throw new Error('expected a map');
  return contents as YAMLMap<Node, Node>;
}

function keysOf(map: YAMLMap<Node, Node>): unknown[] {
  return map.items.map((pair: Pair<Node, Node>) => (isScalar(pair.key) ? pair.key.value : pair.key));
}

/** Comments as `[text, line:column-line:column]`, with the text read back from the source by range. */
function commentsOf(text: string): [string, string][] {
  return parseYaml(text).file.comments.map((comment) => {
    expect(text.slice(...comment.range)).toBe(`#${comment.value}`);
    const { start, end } = comment.loc;
    return [comment.value, `${start.line}:${start.column}-${end.line}:${end.column}`];
  });
}

/** Problems as `[code, line:column]`. */
function problemsOf(problems: { code: string; loc: { start: { line: number; column: number } } }[]): [string, string][] {
  return problems.map((problem) => [problem.code, `${problem.loc.start.line}:${problem.loc.start.column}`]);
}

describe('parseYaml: documents', () => {
  it('builds the root with exact range and location', () => {
    const text = 'spring:\n  kafka:\n    producer:\n      acks: all\n';
    const { file, errors, warnings } = parseYaml(text);
    expect(file.type).toBe('YamlFile');
    expect(file.range).toEqual([0, text.length]);
    expect(file.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 5, column: 0 } });
    expect(file.documents).toHaveLength(1);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('keeps every document of a multi-document file, with node ranges into the whole text', () => {
    const text = 'spring.kafka.producer.acks: 1\n---\nspring:\n  config.activate.on-profile: prod\n---\nacks: all\n';
    const { file } = parseYaml(text);
    expect(file.documents).toHaveLength(3);
    const last = topLevelMap(text, 2).items[0]!;
    expect(text.slice(last.value!.range![0], last.value!.range![1])).toBe('all');
    expect(positionAt(file.lineCounter, last.value!.range![0])).toEqual({ line: 6, column: 6 });
  });

  it('keeps duplicate keys without any error', () => {
    const text = 'acks: 1\nretries: 3\nacks: all\n';
    const { errors, warnings } = parseYaml(text);
    expect(keysOf(topLevelMap(text))).toEqual(['acks', 'retries', 'acks']);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('reads every scalar as its string but null, leaving types to the extractors', () => {
    const map = topLevelMap('a: yes\nb: on\nc: true\nd: 5\ne: "5"\nf: 0o17\ng: ~\nh:\ni: null\nj: "null"\n');
    const values = map.items.map((pair) => (isScalar(pair.value) ? pair.value.value : undefined));
    expect(values).toEqual(['yes', 'on', 'true', '5', '5', '0o17', null, null, null, 'null']);
  });

  it('recognises merge keys and leaves the alias unexpanded', () => {
    const text = 'base: &base {acks: 1, retries: 3}\nprod:\n  <<: *base\n  acks: all\n';
    const { file, errors } = parseYaml(text);
    expect(errors).toEqual([]);
    const prod = topLevelMap(text).items[1]!.value as YAMLMap<Node, Node>;
    expect(isAlias(prod.items[0]!.value)).toBe(true);
    expect(file.documents[0]!.toJS({ maxAliasCount: 10 })).toEqual({
      base: { acks: '1', retries: '3' },
      prod: { acks: 'all', retries: '3' },
    });
  });

  it('reads an empty file as no document', () => {
    const { file, errors } = parseYaml('');
    expect(file.documents).toEqual([]);
    expect(file.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 1, column: 0 } });
    expect(errors).toEqual([]);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(keysOf(topLevelMap('\uFEFFacks: all\n'))).toEqual(['acks']);
  });

  it('breaks lines at a lone CR, keeping offsets into the original text', () => {
    const text = 'acks: 1\rretries: 3 # note\r';
    const { file, errors } = parseYaml(text);
    expect(errors).toEqual([]);
    const retries = topLevelMap(text).items[1]!;
    expect(retries.value!.range![0]).toBe(17);
    expect(positionAt(file.lineCounter, 17)).toEqual({ line: 2, column: 9 });
    expect(commentsOf(text)).toEqual([[' note', '2:11-2:17']]);
    expect(file.loc.end).toEqual({ line: 3, column: 0 });
  });

  it('counts CRLF line breaks once', () => {
    const text = 'a: 1\r\nb: 2\r\n';
    const { file } = parseYaml(text);
    expect(positionAt(file.lineCounter, 9)).toEqual({ line: 2, column: 3 });
    expect(file.loc.end).toEqual({ line: 3, column: 0 });
  });
});

describe('parseYaml: comments', () => {
  const text = [
    '# Spring Boot producer', // 1
    'spring:', // 2
    '  kafka:', // 3
    '    producer:', // 4
    '      acks: 1 # eslint-disable-line kafka/require-acks-all', // 5
    '      client-id: "orders # not a comment"', // 6
    "      transactional-id: 'tx#1'", // 7
    '      compression-type: lz4#not-a-comment', // 8
    '      properties: |  # block scalar header', // 9
    '        # inside a block scalar', // 10
    '        linger.ms=5', // 11
    '    bootstrap-servers: [a:9092, # in a flow sequence', // 12
    '      b:9092]', // 13
    '---', // 14
    '  # second document', // 15
    'acks: all', // 16
    '... # after the document end', // 17
    '# end of stream', // 18
    '',
  ].join('\n');

  it('gathers every # comment with its exact range, in source order', () => {
    expect(commentsOf(text)).toEqual([
      [' Spring Boot producer', '1:0-1:22'],
      [' eslint-disable-line kafka/require-acks-all', '5:14-5:58'],
      [' block scalar header', '9:21-9:42'],
      [' in a flow sequence', '12:32-12:52'],
      [' second document', '15:2-15:19'],
      [' after the document end', '17:4-17:28'],
      [' end of stream', '18:0-18:15'],
    ]);
  });

  it('leaves # inside quoted, plain and block scalars alone', () => {
    const values = commentsOf(text).map(([value]) => value);
    expect(values.some((value) => value.includes('not a comment') || value.includes('inside a block'))).toBe(false);
  });

  it('builds Comment nodes', () => {
    expect(parseYaml('a: 1 # why\n').file.comments).toEqual([
      { type: 'Comment', value: ' why', range: [5, 10], loc: { start: { line: 1, column: 5 }, end: { line: 1, column: 10 } } },
    ]);
  });

  it('excludes the CR of a CRLF line break from a comment', () => {
    expect(commentsOf('a: 1 # c\r\nb: 2 #d\r\n')).toEqual([
      [' c', '1:5-1:8'],
      ['d', '2:5-2:7'],
    ]);
  });

  it('finds comments in sequences, explicit keys and nested maps', () => {
    expect(commentsOf('- a # one\n- b\n  # two\n? complex\n: # three\n  v\n')).toEqual([
      [' one', '1:4-1:9'],
      [' two', '3:2-3:7'],
      [' three', '5:2-5:9'],
    ]);
  });

  it('reads a comment right after a quoted scalar, which strict YAML 1.2 rejects', () => {
    const { errors } = parseYaml('a: "x"#c\n');
    expect(errors).toEqual([]);
    expect(commentsOf('a: "x"#c\n')).toEqual([['c', '1:6-1:8']]);
  });
});

describe('parseYaml: errors', () => {
  it('reports a syntax error with its code, a one-line message and exact positions', () => {
    const { errors } = parseYaml('spring:\n  kafka: producer: acks\n');
    expect(errors).toEqual([
      {
        code: 'BLOCK_AS_IMPLICIT_KEY',
        message: 'Nested mappings are not allowed in compact mappings',
        range: [17, 18],
        loc: { start: { line: 2, column: 9 }, end: { line: 2, column: 10 } },
      },
    ]);
  });

  it('sorts errors by position', () => {
    const { errors } = parseYaml('a: b: c\nd: "unterminated\n');
    expect(problemsOf(errors)).toEqual([
      ['BLOCK_AS_IMPLICIT_KEY', '1:3'],
      ['MISSING_CHAR', '3:0'],
    ]);
  });

  it('rejects tabs used as indentation, and accepts a tab after the colon', () => {
    expect(problemsOf(parseYaml('spring:\n\tkafka: x\n').errors)).toEqual([['TAB_AS_INDENT', '2:0']]);
    expect(parseYaml('acks:\tall\n').errors).toEqual([]);
  });

  it('tolerates unknown tags and directives as warnings', () => {
    const { errors, warnings } = parseYaml('%FOO bar\n---\nbucket: !Ref Bucket\n');
    expect(errors).toEqual([]);
    expect(problemsOf(warnings)).toEqual([
      ['BAD_DIRECTIVE', '1:0'],
      ['TAG_RESOLVE_FAILED', '3:8'],
    ]);
  });

  it('tolerates implicit keys longer than 1024 characters', () => {
    expect(parseYaml(`${'k'.repeat(1100)}: 1\n`).errors).toEqual([]);
  });

  it('cuts messages that quote a whole token', () => {
    const { errors } = parseYaml(`a: 1\n"${'x'.repeat(5000)}"\n`);
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error.message.length).toBeLessThanOrEqual(161);
  });
});

describe('parseYaml: hostile input', () => {
  it('parses an alias bomb fast, without expanding it', () => {
    let text = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    let previous = 'a';
    for (const name of 'bcdefghi') {
      text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]\n`;
      previous = name;
    }
    const started = performance.now();
    const { file, errors } = parseYaml(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(errors).toEqual([]);
    const last = topLevelMap(text).items.at(-1)!.value;
    expect(isSeq(last) && last.items.every((item) => isAlias(item))).toBe(true);
    expect(() => file.documents[0]!.toJS({ maxAliasCount: 100 })).toThrow(/alias/i);
  });

  it.each([
    ['flow sequences', '['.repeat(10_000), '1:256'],
    ['flow mappings', '{'.repeat(10_000), '1:256'],
    ['closed flow sequences', `${'['.repeat(10_000)}${']'.repeat(10_000)}`, '1:256'],
    ['indented mappings', Array.from({ length: 10_000 }, (_, depth) => `${' '.repeat(depth)}k:`).join('\n'), '257:256'],
    ['compact sequences', `${'- '.repeat(10_000)}x`, '1:512'],
  ])('rejects 10 000 levels of nested %s quickly, without overflowing the stack', (_name, text, at) => {
    for (let round = 0; round < 2; round++) {
      // Two rounds: a second deep parse in one process is what used to abort Node.
      const started = performance.now();
      const { errors } = parseYaml(text);
      expect(performance.now() - started).toBeLessThan(3000);
      expect(problemsOf(errors)).toEqual([['NESTING_TOO_DEEP', at]]);
      expect(errors[0]!.message).toBe(`Collections nested more than ${MAX_NESTING_DEPTH} levels deep are not parsed`);
    }
  });

  it('parses nesting up to the limit', () => {
    const depth = MAX_NESTING_DEPTH;
    const { errors, file } = parseYaml(`${'['.repeat(depth)}1${']'.repeat(depth)}\n`);
    expect(errors).toEqual([]);
    expect(file.documents).toHaveLength(1);
  });

  it.each([
    ['flow sequences', `${'['.repeat(MAX_NESTING_DEPTH + 1)}1${']'.repeat(MAX_NESTING_DEPTH + 1)}\n`, `1:${MAX_NESTING_DEPTH}`],
    ['compact sequences', `${'- '.repeat(MAX_NESTING_DEPTH + 1)}x\n`, `1:${2 * MAX_NESTING_DEPTH}`],
  ])('rejects one level past the limit in %s, with no character to spare', (_name, text, at) => {
    expect(problemsOf(parseYaml(text).errors)).toEqual([['NESTING_TOO_DEEP', at]]);
  });

  it('parses a few megabytes in bounded time', () => {
    const consumer = (index: number) =>
      `  consumer-${index}:\n    group-id: orders-${index} # one group per service\n    enable-auto-commit: false\n    properties: {session.timeout.ms: 45000, max.poll.records: 500}\n`;
    const profile = (index: number) =>
      `spring.config.activate.on-profile: p${index}\nconsumers:\n${Array.from({ length: 50 }, (_, item) => consumer(item)).join('')}`;
    const text = Array.from({ length: 300 }, (_, index) => profile(index)).join('---\n');
    expect(text.length).toBeGreaterThan(2_000_000);
    const started = performance.now();
    const { file, errors } = parseYaml(text);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(errors).toEqual([]);
    expect(file.documents).toHaveLength(300);
    expect(file.comments).toHaveLength(300 * 50);
  });

  it('never throws on binary garbage', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let round = 0; round < 20; round++) {
      const bytes = Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256)));
      for (const text of [bytes.toString('utf8'), bytes.toString('latin1')]) {
        const { errors } = parseYaml(text);
        for (const error of errors) {
          expect(error.range[0]).toBeGreaterThanOrEqual(0);
          expect(error.range[1]).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });
});

describe('yaml11Boolean', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['yes', true],
    ['Yes', true],
    ['YES', true],
    ['on', true],
    ['On', true],
    ['ON', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['no', false],
    ['No', false],
    ['NO', false],
    ['off', false],
    ['Off', false],
    ['OFF', false],
  ])('reads %j as %j', (text, expected) => {
    expect(yaml11Boolean(text)).toBe(expected);
  });

  it.each(['y', 'n', 'Y', 'N', 'yEs', 'oN', 'tRUE', '1', '0', '', ' true', 'true ', 'enabled'])('reads %j as no boolean', (text) => {
    expect(yaml11Boolean(text)).toBeUndefined();
  });
});
