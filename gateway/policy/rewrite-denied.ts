import { Kind, visit, type DocumentNode, type FieldNode } from 'graphql';
import type { Denial } from './field-decisions';
import type { LabelledSelection } from './labelled-selections';
import { PLACEHOLDER_PREFIX } from './placeholder';

/** What stands where a placeholder is found in the answer. */
export interface PlaceholderEntry {
  /** The response key the client asked for (its alias, or the field name). */
  readonly responseKey: string;
  readonly denial: Denial;
}

export interface Rewrite {
  readonly document: DocumentNode;
  /** Indexed by the number after the placeholder prefix. */
  readonly placeholders: readonly PlaceholderEntry[];
}

/**
 * The document with every denied field replaced in place by a `__typename` placeholder that keeps
 * the field's `@skip`/`@include`, so denied fields never reach a subgraph and the plan is built for
 * what this requester may read.
 */
export function rewriteDenied(document: DocumentNode, selections: readonly LabelledSelection[], denied: ReadonlyMap<string, Denial>): Rewrite {
  const replaced = new Map<FieldNode, number>();
  const placeholders: PlaceholderEntry[] = [];
  for (const s of selections) {
    const d = denied.get(s.coordinate);
    if (!d || replaced.has(s.node)) continue;
    replaced.set(s.node, placeholders.length);
    placeholders.push({ responseKey: s.node.alias?.value ?? s.node.name.value, denial: d });
  }
  const rewritten = visit(document, {
    Field(node) {
      const n = replaced.get(node);
      if (n === undefined) return undefined;
      const placeholder: FieldNode = {
        kind: Kind.FIELD,
        alias: { kind: Kind.NAME, value: `${PLACEHOLDER_PREFIX}${n}` },
        name: { kind: Kind.NAME, value: '__typename' },
        directives: node.directives,
      };
      // Returning a node replaces it; `false` would skip its children, which are gone anyway.
      return placeholder;
    },
  });
  return { document: rewritten, placeholders };
}
