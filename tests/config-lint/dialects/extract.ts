import type { ConfigEntry, ConfigView } from '../../../src/core/config-view.js';
import type { Position } from '../../../src/core/location.js';
import { extractConfigModel } from '../../../src/config-lint/dialects/index.js';
import type { ConfigFileModel } from '../../../src/config-lint/model.js';
import { parseProperties } from '../../../src/config-lint/properties/parse.js';
import { parseYaml } from '../../../src/config-lint/yaml/parse.js';

/** Positions as every language of the plugin gives them: lines from 1 at LF, CRLF or CR, columns from 0. */
export function locAtOf(text: string): (offset: number) => Position {
  const starts = [0];
  for (const match of text.matchAll(/\r\n|[\r\n]/g)) starts.push(match.index + match[0].length);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! };
  };
}

/** Parses a file with the plugin's own parser for its extension and extracts its model. */
export function extract(path: string, text: string): ConfigFileModel {
  const yaml = /\.ya?ml$/i.test(path);
  const ast = yaml ? parseYaml(text).file : parseProperties(text);
  return extractConfigModel({ path, text, ast, locAt: locAtOf(text) });
}

/** An entry as tests compare it: key, spelling, value, and where its key starts (line:column). */
export function summary(entry: ConfigEntry): { key: string; written: string; value: unknown; at: string } {
  return { key: entry.key, written: entry.written, value: entry.value, at: `${entry.keySpan.loc.start.line}:${entry.keySpan.loc.start.column}` };
}

export function entriesOf(view: ConfigView | undefined) {
  return view?.entries.map(summary);
}

/** The view of a role (the nth one when several share it). */
export function viewOf(model: ConfigFileModel, role: ConfigView['role'], nth = 0): ConfigView | undefined {
  return model.views.filter((view) => view.role === role)[nth];
}

/** The source text a span covers. */
export function textOf(text: string, span: { range: [number, number] }): string {
  return text.slice(span.range[0], span.range[1]);
}

/** The text after applying an edit at a range. */
export function applyEdit(text: string, range: readonly [number, number], replacement: string): string {
  return text.slice(0, range[0]) + replacement + text.slice(range[1]);
}
