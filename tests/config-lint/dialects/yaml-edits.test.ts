import { parseDocument, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { describe, expect, it } from 'vitest';

import { blockMapInsertion, blockSeqInsertion, formatYamlValue } from '../../../src/config-lint/dialects/yaml-edits.js';
import { applyEdit, locAtOf } from './extract.js';

describe('formatYamlValue', () => {
  it('writes plain scalars unless plain would change the meaning', () => {
    expect(formatYamlValue('all')).toBe('all');
    expect(formatYamlValue(-1)).toBe('-1');
    expect(formatYamlValue(true)).toBe('true');
    expect(formatYamlValue(null)).toBe('null');
    expect(formatYamlValue('PLAINTEXT://:9092')).toBe('PLAINTEXT://:9092');
    expect(formatYamlValue('a: b')).toBe('"a: b"');
    expect(formatYamlValue('x #y')).toBe('"x #y"');
    expect(formatYamlValue('*ref')).toBe('"*ref"');
    expect(formatYamlValue('- item')).toBe('"- item"');
    expect(formatYamlValue('')).toBe('""');
    expect(formatYamlValue(' padded')).toBe('" padded"');
  });
});

describe('block insertions', () => {
  it('adds a key at the end of a block map, after its last line and comment', () => {
    const text = 'config:\n  a: 1\n  b: # note\n    - x\n    - y\nnext: 2\n';
    const map = parseDocument(text).get('config') as YAMLMap;
    const insertion = blockMapInsertion(map, text, locAtOf(text), 'c', '3')!;
    expect(applyEdit(text, insertion.range, insertion.text)).toBe('config:\n  a: 1\n  b: # note\n    - x\n    - y\n  c: 3\nnext: 2\n');
  });

  it('keeps CRLF line breaks', () => {
    const text = 'config:\r\n  a: 1 # one\r\n';
    const map = parseDocument(text).get('config') as YAMLMap;
    const insertion = blockMapInsertion(map, text, locAtOf(text), 'b', '2')!;
    expect(applyEdit(text, insertion.range, insertion.text)).toBe('config:\r\n  a: 1 # one\r\n  b: 2\r\n');
  });

  it('refuses flow and empty maps', () => {
    const text = 'flow: {a: 1}\nempty: {}\n';
    const document = parseDocument(text);
    const flow = document.get('flow');
    const empty = document.get('empty');
    expect(isMap(flow) && blockMapInsertion(flow, text, locAtOf(text), 'b', '2')).toBeUndefined();
    expect(isMap(empty) && blockMapInsertion(empty, text, locAtOf(text), 'b', '2')).toBeUndefined();
  });

  it('adds an item at the end of a block sequence, aligned with its dashes', () => {
    const text = 'env:\n  - A=1\n  - "B=2"\n';
    const seq = parseDocument(text).get('env') as YAMLSeq;
    expect(isSeq(seq)).toBe(true);
    const insertion = blockSeqInsertion(seq, text, locAtOf(text), 'C=3')!;
    expect(applyEdit(text, insertion.range, insertion.text)).toBe('env:\n  - A=1\n  - "B=2"\n  - C=3\n');
  });
});
