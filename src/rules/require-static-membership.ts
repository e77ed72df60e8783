import type { ConfigEntry, ConfigView, Workload } from '../core/config-view.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [{ deployments?: boolean }];
export type MessageId = 'statefulSet' | 'deployment' | 'sharedInstanceId';

const GROUP_ID = 'group.id';
const INSTANCE_ID = 'group.instance.id';

/** `StatefulSet \`orders\``, or the kind alone when the manifest names no workload. */
function describeWorkload(workload: Workload): string {
  return workload.name === undefined ? `this ${workload.kind}` : `${workload.kind} \`${workload.name}\``;
}

/** A group id written with a value (an empty one joins no group; a run-time one still names a group). */
function groupIdOf(view: ConfigView): ConfigEntry | undefined {
  const entry = view.get(GROUP_ID);
  return entry && entry.value !== '' ? entry : undefined;
}

/** The same instance id for every pod: a literal value, no `$(POD_NAME)` or `${…}` in it. */
function isConstant(entry: ConfigEntry): boolean {
  return typeof entry.value === 'string' || typeof entry.value === 'number';
}

export default createRule<Options, MessageId>({
  name: 'require-static-membership',
  meta: {
    type: 'suggestion',
    docs: {
      description:
        'Require consumers run by a Kubernetes StatefulSet to join their group as static members (`group.instance.id` from the pod name)',
      pitfall: 'rebalance',
      recommended: 'strict',
      appliesTo: ['config'],
    },
    messages: {
      statefulSet:
        'The consumer of {{workload}} joins {{group}} (`{{written}}`) without `group.instance.id`: at every rolling restart each pod\'s consumer leaves the group and joins it again, two rebalances per pod, each stopping the consumption of partitions that move. Set `group.instance.id` from the pod name (an environment variable from the downward API `metadata.name`, which a StatefulSet keeps across restarts) and a `session.timeout.ms` longer than a pod restart: a static member that returns within the session timeout gets its partitions back without a rebalance (KIP-345, Kafka 2.3 and later).',
      deployment:
        'The consumer of {{workload}} joins {{group}} (`{{written}}`) without `group.instance.id`, so every container restart makes it leave the group and join again, two rebalances. A Deployment gives its pods new names at every rollout: with `group.instance.id` from the pod name (downward API `metadata.name`) and a `session.timeout.ms` longer than a restart, a container restarted inside its pod (a crash, an OOM kill, a failed liveness probe) rejoins without a rebalance, but a rollout still adds each new pod as a new member, and the partitions of the pod it replaces wait for the session timeout. Run the consumer as a StatefulSet, whose pod names survive restarts, for rollouts without rebalances.',
      sharedInstanceId:
        '`{{written}}` gives every one of the {{replicas}} pods of {{workload}} the same `group.instance.id` ({{value}}): the group coordinator accepts one member per instance id, so each consumer that joins fences out the other (FencedInstanceIdException) and the pods take turns failing. Derive it from the pod name (an environment variable from the downward API `metadata.name`).',
    },
    schema: [
      {
        type: 'object',
        properties: {
          deployments: {
            type: 'boolean',
            description:
              'Whether to report consumers run by Deployments too, whose pods get new names at every rollout, so that static membership only spares the rebalances of container restarts (default: false).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ deployments: false }],
  },
  create(context, [options]) {
    const report = reportOncePerLocation(context);
    const deployments = options.deployments ?? false;

    function checkSharedInstanceId(instanceId: ConfigEntry, workload: Workload): void {
      const replicas = workload.replicas;
      if (replicas === undefined || replicas < 2 || !isConstant(instanceId)) return;
      report({
        loc: instanceId.valueSpan.loc,
        messageId: 'sharedInstanceId',
        data: { written: instanceId.written, replicas, workload: describeWorkload(workload), value: instanceId.text },
      });
    }

    return visitKafka(context, {
      view(view) {
        const { workload } = view;
        if (view.role !== 'consumer' || !workload) return;
        // A workload scaled to one pod (or none) has no other member to disturb.
        if (workload.replicas !== undefined && workload.replicas < 2) return;
        const instanceId = view.get(INSTANCE_ID);
        if (instanceId) {
          checkSharedInstanceId(instanceId, workload);
          return;
        }
        const group = groupIdOf(view);
        // The pod name is already in the container's environment: the application may take its instance id from it.
        if (!group || workload.podNameVariable !== undefined) return;
        if (workload.kind === 'Deployment' && !deployments) return;
        report({
          loc: group.keySpan.loc,
          messageId: workload.kind === 'StatefulSet' ? 'statefulSet' : 'deployment',
          data: {
            workload: describeWorkload(workload),
            group: group.value === undefined || group.value === null ? 'its group' : `group \`${String(group.value)}\``,
            written: group.written,
          },
        });
      },
    });
  },
});
