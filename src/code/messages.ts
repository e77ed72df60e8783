import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import type { Library, MessageSite } from './model.js';
import { objectsOfList } from './object-lists.js';
import { propertyKey } from './evaluate.js';
import { MAX_DEPTH, resolveObject, writtenMemberOf, type Located } from './resolve.js';
import type { Tracker } from './tracking.js';

interface FoundProperties {
  key?: TSESTree.Property;
  partition?: TSESTree.Property;
  complete: boolean;
  /** Objects already looked into: each spread base once. */
  read: Set<TSESTree.ObjectExpression>;
}

/** The `key` and `partition` a message object ends up with, looking into the objects it spreads. */
function messageProperties(object: Located<TSESTree.ObjectExpression>, found: FoundProperties, depth: number): void {
  if (depth > MAX_DEPTH) {
    found.complete = false;
    return;
  }
  if (found.read.has(object.node)) return;
  found.read.add(object.node);
  for (const property of object.node.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      const spread = resolveObject(property.argument, object.scope);
      if (spread) messageProperties(spread, found, depth + 1);
      else found.complete = false;
      continue;
    }
    const name = propertyKey(property, object.scope);
    if (name === undefined) found.complete = false;
    else if (name === 'key') found.key = property;
    else if (name === 'partition') found.partition = property;
  }
}

export function messageSite(object: Located<TSESTree.ObjectExpression>, call: TSESTree.CallExpression, library: Library): MessageSite {
  const found: FoundProperties = { complete: true, read: new Set() };
  messageProperties(object, found, 0);
  const site: MessageSite = { node: object.node, complete: found.complete, library, call };
  if (found.key) site.key = found.key;
  if (found.partition) site.partition = found.partition;
  return site;
}

function messagesOf(tracker: Tracker, holder: Located<TSESTree.ObjectExpression>, call: TSESTree.CallExpression, library: Library): MessageSite[] {
  const messages = writtenMemberOf(holder, 'messages');
  if (!messages) return [];
  return objectsOfList(tracker, messages.node).objects.map((object) => messageSite(object, call, library));
}

/** The messages of `producer.send({ topic, messages })` and `sendBatch({ topicMessages: [{ topic, messages }] })`. */
export function sentMessages(tracker: Tracker, call: TSESTree.CallExpression, method: string, library: Library): MessageSite[] {
  const [record] = call.arguments;
  const object = record && resolveObject(record, tracker.scopeOf(record));
  if (!object) return [];
  if (method !== 'sendBatch') return messagesOf(tracker, object, call, library);
  const topicMessages = writtenMemberOf(object, 'topicMessages');
  if (!topicMessages) return [];
  const sites = objectsOfList(tracker, topicMessages.node).objects.flatMap((batch) => messagesOf(tracker, batch, call, library));
  // Batches filled by one builder (\`ids.map(toMessage)\` twice) share its object literal: one site each.
  return sites.filter((site, index) => sites.findIndex((other) => other.node === site.node) === index);
}

/** The payload of a NestJS `client.emit(topic, payload)` / `client.send(topic, payload)`, when it is an object literal. */
export function emittedMessage(tracker: Tracker, call: TSESTree.CallExpression): MessageSite | undefined {
  const payload = call.arguments[1];
  const object = payload && resolveObject(payload, tracker.scopeOf(payload));
  return object && messageSite(object, call, 'nestjs');
}
