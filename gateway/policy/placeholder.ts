/** Response keys the gateway adds to a document and removes from the answer; clients may not use the prefix. */
export const RESERVED_PREFIX = '__corridor_';

/**
 * A denied field is replaced in the document by `<prefix><n>: __typename`, so the selection set
 * never empties and the answer keeps its key order; `n` indexes the denial table of that rewrite.
 */
export const PLACEHOLDER_PREFIX = `${RESERVED_PREFIX}denied_`;

/**
 * Every person record selection also asks `<this>: id`, so errors a country raises about one of its
 * records (which carry `extensions.recordId`) can be pinned to where that record sits in the answer.
 */
export const RECORD_ID_KEY = `${RESERVED_PREFIX}record_id`;

/**
 * Every trace selection also asks `<this>: records { id }`: a timeline or a count is built from
 * records the client may never see in the answer, and the audit must still name them.
 */
export const TRACE_RECORDS_KEY = `${RESERVED_PREFIX}trace_records`;
