import { describe, expect, it } from 'vitest';

import { SpringPath } from '../../../src/config-lint/dialects/spring-paths.js';

const pathOf = (...keys: string[]): SpringPath => keys.reduce((path, key) => path.child(key), SpringPath.root);

describe('SpringPath', () => {
  it('joins the elements of nested, dotted and bracketed keys', () => {
    expect(pathOf('spring', 'kafka.producer', 'properties', '[linger.ms]').elements).toEqual(['spring', 'kafka', 'producer', 'properties', 'linger.ms']);
    expect(pathOf('spring.kafka.consumer.group-id').elements).toEqual(['spring', 'kafka', 'consumer', 'group-id']);
  });

  it('gives the same path for the same key under the same parent, and another under another parent', () => {
    expect(pathOf('spring', 'kafka', 'producer', 'acks')).toBe(pathOf('spring', 'kafka', 'producer', 'acks'));
    expect(pathOf('spring', 'kafka', 'consumer', 'acks').elements).toEqual(['spring', 'kafka', 'consumer', 'acks']);
  });

  it('knows which paths can still lead to Kafka settings and which are inside them', () => {
    expect(pathOf('server').mayLead).toBe(false);
    expect(pathOf('spring').mayLead).toBe(true);
    expect(pathOf('spring').inside).toBe(false);
    expect(pathOf('spring', 'cloud', 'stream').mayLead).toBe(true);
    expect(pathOf('spring', 'datasource').mayLead).toBe(false);
    expect(pathOf('spring', 'Kafka').inside).toBe(true);
    expect(pathOf('spring', 'cloud', 'stream', 'kafka', 'binder').inside).toBe(true);
  });

  it('names the section a path opens, in any relaxed spelling', () => {
    expect(pathOf('spring', 'kafka').sectionRole).toBe('common');
    expect(pathOf('spring.kafka', 'Producer').sectionRole).toBe('producer');
    expect(pathOf('spring', 'kafka', 'listener').sectionRole).toBeUndefined();
    expect(pathOf('spring', 'kafka', 'consumer', 'properties').sectionRole).toBeUndefined();
  });

  it('maps a path to the Kafka setting Spring binds it to', () => {
    expect(pathOf('spring', 'kafka', 'producer', 'batchSize').mapping).toMatchObject({ role: 'producer', key: 'batch.size', known: true });
    expect(pathOf('spring', 'kafka', 'consumer', 'properties', 'max.poll.records').mapping).toMatchObject({ role: 'consumer', key: 'max.poll.records', type: 'passthrough' });
    expect(pathOf('spring', 'kafka', 'producer', 'no-such-thing').mapping).toMatchObject({ known: false });
    expect(pathOf('server', 'port').mapping).toBeUndefined();
  });

  it('answers for a key too long to be remembered, without remembering it', () => {
    const long = `spring.kafka.properties.${'x'.repeat(300)}`;
    const first = pathOf(long);
    expect(first.mapping).toMatchObject({ role: 'common', key: 'x'.repeat(300), type: 'passthrough' });
    expect(pathOf(long)).not.toBe(first);
    // Nor anything under it.
    expect(pathOf(long, 'a').elements).toEqual([...first.elements, 'a']);
    expect(pathOf(long, 'a')).not.toBe(pathOf(long, 'a'));
  });
});
