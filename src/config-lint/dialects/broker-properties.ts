import type { ConfigView } from '../../core/config-view.js';
import type { PropertiesFile } from '../ast.js';
import type { ExtractionContext } from './context.js';
import { javaPropertiesView } from './java-properties.js';

/** A broker or KRaft controller file (`server.properties`, `broker.properties`, `controller.properties`). */
export function extractBrokerProperties(context: ExtractionContext, file: PropertiesFile): ConfigView[] {
  const view = javaPropertiesView(context, file, 'broker', 'broker-properties');
  const brokers = combinedModeNodes(view);
  if (brokers !== undefined) view.brokers = brokers;
  return [view];
}

/**
 * The cluster size a KRaft combined-mode file states: with `process.roles=broker,controller`, every
 * node of `controller.quorum.voters` (`1@host:9093,2@host:9093,…`) is a broker too. Dedicated
 * controllers say nothing about the brokers, and `controller.quorum.bootstrap.servers` (dynamic
 * quorums) lists only the controllers to contact, so neither gives a count.
 */
export function combinedModeNodes(view: ConfigView): number | undefined {
  const roles = String(view.get('process.roles')?.value ?? '')
    .split(',')
    .map((role) => role.trim());
  if (!roles.includes('broker') || !roles.includes('controller')) return undefined;
  const voters = view.get('controller.quorum.voters')?.value;
  if (typeof voters !== 'string' || voters.includes('${')) return undefined;
  const nodes = voters.split(',').filter((voter) => /^\s*\d+@\S+:\d+\s*$/.test(voter));
  return nodes.length > 0 ? nodes.length : undefined;
}
