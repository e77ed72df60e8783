import type { TSESLint } from '@typescript-eslint/utils';
import { isAlias, isMap, isPair, isScalar, isSeq, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';

import type { ConfigEntry, ConfigView } from '../core/config-view.js';
import type { Position, Range, SourceLocation } from '../core/location.js';
import type { ConfigFileAst, PropertiesFile, YamlFile } from '../config-lint/ast.js';
import { springMappingOf, springNameElements } from '../config-lint/catalog/spring-keys.js';
import { isConfigSourceCode } from '../config-lint/model.js';
import { createRule } from '../util/create-rule.js';
import { reportOncePerLocation, visitKafka } from '../util/view-visitor.js';

export type Options = [];
export type MessageId = 'overrides' | 'overridden' | 'undetermined' | 'yamlDuplicate' | 'removeThis' | 'removeOther';

const JAVA_PROPERTIES = 'Kafka reads the file into a `java.util.Properties`, which keeps the last value of a key';

/** Dialects read from a `.properties` (or `.conf`) file by a loader that keeps the last value of a key. */
const LAST_WINS_REASON: Readonly<Record<string, string>> = {
  'java-properties': JAVA_PROPERTIES,
  'broker-properties': JAVA_PROPERTIES,
  'streams-properties': JAVA_PROPERTIES,
  // Connect workers and MirrorMaker 2 load their files with Kafka's `Utils.loadProps` too.
  'connect-properties': JAVA_PROPERTIES,
  'mirror-maker-properties': JAVA_PROPERTIES,
  librdkafka: "the file's lines are applied in order, so the last one wins",
};
const LIBRDKAFKA_ALIAS_REASON = "both names set the same librdkafka property and the file's lines are applied in order, so the last one wins";

const SPRING_LAST_PROPERTIES = 'Spring Boot keeps the last value of a property written twice in one document';
const SPRING_LAST_YAML = 'Spring Boot flattens the YAML in document order and keeps the last value of a property';
const SPRING_MAP_WINS = "Spring Boot applies its `properties` map after its own properties, so the map's entry wins wherever it is written";
const SPRING_UNDETERMINED = 'Spring Boot binds only one of these spellings, and the file does not show which';
const COMPOSE_LAST = 'docker compose turns the list into a map, which keeps the last value of a variable';

/** What a YAML loader does with a mapping that repeats a key, by dialect. */
const YAML_DUPLICATE_CONSEQUENCE: Readonly<Record<string, string>> = {
  spring: "Spring Boot fails to start, as its YAML loader rejects a mapping that repeats a key (SnakeYAML's DuplicateKeyException)",
  compose: 'docker compose refuses to load the file ("mapping key … already defined"), and the legacy Python docker-compose silently kept the later value',
  strimzi: 'kubectl rejects the manifest ("mapping key … already defined")',
};

/** A key of a YAML block map, with the map that holds it. */
interface YamlLink {
  map: YAMLMap;
  pair: Pair;
  keyText: string;
}

/** Where each map key and list item of a YAML file sits: the chain of keys from the document root. */
interface YamlIndex {
  chains: Map<number, YamlLink[]>;
  /** A sequence item, by the offset of its first character and of the first one inside its quotes. */
  items: Map<number, { seq: YAMLSeq; node: Scalar }>;
}

/** An entry with what the rule needs to know about where it is written. */
interface Located {
  entry: ConfigEntry;
  order: number;
  /** YAML map entries: the keys leading to it. */
  chain?: YamlLink[];
  /** Compose `environment` list items. */
  item?: { seq: YAMLSeq; node: Scalar };
}

/** A Spring entry, classified by how Spring Boot binds it. */
interface SpringLocated extends Located {
  /** The flattened name Spring sees: `spring.kafka.producer.properties.acks`. */
  flat: string;
  /** `boot` (`spring.kafka.*`), `binder` or `binding:<name>` (Spring Cloud Stream). */
  family: string;
  kind: 'native' | 'map';
  /** The documented kebab-case name of a native property. */
  canonical: string;
}

/** Nesting beyond which the YAML walk stops (config files are a few levels deep). */
const MAX_DEPTH = 64;
/** Nodes beyond which the YAML walk stops, whatever the file holds. */
const MAX_NODES = 200_000;

function keyTextOf(key: Scalar): string {
  const value: unknown = key.value;
  return typeof value === 'string' ? value : (key.source ?? String(value));
}

function yamlIndexOf(file: YamlFile): YamlIndex {
  const index: YamlIndex = { chains: new Map(), items: new Map() };
  let budget = MAX_NODES;
  const walk = (node: unknown, chain: YamlLink[], depth: number): void => {
    if (depth > MAX_DEPTH || --budget < 0 || !node || isAlias(node)) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const link: YamlLink = { map: node, pair, keyText: keyTextOf(pair.key) };
        const next = [...chain, link];
        index.chains.set(pair.key.range[0], next);
        walk(pair.value, next, depth + 1);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) {
        if (isScalar(item) && item.range) {
          index.items.set(item.range[0], { seq: node, node: item });
          index.items.set(item.range[0] + 1, { seq: node, node: item });
        } else {
          walk(item, chain, depth + 1);
        }
      }
    }
  };
  for (const document of file.documents) walk(document.contents, [], 0);
  return index;
}

/** `spring.kafka` + `producer` → `spring.kafka.producer`; a `[key]` element joins without a dot, as Spring flattens it. */
function flatName(chain: readonly YamlLink[]): string {
  return chain.reduce((name, link) => (name === '' ? link.keyText : link.keyText.startsWith('[') ? name + link.keyText : `${name}.${link.keyText}`), '');
}

/** Spring Boot 2.4+ reads `#---` (or `!---`) alone on a line of a `.properties` file as the start of a new document. */
function documentStarts(file: PropertiesFile): number[] {
  return file.comments
    .filter((comment) => comment.loc.start.column === 0 && /^---\s*$/.test(comment.value))
    .map((comment) => comment.range[0]);
}

function shown(text: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '(empty)';
  return trimmed.length > 40 ? `${trimmed.slice(0, 37)}…` : trimmed;
}

/**
 * Whether a key is set by two entries of the view (one entry listed twice, through an alias or an
 * inherited section, is one). Most views set each key once, and need nothing more.
 */
function setsAKeyTwice(view: ConfigView): boolean {
  const firstOffset = new Map<string, number>();
  for (const entry of view.entries) {
    const offset = firstOffset.get(entry.key);
    if (offset === undefined) firstOffset.set(entry.key, entry.keySpan.range[0]);
    else if (offset !== entry.keySpan.range[0]) return true;
  }
  return false;
}

/** Whether removing one of two entries leaves the setting as it is: the same value, or the same text. */
function sameValue(a: ConfigEntry, b: ConfigEntry): boolean {
  if (a.value !== undefined && b.value !== undefined) return a.value === b.value;
  return a.text.trim() === b.text.trim();
}

export default createRule<Options, MessageId>({
  name: 'no-duplicate-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow setting the same configuration key twice in one config',
      pitfall: 'config',
      recommended: 'recommended',
      appliesTo: ['config'],
    },
    fixable: 'code',
    hasSuggestions: true,
    messages: {
      overrides:
        '`{{written}}` ({{value}}) sets again what `{{other}}` ({{otherValue}}) on line {{line}} sets: {{reason}}. Line {{line}} has no effect, so editing it changes nothing; set the value once.',
      overridden:
        '`{{written}}` ({{value}}) is overridden by `{{winner}}` ({{winnerValue}}) on line {{line}}: {{reason}}. This line has no effect, so editing it changes nothing; set the value once.',
      undetermined:
        '`{{written}}` ({{value}}) and `{{other}}` ({{otherValue}}) on line {{line}} both set `{{key}}`: {{reason}}. Set it once, with one spelling.',
      yamlDuplicate: '`{{key}}` appears twice in the same YAML mapping (first on line {{line}}): {{consequence}}. Keep one of them.',
      removeThis: 'Remove this `{{written}}`, keeping the one on line {{line}}.',
      removeOther: 'Remove the `{{written}}` on line {{line}}, keeping this one.',
    },
    schema: [],
  },
  create(context) {
    const sourceCode: unknown = context.sourceCode;
    // Config files only: a JS object literal cannot hold a key twice without the linter's own no-dupe-keys.
    if (!isConfigSourceCode(sourceCode)) return {};
    const text = sourceCode.text;
    const ast = (context.sourceCode as unknown as { ast: ConfigFileAst }).ast;
    const locator = context.sourceCode as unknown as { getLocFromIndex(index: number): Position };
    const report = reportOncePerLocation(context);
    let yamlIndex: YamlIndex | undefined;
    let separators: number[] | undefined;

    function index(): YamlIndex | undefined {
      if (ast.type !== 'YamlFile') return undefined;
      yamlIndex ??= yamlIndexOf(ast);
      return yamlIndex;
    }

    function locOf(range: Range): SourceLocation {
      return { start: locator.getLocFromIndex(range[0]), end: locator.getLocFromIndex(range[1]) };
    }

    function lineOf(entry: ConfigEntry): number {
      return entry.keySpan.loc.start.line;
    }

    // -------------------------------------------------------------------------------------------
    // Removing a line, when nothing else is on it.

    /** The range of whole lines `[start, end)` covers, line break included, when they hold nothing else. */
    function wholeLines(start: number, end: number, prefix: RegExp, suffix: RegExp): Range | undefined {
      const lineStart = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
      let lineEnd = end;
      while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
      if (!prefix.test(text.slice(lineStart, start)) || !suffix.test(text.slice(end, lineEnd))) return undefined;
      if (lineEnd < text.length) return [lineStart, text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1];
      // The last line of the file: take the line break before it instead.
      if (lineStart === 0) return [0, lineEnd];
      const before = text.startsWith('\r\n', lineStart - 2) ? lineStart - 2 : lineStart - 1;
      return [before, lineEnd];
    }

    function removal(located: Located): Range | undefined {
      const { entry } = located;
      if (ast.type === 'PropertiesFile') {
        return wholeLines(entry.keySpan.range[0], Math.max(entry.keySpan.range[1], entry.valueSpan.range[1]), /^[ \t\f]*$/, /^[ \t\f]*$/);
      }
      if (located.item) {
        const { seq, node } = located.item;
        if (seq.flow || seq.items.length < 2 || !node.range || node.anchor) return undefined;
        const range = wholeLines(node.range[0], node.range[1], /^[ \t]*-[ \t]+$/, /^[ \t]*$/);
        return range && !text.slice(node.range[0], node.range[1]).includes('\n') ? range : undefined;
      }
      const link = located.chain?.at(-1);
      if (!link || link.map.flow || link.map.items.length < 2) return undefined;
      const value = link.pair.value as Node | null;
      // An anchored value may be used elsewhere; a nested map or list spans lines.
      if (value !== null && (!isScalar(value) || value.anchor || !value.range)) return undefined;
      const start = entry.keySpan.range[0];
      const end = value?.range ? value.range[1] : entry.keySpan.range[1];
      if (text.slice(start, end).includes('\n') || text.slice(start, end).includes('\r')) return undefined;
      return wholeLines(start, end, /^[ \t]*$/, value === null ? /^[ \t]*:[ \t]*$/ : /^[ \t]*$/);
    }

    // -------------------------------------------------------------------------------------------
    // Reports.

    /**
     * Reported where the setting is written the second time, as ESLint's no-dupe-keys and yamllint do:
     * on the winner when it comes later (the usual case), on the ignored entry when it does.
     */
    function reportOverridden(ignored: Located, winner: Located, reason: string): void {
      const range = removal(ignored);
      const identical = sameValue(ignored.entry, winner.entry);
      const remove = range ? (fixer: TSESLint.RuleFixer) => fixer.removeRange(range) : undefined;
      if (ignored.entry.keySpan.range[0] > winner.entry.keySpan.range[0]) {
        const line = lineOf(winner.entry);
        report({
          loc: ignored.entry.keySpan.loc,
          messageId: 'overridden',
          data: { written: ignored.entry.written, value: shown(ignored.entry.text), winner: winner.entry.written, winnerValue: shown(winner.entry.text), line, reason },
          fix: remove && identical ? remove : null,
          suggest: remove && !identical ? [{ messageId: 'removeThis', data: { written: ignored.entry.written, line }, fix: remove }] : [],
        });
        return;
      }
      const line = lineOf(ignored.entry);
      report({
        loc: winner.entry.keySpan.loc,
        messageId: 'overrides',
        data: { written: winner.entry.written, value: shown(winner.entry.text), other: ignored.entry.written, otherValue: shown(ignored.entry.text), line, reason },
        fix: remove && identical ? remove : null,
        suggest: remove && !identical ? [{ messageId: 'removeOther', data: { written: ignored.entry.written, line }, fix: remove }] : [],
      });
    }

    function reportUndetermined(later: Located, first: Located, reason: string): void {
      report({
        loc: later.entry.keySpan.loc,
        messageId: 'undetermined',
        data: {
          written: later.entry.written,
          value: shown(later.entry.text),
          other: first.entry.written,
          otherValue: shown(first.entry.text),
          line: lineOf(first.entry),
          key: later.entry.key,
          reason,
        },
      });
    }

    /**
     * Keys repeated in one YAML mapping along the chains of these entries: the setting's own key,
     * or a key above it (`spring:` written twice at the top of the document).
     */
    function yamlDuplicates(group: readonly Located[], dialect: string): boolean {
      const consequence = YAML_DUPLICATE_CONSEQUENCE[dialect];
      if (!consequence) return false;
      let found = false;
      for (let later = 1; later < group.length; later++) {
        for (let earlier = 0; earlier < later; earlier++) {
          const a = group[earlier]!.chain;
          const b = group[later]!.chain;
          if (!a || !b) continue;
          let level = 0;
          while (level < a.length && level < b.length && a[level]!.pair === b[level]!.pair) level++;
          const first = a[level];
          const second = b[level];
          if (!first || !second || first.map !== second.map || first.keyText !== second.keyText) continue;
          found = true;
          reportYamlDuplicate(group[earlier]!, group[later]!, first, second, level === a.length - 1 && level === b.length - 1, consequence);
        }
      }
      return found;
    }

    function reportYamlDuplicate(
      earlier: Located,
      later: Located,
      first: YamlLink,
      second: YamlLink,
      leaf: boolean,
      consequence: string,
    ): void {
      const firstKey = first.pair.key as Scalar;
      const secondKey = second.pair.key as Scalar;
      const firstLine = locator.getLocFromIndex(firstKey.range![0]).line;
      const suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
      let fix: TSESLint.ReportFixFunction | null = null;
      if (leaf) {
        const laterRange = removal(later);
        const earlierRange = removal(earlier);
        const either = laterRange ?? earlierRange;
        if (either && sameValue(earlier.entry, later.entry)) {
          fix = (fixer) => fixer.removeRange(either);
        } else {
          // Neither value applies while the file does not load: offer to keep either one.
          if (laterRange) suggest.push({ messageId: 'removeThis', data: { written: later.entry.written, line: firstLine }, fix: (fixer) => fixer.removeRange(laterRange) });
          if (earlierRange) suggest.push({ messageId: 'removeOther', data: { written: earlier.entry.written, line: firstLine }, fix: (fixer) => fixer.removeRange(earlierRange) });
        }
      }
      report({
        loc: leaf ? later.entry.keySpan.loc : locOf([secondKey.range![0], secondKey.range![1]]),
        messageId: 'yamlDuplicate',
        data: { key: second.keyText, line: firstLine, consequence },
        fix,
        suggest,
      });
    }

    // -------------------------------------------------------------------------------------------
    // Who wins.

    /** Entries written with the same name: the last one wins, for `reason`. */
    function lastWins(group: readonly Located[], reason: (ignored: Located, winner: Located) => string): void {
      const winner = group.at(-1)!;
      for (const ignored of group.slice(0, -1)) reportOverridden(ignored, winner, reason(ignored, winner));
    }

    function springClassified(located: Located, yaml: boolean): SpringLocated | undefined {
      const flat = yaml ? (located.chain ? flatName(located.chain) : undefined) : located.entry.written;
      if (flat === undefined) return undefined;
      const mapping = springMappingOf(springNameElements(flat));
      if (!mapping) return undefined;
      const family = mapping.spring.startsWith('spring.kafka') ? 'boot' : mapping.group !== undefined ? `binding:${mapping.group}` : 'binder';
      return { ...located, flat, family, kind: mapping.type === 'passthrough' ? 'map' : 'native', canonical: mapping.spring };
    }

    /**
     * Spellings of one Spring property (same family, same kind): one name written twice keeps its
     * last value; among relaxed spellings of a native property the canonical one is bound first;
     * otherwise which one Spring binds is not visible. Returns the entry that wins, if known.
     */
    function springSpellings(group: readonly SpringLocated[], yaml: boolean): SpringLocated | undefined {
      const byName = new Map<string, SpringLocated[]>();
      for (const located of group) byName.set(located.flat, [...(byName.get(located.flat) ?? []), located]);
      const lastReason = yaml ? SPRING_LAST_YAML : SPRING_LAST_PROPERTIES;
      for (const same of byName.values()) if (same.length > 1) lastWins(same, () => lastReason);
      if (byName.size === 1) return group.at(-1);
      // Relaxed spellings of one native property: the one written as Spring documents it is bound first.
      const oneProperty = group[0]!.kind === 'native' && group.every((located) => located.canonical === group[0]!.canonical);
      const canonical = oneProperty ? [...byName.keys()].filter((name) => name === group[0]!.canonical) : [];
      if (canonical.length === 1) {
        const winner = byName.get(canonical[0]!)!.at(-1)!;
        const reason = `Spring Boot looks up the canonical spelling \`${winner.canonical}\` before relaxed variants`;
        for (const [name, same] of byName) if (name !== canonical[0]) reportOverridden(same.at(-1)!, winner, reason);
        return winner;
      }
      const firsts = [...byName.values()].map((same) => same.at(-1)!).sort((a, b) => a.order - b.order);
      for (const later of firsts.slice(1)) reportUndetermined(later, firsts[0]!, SPRING_UNDETERMINED);
      return undefined;
    }

    function springGroup(group: readonly Located[], yaml: boolean): void {
      const classified = group.map((located) => springClassified(located, yaml));
      if (classified.some((located) => !located)) return;
      const families = new Map<string, SpringLocated[]>();
      for (const located of classified as SpringLocated[]) families.set(located.family, [...(families.get(located.family) ?? []), located]);
      // Spring Cloud Stream's binder settings and Spring Boot's are layered on purpose: only one family at a time.
      for (const [family, members] of families) {
        if (members.length < 2) continue;
        const maps = members.filter((located) => located.kind === 'map');
        const natives = members.filter((located) => located.kind === 'native');
        const mapWinner = maps.length > 1 ? springSpellings(maps, yaml) : maps[0];
        if (family === 'boot' && mapWinner) {
          // Spring Boot's own properties lose to its pass-through map (KafkaProperties puts the map last).
          for (const native of natives) reportOverridden(native, mapWinner, SPRING_MAP_WINS);
        } else if (natives.length > 1) {
          springSpellings(natives, yaml);
        }
      }
    }

    function composeGroup(group: readonly Located[]): void {
      const names = new Set(group.map((located) => located.entry.written));
      if (names.size === 1) {
        if (group.every((located) => located.item)) lastWins(group, () => COMPOSE_LAST);
        return;
      }
      const reason = `the image turns each of these variables into \`${group[0]!.entry.key}\`, in an order the file does not decide`;
      for (const later of group.slice(1)) reportUndetermined(later, group[0]!, reason);
    }

    function checkGroup(view: ConfigView, group: Located[]): void {
      group.sort((a, b) => a.order - b.order);
      const yaml = ast.type === 'YamlFile';
      if (yaml && group.some((located) => !located.chain && !located.item)) return; // written somewhere the walk did not reach
      if (yaml && yamlDuplicates(group, view.dialect)) return;
      switch (view.dialect) {
        case 'spring':
          springGroup(group, yaml);
          return;
        case 'compose':
          composeGroup(group);
          return;
        case 'librdkafka':
          lastWins(group, (ignored, winner) => (ignored.entry.written === winner.entry.written ? LAST_WINS_REASON.librdkafka! : LIBRDKAFKA_ALIAS_REASON));
          return;
        default: {
          const reason = LAST_WINS_REASON[view.dialect];
          // Other YAML dialects (Strimzi) have one spelling per setting: only repeated YAML keys matter there.
          if (reason && !yaml) lastWins(group, () => reason);
        }
      }
    }

    function documentOf(view: ConfigView, entry: ConfigEntry): number {
      if (view.dialect !== 'spring' || ast.type !== 'PropertiesFile') return 0;
      separators ??= documentStarts(ast);
      return separators.filter((start) => start < entry.keySpan.range[0]).length;
    }

    function locate(entry: ConfigEntry): Located {
      const located: Located = { entry, order: entry.keySpan.range[0] };
      const yaml = index();
      if (!yaml) return located;
      const chain = yaml.chains.get(entry.keySpan.range[0]);
      if (chain) located.chain = chain;
      const item = yaml.items.get(entry.keySpan.range[0]);
      if (item && !chain) located.item = item;
      return located;
    }

    return visitKafka(context, {
      view(view) {
        if (!setsAKeyTwice(view)) return;
        const groups = new Map<string, ConfigEntry[]>();
        const seen = new Set<number>();
        for (const entry of view.entries) {
          if (seen.has(entry.keySpan.range[0])) continue;
          seen.add(entry.keySpan.range[0]);
          const id = `${documentOf(view, entry)}\u0000${entry.key}`;
          const group = groups.get(id);
          if (group) group.push(entry);
          else groups.set(id, [entry]);
        }
        // The YAML walk that locates entries is only made for keys set twice in one document.
        for (const group of groups.values()) if (group.length > 1) checkGroup(view, group.map(locate));
      },
    });
  },
});
