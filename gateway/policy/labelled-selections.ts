import { TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import type { FieldLabel } from '../../schema/access/field-labels';

/** One place in the document where a labelled field is selected. */
export interface LabelledSelection {
  readonly node: FieldNode;
  /** `Type.field` whose label applies, e.g. `PersonRecord.names`. */
  readonly coordinate: string;
  readonly label: FieldLabel;
  /** Where it sits in the answer, list indexes left out: `trace.records.names`. */
  readonly schematicPath: string;
}

/**
 * Every selection of a labelled field in the document, operations and fragments alike. The label
 * is the one on the field's parent type as written in the query: through the `PersonRecord`
 * interface it is the interface's label, inside `... on PhlPersonRecord` the concrete type's
 * (the shared schema gives both the same label, and composition keeps them in step).
 */
export function labelledSelections(document: DocumentNode, schema: GraphQLSchema, labels: ReadonlyMap<string, FieldLabel>): LabelledSelection[] {
  if (labels.size === 0) return [];
  const found: LabelledSelection[] = [];
  const typeInfo = new TypeInfo(schema);
  const path: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      FragmentDefinition: {
        // A fragment's fields are named relative to where it is spread; the path starts at its type.
        enter: (fragment) => void path.push(`…${fragment.typeCondition.name.value}`),
        leave: () => void path.pop(),
      },
      Field: {
        enter(node) {
          const parent = typeInfo.getParentType();
          const key = node.alias?.value ?? node.name.value;
          path.push(key);
          if (!parent) return;
          const coordinate = `${parent.name}.${node.name.value}`;
          const label = labels.get(coordinate);
          if (label) found.push({ node, coordinate, label, schematicPath: path.join('.') });
        },
        leave: () => void path.pop(),
      },
    }),
  );
  return found;
}
