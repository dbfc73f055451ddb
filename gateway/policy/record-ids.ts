import { getNamedType, isAbstractType, Kind, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type FieldNode, type GraphQLSchema } from 'graphql';
import { ENTITY_INTERFACE } from '../../schema/build/shared-schema';
import { RECORD_ID_KEY, TRACE_RECORDS_KEY } from './placeholder';

const recordIdField: FieldNode = { kind: Kind.FIELD, alias: { kind: Kind.NAME, value: RECORD_ID_KEY }, name: { kind: Kind.NAME, value: 'id' } };
const traceRecordsField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: TRACE_RECORDS_KEY },
  name: { kind: Kind.NAME, value: 'records' },
  selectionSet: { kind: Kind.SELECTION_SET, selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: 'id' } }] },
};

/** The index's answer type whose `records` list every record a trace touched. */
const TRACE_TYPE = 'Trace';

/** Whether a type is the shared record interface or one country's record type. */
function isRecordType(schema: GraphQLSchema, typeName: string): boolean {
  const iface = schema.getType(ENTITY_INTERFACE);
  const type = schema.getType(typeName);
  if (!iface || !type) return false;
  if (type === iface) return true;
  return isAbstractType(iface) && 'getInterfaces' in type && type.getInterfaces().some((i) => i.name === ENTITY_INTERFACE);
}

/** Whether the document selects any person record or trace (then its answer needs record ids). */
export function selectsRecords(document: DocumentNode, schema: GraphQLSchema): boolean {
  let found = false;
  const typeInfo = new TypeInfo(schema);
  visit(document, visitWithTypeInfo(typeInfo, {
    Field() {
      const type = typeInfo.getType();
      const name = type && getNamedType(type).name;
      if (name && (name === TRACE_TYPE || isRecordType(schema, name))) found = true;
    },
  }));
  return found;
}

/**
 * The document with `__corridor_record_id: id` added to every field's selection of person records.
 *
 * Why: @apollo/gateway 2.14 maps the path of an error from an `_entities` call by the index of the
 * representation among all entities at that path, not among the ones sent to that subgraph; with
 * records of several countries in one list, a country's error lands on another country's record.
 * The ids let the answer put each record's errors back where that record is. A trace also gets
 * `__corridor_trace_records: records { id }`, so the audit names every record it touched.
 */
export function withRecordIds(document: DocumentNode, schema: GraphQLSchema): DocumentNode {
  const typeInfo = new TypeInfo(schema);
  return visit(document, visitWithTypeInfo(typeInfo, {
    Field: {
      leave(node) {
        const type = typeInfo.getType();
        if (!node.selectionSet || !type) return undefined;
        const name = getNamedType(type).name;
        const added = name === TRACE_TYPE ? traceRecordsField : isRecordType(schema, name) ? recordIdField : null;
        if (!added) return undefined;
        return { ...node, selectionSet: { ...node.selectionSet, selections: [...node.selectionSet.selections, added] } };
      },
    },
  }));
}
