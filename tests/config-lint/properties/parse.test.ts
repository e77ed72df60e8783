import { describe, expect, it } from 'vitest';

import type { PropertyEntry } from '../../../src/config-lint/ast.js';
import { parseProperties } from '../../../src/config-lint/properties/parse.js';

/** The parts of an entry that say what was read and where, with locs as `line:column` strings. */
function summary(entry: PropertyEntry) {
  const at = (loc: PropertyEntry['loc']) => `${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column}`;
  return {
    key: entry.key,
    value: entry.value,
    rawKey: entry.rawKey,
    rawValue: entry.rawValue,
    keyRange: entry.keyRange,
    keyLoc: at(entry.keyLoc),
    valueRange: entry.valueRange,
    valueLoc: at(entry.valueLoc),
    range: entry.range,
    loc: at(entry.loc),
  };
}

function entriesOf(text: string) {
  return parseProperties(text).entries.map(summary);
}

function pairsOf(text: string): [string, string][] {
  return parseProperties(text).entries.map((entry) => [entry.key, entry.value]);
}

describe('parseProperties: separators', () => {
  it('reads key=value with exact ranges and locations', () => {
    expect(entriesOf('acks=all')).toEqual([
      {
        key: 'acks',
        value: 'all',
        rawKey: 'acks',
        rawValue: 'all',
        keyRange: [0, 4],
        keyLoc: '1:0-1:4',
        valueRange: [5, 8],
        valueLoc: '1:5-1:8',
        range: [0, 8],
        loc: '1:0-1:8',
      },
    ]);
  });

  it.each([
    ['acks:all', [5, 8]],
    ['acks all', [5, 8]],
    ['acks = all', [7, 10]],
    ['acks : all', [7, 10]],
    ['acks   all', [7, 10]],
    ['acks\t=\tall', [7, 10]],
    ['acks\f:\fall', [7, 10]],
    ['acks =all', [6, 9]],
    ['acks= all', [6, 9]],
  ])('reads the separator of %j', (text, valueRange) => {
    const [entry] = entriesOf(text);
    expect(entry).toMatchObject({ key: 'acks', value: 'all', keyRange: [0, 4], valueRange, range: [0, text.length] });
  });

  it('takes only the first = or : as the separator', () => {
    expect(entriesOf('a  =  = b')).toMatchObject([{ key: 'a', value: '= b', valueRange: [6, 9] }]);
    expect(entriesOf('a=b=c')).toMatchObject([{ key: 'a', value: 'b=c', valueRange: [2, 5] }]);
    expect(entriesOf('a b=c')).toMatchObject([{ key: 'a', value: 'b=c', valueRange: [2, 5] }]);
    expect(entriesOf('url=http://host:8080/x')).toMatchObject([{ key: 'url', value: 'http://host:8080/x' }]);
  });

  it('keeps trailing blanks in values, as Java does', () => {
    expect(entriesOf('a=b  \t')).toMatchObject([{ value: 'b  \t', rawValue: 'b  \t', valueRange: [2, 6], range: [0, 6] }]);
  });

  it('skips blanks before a key', () => {
    expect(entriesOf('  \t bootstrap.servers=k:9092')).toMatchObject([
      { key: 'bootstrap.servers', keyRange: [4, 21], keyLoc: '1:4-1:21', valueRange: [22, 28] },
    ]);
  });

  it('gives an empty value an empty range right after the separator', () => {
    expect(entriesOf('acks=')).toMatchObject([{ value: '', rawValue: '', valueRange: [5, 5], valueLoc: '1:5-1:5', range: [0, 5] }]);
    expect(entriesOf('acks = ')).toMatchObject([{ value: '', valueRange: [6, 6], valueLoc: '1:6-1:6', range: [0, 7] }]);
    expect(entriesOf('acks   : ')).toMatchObject([{ value: '', valueRange: [8, 8], range: [0, 9] }]);
  });

  it('gives a key without separator an empty value at the end of the key', () => {
    expect(entriesOf('enable.idempotence')).toMatchObject([{ key: 'enable.idempotence', value: '', valueRange: [18, 18], range: [0, 18] }]);
    expect(entriesOf('flag   ')).toMatchObject([{ key: 'flag', value: '', valueRange: [4, 4], range: [0, 7] }]);
  });

  it('reads an empty key', () => {
    expect(entriesOf('=value')).toMatchObject([{ key: '', value: 'value', keyRange: [0, 0], valueRange: [1, 6] }]);
    expect(entriesOf(':')).toMatchObject([{ key: '', value: '', keyRange: [0, 0], valueRange: [1, 1] }]);
  });
});

describe('parseProperties: comments and blank lines', () => {
  it('reads # and ! comment lines with exact ranges, the marker excluded from the value', () => {
    const file = parseProperties('# first\n  ! second \nacks=all\n\t#third');
    expect(file.comments.map((comment) => comment.toJSON())).toEqual([
      { type: 'Comment', value: ' first', range: [0, 7], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 7 } } },
      { type: 'Comment', value: ' second ', range: [10, 19], loc: { start: { line: 2, column: 2 }, end: { line: 2, column: 11 } } },
      { type: 'Comment', value: 'third', range: [30, 36], loc: { start: { line: 4, column: 1 }, end: { line: 4, column: 7 } } },
    ]);
    expect(pairsOf('# first\n  ! second \nacks=all\n\t#third')).toEqual([['acks', 'all']]);
  });

  it('treats # after a key or value as text', () => {
    expect(entriesOf('a=b # not a comment')).toMatchObject([{ value: 'b # not a comment' }]);
    expect(entriesOf('a#b=c')).toMatchObject([{ key: 'a#b', value: 'c' }]);
    expect(parseProperties('a=b # x').comments).toEqual([]);
  });

  it('does not continue a comment that ends with a backslash', () => {
    const file = parseProperties('# note \\\nacks=all');
    expect(file.comments.map((comment) => comment.value)).toEqual([' note \\']);
    expect(pairsOf('# note \\\nacks=all')).toEqual([['acks', 'all']]);
  });

  it('skips blank and whitespace-only lines', () => {
    expect(entriesOf('\n\n  \t\f\na=1\n\n')).toMatchObject([{ key: 'a', keyLoc: '4:0-4:1' }]);
  });

  it('reads an empty file and a file of comments only', () => {
    expect(parseProperties('')).toMatchObject({
      type: 'PropertiesFile',
      entries: [],
      comments: [],
      problems: [],
      range: [0, 0],
      loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
    });
    expect(parseProperties('#only\n').entries).toEqual([]);
  });
});

describe('parseProperties: line continuations', () => {
  it('joins a value continued on the next line, dropping the leading blanks of that line', () => {
    expect(entriesOf('a=b\\\n   c')).toEqual([
      {
        key: 'a',
        value: 'bc',
        rawKey: 'a',
        rawValue: 'b\\\n   c',
        keyRange: [0, 1],
        keyLoc: '1:0-1:1',
        valueRange: [2, 9],
        valueLoc: '1:2-2:4',
        range: [0, 9],
        loc: '1:0-2:4',
      },
    ]);
  });

  it('joins values continued over several lines', () => {
    const text = 'bootstrap.servers=k1:9092,\\\n  k2:9092,\\\n  k3:9092\nnext=1';
    expect(entriesOf(text)).toMatchObject([
      { key: 'bootstrap.servers', value: 'k1:9092,k2:9092,k3:9092', valueRange: [18, 49], valueLoc: '1:18-3:9', loc: '1:0-3:9' },
      { key: 'next', value: '1', keyLoc: '4:0-4:4' },
    ]);
  });

  it('continues a key on the next line', () => {
    expect(entriesOf('ac\\\n   ks=all')).toMatchObject([{ key: 'acks', rawKey: 'ac\\\n   ks', keyRange: [0, 9], keyLoc: '1:0-2:5', value: 'all' }]);
  });

  it('starts a value on the continuation line when the separator ends the first line', () => {
    expect(entriesOf('acks=\\\n    all')).toMatchObject([{ value: 'all', valueRange: [11, 14], valueLoc: '2:4-2:7', range: [0, 14] }]);
    expect(entriesOf('acks \\\n  = all')).toMatchObject([{ key: 'acks', value: 'all', valueRange: [11, 14] }]);
  });

  it('keeps # and ! at the start of a continuation line as text', () => {
    expect(pairsOf('a=x\\\n# not a comment\nb=y')).toEqual([
      ['a', 'x# not a comment'],
      ['b', 'y'],
    ]);
  });

  it('ends the logical line at a blank continuation line', () => {
    expect(pairsOf('a=x\\\n\nb=y')).toEqual([
      ['a', 'x'],
      ['b', 'y'],
    ]);
    expect(pairsOf('a=\\\n\nb=y')).toEqual([
      ['a', ''],
      ['b', 'y'],
    ]);
  });

  it('does not continue after an escaped backslash', () => {
    expect(pairsOf('path=C:\\\\\nnext=1')).toEqual([
      ['path', 'C:\\'],
      ['next', '1'],
    ]);
  });

  it('continues after an odd number of backslashes', () => {
    expect(pairsOf('a=x\\\\\\\ny')).toEqual([['a', 'x\\y']]);
  });

  it('drops a backslash that ends the file', () => {
    expect(entriesOf('a=b\\')).toMatchObject([{ value: 'b', rawValue: 'b\\', valueRange: [2, 4] }]);
  });

  it('produces no entry for a logical line made only of a continuation', () => {
    expect(pairsOf('\\\n\na=1')).toEqual([['a', '1']]);
    expect(pairsOf('  \\')).toEqual([]);
  });

  it('continues over CRLF and lone CR line breaks', () => {
    expect(entriesOf('a=b\\\r\n  c\r\nd=e')).toMatchObject([
      { value: 'bc', valueRange: [2, 9], valueLoc: '1:2-2:3' },
      { key: 'd', keyLoc: '3:0-3:1' },
    ]);
    expect(entriesOf('a=b\\\r  c\rd=e')).toMatchObject([
      { value: 'bc', valueRange: [2, 8], valueLoc: '1:2-2:3' },
      { key: 'd', keyLoc: '3:0-3:1' },
    ]);
  });
});

describe('parseProperties: escapes', () => {
  it('resolves \\t \\n \\r \\f \\\\ and escaped separators', () => {
    expect(pairsOf('k=a\\tb\\nc\\rd\\fe\\\\f\\=g\\:h\\ i\\#j\\!k')).toEqual([['k', 'a\tb\nc\rd\fe\\f=g:h i#j!k']]);
  });

  it('maps any other escaped character to itself', () => {
    expect(pairsOf('k=\\q\\b\\"\\é')).toEqual([['k', 'qb"é']]);
  });

  it('resolves \\uXXXX in keys and values, in both letter cases', () => {
    expect(pairsOf('\\u0061cks=\\u00e9t\\u00C9')).toEqual([['acks', 'étÉ']]);
  });

  it('reads escaped separators and blanks as part of the key', () => {
    expect(entriesOf('a\\=b=c')).toMatchObject([{ key: 'a=b', rawKey: 'a\\=b', keyRange: [0, 4], value: 'c', valueRange: [5, 6] }]);
    expect(entriesOf('a\\:b:c')).toMatchObject([{ key: 'a:b', value: 'c' }]);
    expect(entriesOf('my\\ key value')).toMatchObject([{ key: 'my key', keyRange: [0, 7], value: 'value', valueRange: [8, 13] }]);
  });

  it('keeps a malformed \\u escape as written and reports it as a problem', () => {
    const file = parseProperties('ssl.ca.location=C:\\users\\me\nx=\\u12');
    expect(file.entries.map((entry) => [entry.key, entry.value])).toEqual([
      ['ssl.ca.location', 'C:\\usersme'],
      ['x', '\\u12'],
    ]);
    expect(file.problems).toEqual([
      {
        message: 'Malformed \\uXXXX escape: Java needs four hexadecimal digits after \\u and rejects this file.',
        range: [18, 20],
        loc: { start: { line: 1, column: 18 }, end: { line: 1, column: 20 } },
      },
      {
        message: 'Malformed \\uXXXX escape: Java needs four hexadecimal digits after \\u and rejects this file.',
        range: [30, 34],
        loc: { start: { line: 2, column: 2 }, end: { line: 2, column: 6 } },
      },
    ]);
  });

  it('reports no problem for well-formed files', () => {
    expect(parseProperties('a=\\u0041\\t').problems).toEqual([]);
  });
});

describe('parseProperties: nodes', () => {
  it('serialises entries and comments as the plain data of the AST contract', () => {
    const file = parseProperties('# producer\nacks = all\n');
    expect(JSON.parse(JSON.stringify(file.entries))).toEqual([
      {
        type: 'Property',
        key: 'acks',
        value: 'all',
        rawKey: 'acks',
        rawValue: 'all',
        keyRange: [11, 15],
        keyLoc: { start: { line: 2, column: 0 }, end: { line: 2, column: 4 } },
        valueRange: [18, 21],
        valueLoc: { start: { line: 2, column: 7 }, end: { line: 2, column: 10 } },
        range: [11, 21],
        loc: { start: { line: 2, column: 0 }, end: { line: 2, column: 10 } },
      },
    ]);
    expect(JSON.parse(JSON.stringify(file.comments))).toEqual([
      { type: 'Comment', value: ' producer', range: [0, 10], loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 10 } } },
    ]);
  });

  it('answers "in" checks for loc and range, as ESLint asks them', () => {
    const [entry] = parseProperties('a=1').entries;
    expect('loc' in entry! && 'range' in entry!).toBe(true);
  });

  it('locates any offset through the line index built while parsing', () => {
    const text = 'a=1\r\nb=2\rc=3\n';
    const { lines } = parseProperties(text);
    expect([0, 3, 5, 8, 9, 12, 13].map((offset) => lines.positionAt(offset))).toEqual([
      { line: 1, column: 0 },
      { line: 1, column: 3 },
      { line: 2, column: 0 },
      { line: 2, column: 3 },
      { line: 3, column: 0 },
      { line: 3, column: 3 },
      { line: 4, column: 0 },
    ]);
  });
});

describe('parseProperties: files', () => {
  it('keeps duplicate keys as separate entries, in source order', () => {
    expect(entriesOf('acks=1\nacks=all\n')).toMatchObject([
      { key: 'acks', value: '1', range: [0, 6], loc: '1:0-1:6' },
      { key: 'acks', value: 'all', range: [7, 15], loc: '2:0-2:8' },
    ]);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('counts lines ended by %s', (_name, eol) => {
    const text = ['# producer', 'acks=all', '', 'retries=3'].join(eol) + eol;
    const file = parseProperties(text);
    expect(file.entries.map((entry) => [entry.key, entry.keyLoc.start, entry.valueLoc.end])).toEqual([
      ['acks', { line: 2, column: 0 }, { line: 2, column: 8 }],
      ['retries', { line: 4, column: 0 }, { line: 4, column: 9 }],
    ]);
    expect(file.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 5, column: 0 } });
    expect(file.range).toEqual([0, text.length]);
  });

  it('skips a byte order mark, keeping offsets relative to the given text', () => {
    expect(entriesOf('\uFEFFacks=all')).toMatchObject([{ key: 'acks', keyRange: [1, 5], keyLoc: '1:1-1:5' }]);
  });

  it('counts columns in UTF-16 code units, as ESLint does', () => {
    expect(entriesOf('emoji=😀x\nb=1')).toMatchObject([
      { value: '😀x', valueRange: [6, 9], valueLoc: '1:6-1:9' },
      { key: 'b', keyLoc: '2:0-2:1' },
    ]);
  });

  it('ends the root location after the last character', () => {
    expect(parseProperties('a=1\nb=2').loc.end).toEqual({ line: 2, column: 3 });
  });

  it('parses a realistic producer file', () => {
    const text = [
      '# Producer for the orders service',
      'bootstrap.servers=broker-1:9092,broker-2:9092',
      'key.serializer=org.apache.kafka.common.serialization.StringSerializer',
      'acks = 1',
      'enable.idempotence : false',
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\',
      '    username="orders" \\',
      '    password="secret";',
      '',
    ].join('\n');
    expect(pairsOf(text)).toEqual([
      ['bootstrap.servers', 'broker-1:9092,broker-2:9092'],
      ['key.serializer', 'org.apache.kafka.common.serialization.StringSerializer'],
      ['acks', '1'],
      ['enable.idempotence', 'false'],
      ['sasl.jaas.config', 'org.apache.kafka.common.security.plain.PlainLoginModule required username="orders" password="secret";'],
    ]);
    const acks = parseProperties(text).entries[2]!;
    expect(text.slice(...acks.valueRange)).toBe('1');
    expect(acks.valueLoc).toEqual({ start: { line: 4, column: 7 }, end: { line: 4, column: 8 } });
  });

  it('never throws on arbitrary input', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const alphabet = 'ab=: \t\f\\#!\r\nu0F';
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 60 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const file = parseProperties(text);
      for (const entry of file.entries) {
        expect(entry.range[0]).toBeLessThanOrEqual(entry.range[1]);
        expect(text.slice(...entry.keyRange)).toBe(entry.rawKey);
        expect(text.slice(...entry.valueRange)).toBe(entry.rawValue);
      }
    }
  });

  it('parses a large file in one linear pass', () => {
    // Throughput is measured by the benchmarks; this guards against a super-linear parser, with room for a loaded machine.
    const line = 'spring.kafka.producer.properties.max.in.flight.requests.per.connection=5\n';
    const text = line.repeat(Math.ceil((8 * 2 ** 20) / line.length));
    const started = performance.now();
    const file = parseProperties(text);
    expect(file.entries).toHaveLength(Math.ceil((8 * 2 ** 20) / line.length));
    expect(file.entries.at(-1)!.loc.end).toEqual({ line: file.entries.length, column: line.length - 1 });
    expect(performance.now() - started).toBeLessThan(4000);
  });
});
