import type { TSESLint } from '@typescript-eslint/utils';
import { isMap, type Document, type Node } from 'yaml';

import type { ConfigEntry, ConfigView, Role } from '../core/config-view.js';
import type { ConfigFileAst, YamlFile } from '../config-lint/ast.js';
import {
  LATEST_KAFKA_VERSION,
  compareKafkaVersions,
  isAtLeast,
  parseKafkaVersion,
  removedKeyFor,
  type RemovedKey,
} from '../config-lint/catalog/removed-keys.js';
import { imageFamily, kafkaKeyToEnv, type ImageFamily } from '../config-lint/dialects/compose-images.js';
import { AliasBudget, YamlReader, stringValueOf, type MapItem } from '../config-lint/dialects/yaml-access.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [{ kafkaVersion?: string }];
export type MessageId = 'removed' | 'deprecated' | 'rename';

/** A Kafka version and where it comes from, for messages. */
interface RunningVersion {
  version: number[];
  /** ` (image \`apache/kafka:4.0.0\`)`, or empty when the version is the rule option's. */
  where: string;
}

/** What a file says about the Kafka version one of its views runs on. */
interface FileInfo {
  /** Compose: by the start offset of a view's anchor, the Kafka images of the services it stands for. */
  services: Map<number, { images: { image: string; version: number[] | undefined }[]; family: ImageFamily }>;
  /** Strimzi: resources with the version they name, by the range of their YAML document. */
  resources: { start: number; end: number; version: number[] | undefined; label: string }[];
}

function versionLabel(version: readonly number[]): string {
  const [major = 0, minor = 0, patch = 0] = version;
  return major === 0 && patch !== 0 ? `${major}.${minor}.${patch}` : `${major}.${minor}`;
}

// ---------------------------------------------------------------------------------------------
// The Kafka version an image runs.

/** `${KAFKA_IMAGE:-apache/kafka:3.8.0}` → its default, as compose reads it when the variable is unset. */
function withDefaultsSubstituted(image: string): string {
  return image.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?-([^}]*))?\}/g, (_match, fallback: string | undefined) => fallback ?? '');
}

function imageTag(image: string): string | undefined {
  const reference = withDefaultsSubstituted(image.trim()).toLowerCase().split('@')[0]!;
  const colon = reference.indexOf(':', reference.lastIndexOf('/') + 1);
  return colon === -1 ? undefined : reference.slice(colon + 1);
}

/**
 * The Kafka release of a Confluent Platform release. CP 5.x and older from Confluent's
 * interoperability table (5.5 → 2.5 … 4.0 → 1.0, 3.3 → 0.11.0); CP 7.x is Kafka 3.x and CP 8.x
 * Kafka 4.x minor for minor (CP 7.5 and Kafka 3.5 both deprecated ZooKeeper, CP 8.0 and Kafka 4.0
 * both removed it, CP 8.3 ships Kafka 4.3); CP 6.x shipped Kafka 2.6 to 2.8, taken as 2.6.
 */
function kafkaOfConfluent(major: number, minor: number): number[] | undefined {
  if (major === 8) return [4, minor];
  if (major === 7) return [3, minor];
  if (major === 6) return [2, 6];
  if (major === 5 && minor <= 5) return [2, minor];
  if (major === 4 && minor <= 1) return [1, minor];
  if (major === 3 && minor <= 3) return minor === 3 ? [0, 11] : [0, 10, minor];
  return undefined;
}

/**
 * The Kafka release an image tag names, for the families whose tags say it: `apache/kafka:3.9.0`,
 * `bitnami/kafka:3.7.0-debian-12-r0`, `wurstmeister/kafka:2.13-2.8.1` (Scala-Kafka),
 * `confluentinc/cp-kafka:7.6.1` (a Confluent Platform release). Undefined for `latest`, digests and
 * variables without a default.
 */
export function imageKafkaVersion(image: string, family: ImageFamily): number[] | undefined {
  const tag = imageTag(image);
  if (!tag) return undefined;
  if (family === 'apache' || family === 'bitnami') {
    const match = /^(\d+)\.(\d+)(?:\.\d+)?(?:-[\w.-]*)?$/.exec(tag);
    return match ? [Number(match[1]), Number(match[2])] : undefined;
  }
  if (family === 'confluent') {
    const match = /^(\d+)\.(\d+)(?:\.\d+)?(?:-[\w.-]*)?$/.exec(tag);
    return match ? kafkaOfConfluent(Number(match[1]), Number(match[2])) : undefined;
  }
  const match = /^\d+\.\d+-(\d+)\.(\d+)(?:\.\d+)*$/.exec(tag);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Versions written in YAML files.

function composeServices(reader: YamlReader, info: FileInfo): void {
  const root = reader.root;
  if (!isMap(root)) return;
  const services = reader.get(root, 'services');
  if (!services || !isMap(services.value)) return;
  for (const service of reader.items(services.value, services.shared)) {
    if (!isMap(service.value)) continue;
    const image = stringValueOf(reader.get(service.value, 'image', service.shared)?.value ?? null);
    const family = image === undefined ? undefined : imageFamily(image);
    if (image === undefined || !family) continue;
    // The compose extractor anchors a service's view at its `environment` key, else at its name.
    const environment = reader.get(service.value, 'environment', service.shared);
    const start = (environment ?? service).key.range?.[0];
    if (start === undefined) continue;
    const known = info.services.get(start) ?? { images: [], family };
    known.images.push({ image, version: imageKafkaVersion(image, family) });
    info.services.set(start, known);
  }
}

function textAt(reader: YamlReader, root: Node | null, path: readonly string[]): string | undefined {
  if (!isMap(root)) return undefined;
  let item: MapItem | undefined;
  let map = root;
  for (const [index, key] of path.entries()) {
    item = reader.get(map, key, item?.shared);
    if (!item) return undefined;
    if (index < path.length - 1) {
      if (!isMap(item.value)) return undefined;
      map = item.value;
    }
  }
  return item ? stringValueOf(item.value) : undefined;
}

interface StrimziResource {
  start: number;
  end: number;
  kind: string;
  name: string | undefined;
  cluster: string | undefined;
  version: string | undefined;
}

function strimziResource(document: Document.Parsed, reader: YamlReader): StrimziResource | undefined {
  const root = reader.root;
  const apiVersion = textAt(reader, root, ['apiVersion']);
  const range = (document.contents as Node | null)?.range;
  if (!apiVersion?.startsWith('kafka.strimzi.io/') || !range) return undefined;
  const kind = textAt(reader, root, ['kind']) ?? '';
  return {
    start: range[0],
    end: range[2],
    kind,
    name: textAt(reader, root, ['metadata', 'name']),
    cluster: textAt(reader, root, ['metadata', 'labels', 'strimzi.io/cluster']),
    version: kind === 'Kafka' ? textAt(reader, root, ['spec', 'kafka', 'version']) : textAt(reader, root, ['spec', 'version']),
  };
}

/** Strimzi: `Kafka` `spec.kafka.version`, `KafkaConnect` / `KafkaMirrorMaker2` `spec.version`; a topic follows its cluster. */
function strimziVersions(resources: readonly StrimziResource[], info: FileInfo): void {
  const clusters = resources.filter((resource) => resource.kind === 'Kafka');
  for (const resource of resources) {
    let named: StrimziResource | undefined = resource;
    if (resource.kind === 'KafkaTopic') {
      named = resource.cluster !== undefined ? clusters.find((cluster) => cluster.name === resource.cluster) : clusters.length === 1 ? clusters[0] : undefined;
    } else if (resource.kind !== 'Kafka' && resource.kind !== 'KafkaConnect' && resource.kind !== 'KafkaMirrorMaker2') {
      named = undefined;
    }
    const text = named?.version;
    const version = text === undefined ? undefined : parseKafkaVersion(text);
    const label = named?.kind === 'Kafka' ? '`spec.kafka.version`' : '`spec.version`';
    info.resources.push({ start: resource.start, end: resource.end, version: version && version.slice(0, 2), label: `${label} ${text ?? ''}`.trim() });
  }
}

function fileInfoOf(ast: YamlFile): FileInfo {
  const info: FileInfo = { services: new Map(), resources: [] };
  const budget = new AliasBudget();
  const resources: StrimziResource[] = [];
  for (const document of ast.documents) {
    const reader = new YamlReader(document, budget);
    composeServices(reader, info);
    const resource = strimziResource(document, reader);
    if (resource) resources.push(resource);
  }
  strimziVersions(resources, info);
  return info;
}

// ---------------------------------------------------------------------------------------------
// Messages.

/** What a release that removed the key does with it, by the role of the config that sets it. */
function effectOf(role: Role, running: RunningVersion): string {
  const version = versionLabel(running.version);
  switch (role) {
    case 'broker':
      return `A Kafka ${version} broker${running.where} does not read it, so it has no effect.`;
    case 'topic':
      return `Kafka ${version}${running.where} has no such topic setting, so it has no effect.`;
    case 'streams':
      return `Kafka Streams ${version}${running.where} does not read it, so it has no effect.`;
    case 'producer':
    case 'consumer':
    case 'admin':
      return `A Kafka ${version} client does not read it (it only logs it as supplied but unused), so it has no effect.`;
    default:
      return `Kafka ${version}${running.where} does not read it, so it has no effect.`;
  }
}

/** Spring settings a view files under a Kafka key: only pass-through map entries name the Kafka key itself. */
function namesKafkaKey(entry: ConfigEntry, keyText: string): boolean {
  return entry.written.endsWith(entry.key) || keyText.endsWith(entry.key) || keyText.endsWith(`${entry.key}]`);
}

export default createRule<Options, MessageId>({
  name: 'no-removed-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow configuration keys that the Kafka version in use deprecated or removed',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['config'],
    },
    hasSuggestions: true,
    messages: {
      removed: '`{{written}}` was removed in Kafka {{removedIn}}: {{reason}}. {{effect}} {{advice}}.',
      deprecated: '`{{written}}` is deprecated since Kafka {{deprecatedIn}}{{removal}}: {{reason}}. {{advice}}.',
      rename: 'Rename `{{written}}` to `{{replacement}}`.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          kafkaVersion: {
            type: 'string',
            pattern: '^\\d{1,4}\\.\\d{1,4}(\\.\\d{1,4})?$',
            description: `The Kafka release the configs run on (\`3.9\`, \`4.0\`). When set, it applies to every file; when not, a version the file names (a compose image tag, a Strimzi \`version\`) is used, else the latest release (${LATEST_KAFKA_VERSION}).`,
          },
        },
        additionalProperties: false,
      },
    ],
    // No static default: without `kafkaVersion`, a version the file names wins, else LATEST_KAFKA_VERSION.
    defaultOptions: [{}],
  },
  create(context, [options]) {
    const sourceCode: unknown = context.sourceCode;
    // Only config files: code sets client options, which kafkajs and librdkafka name their own way.
    if (!isConfigSourceCode(sourceCode)) return {};
    const text = sourceCode.text;
    const report = reportOncePerLocation(context);
    const explicit = options.kafkaVersion !== undefined;
    const optionVersion = parseKafkaVersion(options.kafkaVersion ?? LATEST_KAFKA_VERSION) ?? parseKafkaVersion(LATEST_KAFKA_VERSION)!;
    const ast = (context.sourceCode as unknown as { ast: ConfigFileAst }).ast;
    let fileInfo: FileInfo | undefined;

    function info(): FileInfo | undefined {
      if (ast.type !== 'YamlFile') return undefined;
      fileInfo ??= fileInfoOf(ast);
      return fileInfo;
    }

    /** The oldest of the versions the file names for a view, when it names any and no option overrides them. */
    function runningVersion(view: ConfigView): RunningVersion {
      const fallback: RunningVersion = { version: optionVersion, where: '' };
      if (explicit) return fallback;
      if (view.dialect === 'compose') {
        const service = info()?.services.get(view.anchor.range[0]);
        let oldest: RunningVersion | undefined;
        // Only when every image sharing the view names its version: one that does not may run anything.
        if (service?.images.every(({ version }) => version !== undefined)) {
          for (const { image, version } of service.images) {
            if (!oldest || compareKafkaVersions(version!, oldest.version) < 0) oldest = { version: version!, where: ` (image \`${image}\`)` };
          }
        }
        if (oldest) return oldest;
      }
      if (view.dialect === 'strimzi') {
        const offset = view.anchor.range[0];
        const resource = info()?.resources.find((candidate) => offset >= candidate.start && offset <= candidate.end);
        if (resource?.version) return { version: resource.version, where: ` (${resource.label})` };
      }
      // A ZooKeeper-mode broker names no release: it is judged against the target release, where its keys are gone.
      return fallback;
    }

    /** The key written with the replacement's name, in the file's syntax, when that can be done safely. */
    function renamed(view: ConfigView, entry: ConfigEntry, replacement: string): string | undefined {
      const keyText = text.slice(entry.keySpan.range[0], entry.keySpan.range[1]);
      if (view.dialect === 'compose') {
        const family = info()?.services.get(view.anchor.range[0])?.family;
        // Shared entries (anchors, merges) and inexact list items have no formatter: not rewritten here.
        if (!family || !entry.formatValue || keyText !== entry.written) return undefined;
        return kafkaKeyToEnv(family, replacement);
      }
      const yaml = ast.type === 'YamlFile';
      // A YAML value reached through an alias or merge has no formatter: its key is shared, not rewritten here.
      if (yaml && !entry.formatValue) return undefined;
      const quote = /^(["'])(.*)\1$/.exec(keyText);
      const inner = quote ? quote[2]! : keyText;
      if (quote && /["'\\]/.test(inner)) return undefined;
      if (!yaml && !quote && keyText !== entry.written) return undefined; // escapes in a properties key
      const bracket = inner.endsWith(`${entry.key}]`) ? ']' : '';
      const stem = bracket ? inner.slice(0, -1) : inner;
      if (!stem.endsWith(entry.key)) return undefined;
      const result = `${stem.slice(0, stem.length - entry.key.length)}${replacement}${bracket}`;
      return quote ? `${quote[1]}${result}${quote[1]}` : result;
    }

    /** The replacement key as this file writes it, when the entry can be renamed in place. */
    function renamedKey(view: ConfigView, entry: ConfigEntry, record: RemovedKey): string | undefined {
      const { replacement } = record;
      // Renaming next to an entry of the replacement would set it twice.
      if (!replacement || view.entries.some((other) => other.key === replacement)) return undefined;
      return renamed(view, entry, replacement);
    }

    function renameSuggestion(entry: ConfigEntry, newKey: string | undefined): TSESLint.SuggestionReportDescriptor<MessageId>[] {
      if (!newKey) return [];
      return [
        {
          messageId: 'rename',
          data: { written: entry.written, replacement: newKey },
          fix: (fixer) => fixer.replaceTextRange(entry.keySpan.range, newKey),
        },
      ];
    }

    /** What to do, as a sentence without its final period (the message adds it). */
    function adviceOf(record: RemovedKey, newKey: string | undefined): string {
      if (newKey) return `Rename it to \`${newKey}\`, which takes the same values`;
      if (record.replacement) return `Set \`${record.replacement}\` instead, which takes the same values`;
      return (record.instead ?? 'Remove it.').replace(/\.$/, '');
    }

    function check(view: ConfigView, entry: ConfigEntry): void {
      const record = removedKeyFor(view.role, entry.key);
      if (!record) return;
      if (view.dialect === 'spring' && !namesKafkaKey(entry, text.slice(entry.keySpan.range[0], entry.keySpan.range[1]))) return;
      const running = runningVersion(view);
      const newKey = renamedKey(view, entry, record);
      if (record.removedIn && isAtLeast(running.version, record.removedIn)) {
        report({
          loc: entry.keySpan.loc,
          messageId: 'removed',
          data: {
            written: entry.written,
            removedIn: record.removedIn,
            reason: record.reason,
            effect: effectOf(view.role, running),
            advice: adviceOf(record, newKey),
          },
          suggest: renameSuggestion(entry, newKey),
        });
        return;
      }
      if (record.deprecatedIn && isAtLeast(running.version, record.deprecatedIn)) {
        report({
          loc: entry.keySpan.loc,
          messageId: 'deprecated',
          data: {
            written: entry.written,
            deprecatedIn: record.deprecatedIn,
            removal: record.removedIn ? ` and removed in Kafka ${record.removedIn}` : '',
            reason: record.reason,
            advice: adviceOf(record, newKey),
          },
          suggest: renameSuggestion(entry, newKey),
        });
      }
    }

    return visitKafka(context, {
      view(view) {
        // librdkafka names its properties its own way, and its releases are not Kafka's.
        if (view.client !== 'java') return;
        for (const entry of view.entries) check(view, entry);
      },
    });
  },
});
