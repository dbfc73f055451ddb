import type { PartialDate, PersonRecord } from '../kit/record/person-record';
import type { NoticeColour, NoticeKind } from './vocabulary';

/** `InterpolNotice` of schema/jurisdictions/interpol.graphql: what the record is, as INTERPOL holds it. */
export interface NoticeSummary {
  reference: string;
  kind: NoticeKind;
  colour: NoticeColour;
  /** ISO 3166-1 alpha-3 of the member country that asked for it. */
  requestingCountry: string;
  publishedOn: PartialDate | null;
}

/**
 * An INTERPOL person record: the shared shape, plus the notice it comes from. GraphQL's default
 * resolver serves `InterpolPersonRecord.notice` from this property; no resolver of ours is needed
 * (and none may be added under that type name: it would replace the kit's `__resolveReference`).
 */
export interface InterpolRecord extends PersonRecord {
  notice: NoticeSummary;
}
