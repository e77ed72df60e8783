import type {
  DirectiveType,
  FileError,
  FileProblem,
  RulesConfig,
  SourceLocation as EslintLocation,
} from '@eslint/core';
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';

import type { Position } from '../core/location.js';
import { emptiedRoot, type ConfigComment, type ConfigFileAst, type PropertyEntry } from './ast.js';
import { extractConfigModel } from './dialects/index.js';
import type { ConfigLanguageOptions } from './language-options.js';
import type { ConfigFileModel, ConfigSourceCode, Dialect } from './model.js';

export type { ConfigLanguageOptions } from './language-options.js';

/** What both languages' `createSourceCode` hand to their SourceCode. */
export interface ConfigSourceCodeInit<Root extends ConfigFileAst> {
  text: string;
  ast: Root;
  path: string;
  /** `languageOptions.dialect`, already validated by the language. */
  dialect?: Dialect | undefined;
}

/** Everything of a config file that has a `loc` and a `range`. */
export type ConfigSyntaxElement = ConfigFileAst | PropertyEntry | ConfigComment;

export interface ConfigSourceCodeTypes<Root extends ConfigFileAst> {
  LangOptions: ConfigLanguageOptions;
  RootNode: Root;
  SyntaxElementWithLoc: ConfigSyntaxElement;
  ConfigNode: ConfigComment;
}

/** Both config languages end lines at LF, CRLF and a lone CR (Java's `LineReader`, the YAML spec). */
export const CONFIG_LINE_ENDING = /\r\n|[\r\n]/u;

const commentParser = new ConfigCommentParser();

/** Comments that may be directives: `eslint`, `eslint-enable`, `eslint-disable`, `eslint-disable-line`, `eslint-disable-next-line`. */
const DIRECTIVE_COMMENT = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

const DISABLE_DIRECTIVE_TYPES = new Map<string, DirectiveType>([
  ['eslint-disable', 'disable'],
  ['eslint-enable', 'enable'],
  ['eslint-disable-line', 'disable-line'],
  ['eslint-disable-next-line', 'disable-next-line'],
]);

interface DirectiveComment {
  comment: ConfigComment;
  label: string;
  value: string;
  justification: string;
}

/**
 * The config SourceCode made last. ESLint (10.x, `FileContext#extend`) creates each rule context
 * with the file's context as its prototype, and V8 keeps an object that served as a prototype alive
 * until a full collection: every file's SourceCode, with its whole AST and config model, outlived
 * its file by hundreds of files and was copied into the old generation. Releasing the previous
 * file's AST and model when the next file's SourceCode is made keeps that small: config linting of
 * the 2 000-file bench took 11–19% less time and 16–28% less CPU (same-process A/B runs of 14 and
 * 16 rounds, `bench/.corpus/ab.mjs`).
 */
let latest: { release(): void } | undefined;

/** Makes `sourceCode` the latest config SourceCode, releasing the one before it: the languages' `createSourceCode` goes through here. */
export function releasingPrevious<Code extends { release(): void }>(sourceCode: Code): Code {
  latest?.release();
  latest = sourceCode;
  return sourceCode;
}

/**
 * The SourceCode of both config languages: text positions, comments, ESLint directives in `#`
 * (and, in `.properties`, `!`) comments, and the file's config model for rules.
 *
 * A SourceCode made by a language serves its file until the language makes the next one (see
 * `releasingPrevious`); it then keeps its
 * text, positions and an empty root (`emptiedRoot`), and `getConfigModel()` finds no setting. ESLint
 * is done with a file by then; a caller that needs a file's model later keeps the model itself.
 */
export class ConfigSourceCodeBase<Root extends ConfigFileAst>
  extends TextSourceCodeBase<ConfigSourceCodeTypes<Root>>
  implements ConfigSourceCode
{
  /** The path ESLint gave the file (absolute, or as given to `Linter#verify`). */
  readonly path: string;
  /** The dialect forced by `languageOptions.dialect`; detection decides when absent. */
  readonly dialect: Dialect | undefined;
  #model: ConfigFileModel | undefined;
  #directiveComments: DirectiveComment[] | undefined;
  #steps: VisitNodeStep[] | undefined;

  constructor({ text, ast, path, dialect }: ConfigSourceCodeInit<Root>) {
    super({ text, ast, lineEndingPattern: CONFIG_LINE_ENDING });
    this.path = path;
    this.dialect = dialect;
  }

  /** Every comment of the file, in source order. */
  get comments(): readonly ConfigComment[] {
    return this.ast.comments;
  }

  /** Lets go of the file's AST and config model (see `latest`). */
  release(): void {
    this.ast = emptiedRoot(this.ast);
    this.#model = undefined;
    this.#directiveComments = undefined;
    this.#steps = undefined;
  }

  /**
   * Every comment, under the name ESLint's JavaScript SourceCode uses: core rules enabled for all
   * files by a config object without `files` (`js.configs.recommended`) call it while loading.
   */
  getAllComments(): readonly ConfigComment[] {
    return this.comments;
  }

  /** The position (1-based line, 0-based column) of an offset of the text. */
  locAt(offset: number): Position {
    return this.getLocFromIndex(offset);
  }

  /** The file's dialect and config views, extracted on first use. */
  getConfigModel(): ConfigFileModel {
    this.#model ??= extractConfigModel({
      path: this.path,
      text: this.text,
      ast: this.ast,
      locAt: (offset) => this.locAt(offset),
      dialect: this.dialect,
    });
    return this.#model;
  }

  /** Entries and comments hang directly off the root. */
  override getParent(node: ConfigSyntaxElement): ConfigSyntaxElement | undefined {
    return node === this.ast ? undefined : this.ast;
  }

  /**
   * Visits the root only. Rules read entries and documents from it (config rules go through
   * `getConfigModel()`); visiting `Property` entries would also wake core JavaScript rules that
   * listen to ESTree's `Property` (`no-dupe-keys` in `js.configs.recommended`) and crash them.
   */
  override traverse(): Iterable<VisitNodeStep> {
    const root = this.ast;
    this.#steps ??= [
      new VisitNodeStep({ target: root, phase: 1, args: [root] }),
      new VisitNodeStep({ target: root, phase: 2, args: [root] }),
    ];
    return this.#steps.values();
  }

  #getDirectiveComments(): DirectiveComment[] {
    if (!this.#directiveComments) {
      this.#directiveComments = [];
      for (const comment of this.comments) {
        if (!DIRECTIVE_COMMENT.test(comment.value)) continue;
        const directive = commentParser.parseDirective(comment.value);
        if (directive) this.#directiveComments.push({ comment, ...directive });
      }
    }
    return this.#directiveComments;
  }

  getInlineConfigNodes(): ConfigComment[] {
    return this.#getDirectiveComments().map(({ comment }) => comment);
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const directives: Directive[] = [];
    for (const { comment, label, value, justification } of this.#getDirectiveComments()) {
      const type = DISABLE_DIRECTIVE_TYPES.get(label);
      if (type) directives.push(new Directive({ type, node: comment, value, justification }));
    }
    return { problems: [], directives };
  }

  applyInlineConfig(): {
    configs: { config: { rules: RulesConfig }; loc: EslintLocation }[];
    problems: FileProblem[];
  } {
    const configs: { config: { rules: RulesConfig }; loc: EslintLocation }[] = [];
    const problems: FileProblem[] = [];
    for (const { comment, label, value } of this.#getDirectiveComments()) {
      if (label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the file body: the text both languages parse, or why there is none.
// ---------------------------------------------------------------------------------------------

/** How many leading characters are searched for a NUL, as Git and grep do to call a file binary. */
const BINARY_PROBE_LENGTH = 1024;

/** What to make of bytes that are not UTF-8: `Properties#load(InputStream)` reads ISO-8859-1. */
export type NonUtf8Bytes = 'latin1' | 'error';

export type SourceTextResult = { ok: true; text: string } | { ok: false; error: FileError };

/** The 1-based line and column ESLint expects in a parse error, for an offset of `text`. */
function errorPositionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(index + 1) !== 0x0a)) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function fileError(message: string, position: { line: number; column: number }): SourceTextResult {
  return { ok: false, error: { message, ...position } };
}

const UTF16_MESSAGE = 'File is UTF-16 encoded (it starts with a UTF-16 byte order mark); save it as UTF-8.';
const BINARY_MESSAGE = 'Binary file (NUL byte); only UTF-8 text files can be linted.';

/** The index of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index++;
      continue;
    }
    // Length of the sequence, and the range its second byte must fall in (no overlongs, no surrogates).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    if (index + length > bytes.length) return index;
    const second = bytes[index + 1]!;
    if (second < low || second > high) return index;
    for (let next = 2; next < length; next++) {
      const byte = bytes[index + next]!;
      if (byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

function readBytes(bytes: Uint8Array, nonUtf8: NonUtf8Bytes): SourceTextResult {
  let body = bytes;
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  if ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff)) {
    return fileError(UTF16_MESSAGE, { line: 1, column: 1 });
  }
  const nul = body.subarray(0, BINARY_PROBE_LENGTH).indexOf(0);
  if (nul !== -1) {
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, nul));
    return fileError(BINARY_MESSAGE, errorPositionAt(prefix, prefix.length));
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    if (nonUtf8 === 'latin1') return { ok: true, text: Buffer.from(body).toString('latin1') };
    const invalid = firstInvalidUtf8Byte(body);
    const prefix = new TextDecoder('utf-8').decode(body.subarray(0, Math.max(invalid, 0)));
    return fileError('Not a UTF-8 text file (invalid UTF-8 byte); binary files cannot be linted.', errorPositionAt(prefix, prefix.length));
  }
}

function readString(text: string): SourceTextResult {
  const probe = text.slice(0, BINARY_PROBE_LENGTH);
  const nul = probe.indexOf('\0');
  if (nul === -1) return { ok: true, text };
  // A UTF-16 file read as UTF-8 (as ESLint reads files) starts with its byte order mark as two U+FFFD.
  if (text.startsWith('\uFFFD\uFFFD')) return fileError(UTF16_MESSAGE, { line: 1, column: 1 });
  return fileError(BINARY_MESSAGE, errorPositionAt(text, nul));
}

/**
 * The text of a file body as ESLint hands it over (a string it decoded as UTF-8, or bytes), or a
 * parse error with a position for a binary or UTF-16 file.
 */
export function readSourceText(body: string | Uint8Array, nonUtf8: NonUtf8Bytes): SourceTextResult {
  return typeof body === 'string' ? readString(body) : readBytes(body, nonUtf8);
}
