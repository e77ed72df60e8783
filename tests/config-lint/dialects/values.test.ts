import { describe, expect, it } from 'vitest';

import { lookupLibrdkafkaKey } from '../../../src/config-lint/catalog/index.js';
import { parseJavaValue } from '../../../src/config-lint/dialects/java-values.js';
import { parseLibrdkafkaValue } from '../../../src/config-lint/dialects/librdkafka-values.js';
import {
  parseSpringBoolean,
  parseSpringDataSize,
  parseSpringDuration,
  springStringOfYaml,
} from '../../../src/config-lint/dialects/spring-values.js';

describe('parseJavaValue', () => {
  it('parses as ConfigDef.parseType does', () => {
    expect(parseJavaValue('boolean', ' True ')).toBe(true);
    expect(parseJavaValue('boolean', 'FALSE')).toBe(false);
    expect(parseJavaValue('boolean', 'yes')).toBe('yes');
    expect(parseJavaValue('int', ' 45000 ')).toBe(45000);
    expect(parseJavaValue('int', '+5')).toBe(5);
    expect(parseJavaValue('int', '2147483648')).toBe('2147483648');
    expect(parseJavaValue('short', '32768')).toBe('32768');
    expect(parseJavaValue('long', '9223372036854775807')).toBe(9223372036854775807);
    expect(parseJavaValue('long', '1e3')).toBe('1e3');
    expect(parseJavaValue('int', '1_000')).toBe('1_000');
    expect(parseJavaValue('double', '0.5')).toBe(0.5);
    expect(parseJavaValue('double', '1e-3d')).toBe(0.001);
    expect(parseJavaValue('double', 'half')).toBe('half');
    expect(parseJavaValue('string', '  all ')).toBe('all');
    expect(parseJavaValue('list', 'a, b')).toBe('a, b');
    expect(parseJavaValue(undefined, '  untouched ')).toBe('  untouched ');
  });
});

describe('parseLibrdkafkaValue', () => {
  const key = (name: string) => lookupLibrdkafkaKey(name);
  it('parses as rd_kafka_conf_set does', () => {
    expect(parseLibrdkafkaValue(key('acks'), 'all')).toBe(-1);
    expect(parseLibrdkafkaValue(key('acks'), '-1')).toBe(-1);
    expect(parseLibrdkafkaValue(key('linger.ms'), '0.5')).toBe(0.5);
    expect(parseLibrdkafkaValue(key('batch.num.messages'), '0x10')).toBe(16);
    expect(parseLibrdkafkaValue(key('batch.num.messages'), '010')).toBe(8);
    expect(parseLibrdkafkaValue(key('batch.num.messages'), '0')).toBe(0);
    expect(parseLibrdkafkaValue(key('batch.num.messages'), 'many')).toBe('many');
    expect(parseLibrdkafkaValue(key('enable.idempotence'), 'F')).toBe(false);
    expect(parseLibrdkafkaValue(key('enable.idempotence'), '1')).toBe(true);
    expect(parseLibrdkafkaValue(key('enable.idempotence'), 'yes')).toBe('yes');
    expect(parseLibrdkafkaValue(key('isolation.level'), 'READ_COMMITTED')).toBe('read_committed');
    expect(parseLibrdkafkaValue(key('security.protocol'), 'SASL_SSL')).toBe('sasl_ssl');
    expect(parseLibrdkafkaValue(key('security.protocol'), 'TLS')).toBe('TLS');
    expect(parseLibrdkafkaValue(key('client.id'), '  bridge')).toBe('bridge');
    expect(parseLibrdkafkaValue(undefined, ' x ')).toBe(' x ');
  });
});

describe('Spring conversions', () => {
  it('parses Duration properties to milliseconds', () => {
    expect(parseSpringDuration('3s')).toBe(3000);
    expect(parseSpringDuration('500')).toBe(500);
    expect(parseSpringDuration('2M')).toBe(120000);
    expect(parseSpringDuration('1500us')).toBe(1);
    expect(parseSpringDuration('PT1M30S')).toBe(90000);
    expect(parseSpringDuration('pt0.5s')).toBe(500);
    expect(parseSpringDuration('-PT1S')).toBe(-1000);
    expect(parseSpringDuration('3 seconds')).toBeUndefined();
    expect(parseSpringDuration('3w')).toBeUndefined();
    expect(parseSpringDuration('P')).toBeUndefined();
  });

  it('parses DataSize properties to bytes', () => {
    expect(parseSpringDataSize('64KB')).toBe(65536);
    expect(parseSpringDataSize('1MB')).toBe(1048576);
    expect(parseSpringDataSize('16384')).toBe(16384);
    expect(parseSpringDataSize('10B')).toBe(10);
    expect(parseSpringDataSize('64kb')).toBeUndefined();
  });

  it('reads booleans as StringToBooleanConverter does', () => {
    expect(parseSpringBoolean('on')).toBe(true);
    expect(parseSpringBoolean('NO')).toBe(false);
    expect(parseSpringBoolean('1')).toBe(true);
    expect(parseSpringBoolean('y')).toBeUndefined();
  });

  it('reads YAML scalars as SnakeYAML hands them to Spring', () => {
    expect(springStringOfYaml({ text: 'yes', style: 'PLAIN', isNull: false })).toBe('true');
    expect(springStringOfYaml({ text: 'Off', style: 'PLAIN', isNull: false })).toBe('false');
    expect(springStringOfYaml({ text: 'yes', style: 'QUOTE_DOUBLE', isNull: false })).toBe('yes');
    expect(springStringOfYaml({ text: '1_000', style: 'PLAIN', isNull: false })).toBe('1000');
    expect(springStringOfYaml({ text: '0x1F', style: 'PLAIN', isNull: false })).toBe('31');
    expect(springStringOfYaml({ text: '017', style: 'PLAIN', isNull: false })).toBe('15');
    expect(springStringOfYaml({ text: '', style: 'PLAIN', isNull: true })).toBe('');
    expect(springStringOfYaml({ text: 'y', style: 'PLAIN', isNull: false })).toBe('y');
  });
});
