import { Kind, parse, visit, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { parsePolicy, PolicySyntaxError, type PolicyNode } from './policy-expression';

/**
 * Identity of Corridor's label directive. Every subgraph imports `@access` from this `@link` URL
 * and composes it into the supergraph (`@composeDirective`), where the gateway reads it. The
 * `.invalid` domain is reserved: the URL names the spec, it is never fetched.
 */
export const ACCESS_SPEC_URL = 'https://corridor.invalid/access/v1.0';
export const ACCESS_DIRECTIVE = 'access';

/** One labelled field: `Type.field` with its label, parsed. */
export interface FieldLabel {
  readonly coordinate: string;
  readonly policy: string;
  readonly rule: PolicyNode;
}

/** A label that does not parse, with the field it sits on. */
export class MalformedLabel extends Error {
  constructor(readonly coordinate: string, cause: PolicySyntaxError) {
    super(`${coordinate}: ${cause.message}`);
    this.name = 'MalformedLabel';
  }
}

const stringArg = (directive: ConstDirectiveNode, name: string): string | undefined => {
  const arg = directive.arguments?.find((a) => a.name.value === name);
  return arg?.value.kind === Kind.STRING ? arg.value.value : undefined;
};

/**
 * The name the label directive goes by in this document: `access` unless its `@link` imports it
 * under another name (`{ name: "@access", as: "@label" }`); null when the document does not link
 * the access spec at all.
 */
export function accessDirectiveName(doc: DocumentNode): string | null {
  for (const def of doc.definitions) {
    if (def.kind !== Kind.SCHEMA_DEFINITION && def.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of def.directives ?? []) {
      if (link.name.value !== 'link' || stringArg(link, 'url') !== ACCESS_SPEC_URL) continue;
      const imports = link.arguments?.find((a) => a.name.value === 'import')?.value;
      if (imports?.kind !== Kind.LIST) return `access__${ACCESS_DIRECTIVE}`;
      for (const item of imports.values) {
        if (item.kind === Kind.STRING && item.value === `@${ACCESS_DIRECTIVE}`) return ACCESS_DIRECTIVE;
        if (item.kind === Kind.OBJECT) {
          const field = (n: string) => item.fields.find((f) => f.name.value === n)?.value;
          const name = field('name');
          const as = field('as');
          if (name?.kind === Kind.STRING && name.value === `@${ACCESS_DIRECTIVE}`) {
            return as?.kind === Kind.STRING ? as.value.replace(/^@/, '') : ACCESS_DIRECTIVE;
          }
        }
      }
      // Linked without importing: the directive keeps its namespaced name.
      return `access__${ACCESS_DIRECTIVE}`;
    }
  }
  return null;
}

/**
 * Every labelled field of a schema document (a subgraph's SDL or the composed supergraph), keyed
 * by `Type.field`. Throws MalformedLabel on the first label that does not parse, so a bad label
 * stops composition or a supergraph load instead of failing open at request time.
 */
export function readFieldLabels(sdl: string | DocumentNode): Map<string, FieldLabel> {
  const doc = typeof sdl === 'string' ? parse(sdl) : sdl;
  const labels = new Map<string, FieldLabel>();
  const name = accessDirectiveName(doc);
  if (!name) return labels;
  let typeName = '';
  const enterType = (node: { name: { value: string } }) => {
    typeName = node.name.value;
  };
  visit(doc, {
    ObjectTypeDefinition: enterType,
    ObjectTypeExtension: enterType,
    InterfaceTypeDefinition: enterType,
    InterfaceTypeExtension: enterType,
    FieldDefinition(field) {
      const directive = field.directives?.find((d) => d.name.value === name);
      if (!directive) return;
      const coordinate = `${typeName}.${field.name.value}`;
      const policy = stringArg(directive, 'policy');
      try {
        if (policy === undefined) throw new PolicySyntaxError('', 0, 'the label has no policy string');
        labels.set(coordinate, { coordinate, policy, rule: parsePolicy(policy) });
      } catch (error) {
        if (error instanceof PolicySyntaxError) throw new MalformedLabel(coordinate, error);
        throw error;
      }
    },
  });
  return labels;
}
