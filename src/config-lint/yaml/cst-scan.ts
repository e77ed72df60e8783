import type { CST } from 'yaml';

export interface CommentToken {
  offset: number;
  source: string;
}

/** The fields of any CST token or collection item that this scan reads. */
interface CstNode {
  type?: string;
  offset?: number;
  source?: string;
  start?: CST.SourceToken[] | CST.SourceToken;
  props?: CST.Token[];
  sep?: CST.SourceToken[];
  end?: CST.SourceToken[];
  key?: CST.Token | null;
  value?: CST.Token;
  items?: CST.CollectionItem[];
}

const COLLECTION_TYPES = new Set(['block-map', 'block-seq', 'flow-collection']);

/** Lists of source tokens (spaces, indicators, comments): their comments are taken without descending further. */
function takeComments(list: CST.Token[] | CST.SourceToken | undefined, comments: CommentToken[]): void {
  if (!Array.isArray(list)) return;
  for (const token of list) {
    if (token.type === 'comment') comments.push({ offset: token.offset, source: token.source });
  }
}

/**
 * Gathers the `#` comments of one top-level CST token into `comments` (not in source order) and
 * returns the offset of the first collection nested deeper than `maxDepth`, or -1. The lexer
 * already told comments from `#` inside scalars; this only collects its comment tokens.
 *
 * Iterative, unlike the `yaml` package's composer: the caller must not compose a token this finds
 * too deep. The composer recovers from a stack overflow, but V8 may then compile one of the schema's
 * regular expressions with no stack left and abort the whole process (seen with Node 20).
 */
export function scanCstToken(token: CST.Token, comments: CommentToken[], maxDepth: number): number {
  const nodes: CstNode[] = [token];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    let depth = depths.pop()!;
    if (node.type === 'comment') {
      comments.push({ offset: node.offset!, source: node.source! });
      continue;
    }
    if (node.type !== undefined && COLLECTION_TYPES.has(node.type) && ++depth > maxDepth) return node.offset!;
    takeComments(node.start, comments);
    takeComments(node.props, comments);
    takeComments(node.sep, comments);
    takeComments(node.end, comments);
    if (node.key) {
      nodes.push(node.key);
      depths.push(depth);
    }
    if (node.value) {
      nodes.push(node.value);
      depths.push(depth);
    }
    if (node.items) {
      for (const item of node.items) {
        nodes.push(item);
        depths.push(depth);
      }
    }
  }
  return -1;
}
