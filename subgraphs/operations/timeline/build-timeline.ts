import { DateTime } from 'luxon';
import { eventSpan, type RequiredDate, type TimelineBasis } from './event-span';
import { compareEntries, type Placed } from './order-entries';

/** A record's event as the gateway hands it over through `@requires`. */
export interface RequiredEvent {
  type: string;
  when?: RequiredDate | null;
  where?: { country?: string | null; locality?: string | null; facility?: string | null } | null;
  operation?: string | null;
}

/**
 * A record as the gateway hands it over: null when its owner failed; `events` null when the owner
 * withheld them from this requester.
 */
export interface RequiredRecord {
  __typename: string;
  id: string;
  jurisdiction: string;
  events?: ReadonlyArray<RequiredEvent | null> | null;
}

/** One entry of `Trace.timeline` (schema/shared/timeline.graphql). */
export interface TimelineEntry {
  type: string;
  when: RequiredDate | null;
  where: RequiredEvent['where'];
  operation: string | null;
  jurisdiction: string;
  /** A reference the gateway can complete from the record's owner. */
  record: { __typename: string; id: string };
  position: { basis: TimelineBasis; from: string; until: string; timeZone: string | null } | null;
}

const utc = (ms: number) => DateTime.fromMillis(ms, { zone: 'utc' }).toISO({ suppressMilliseconds: true })!;

/**
 * Every released event of every record that answered, merged into one chronological list (order:
 * `compareEntries`). A record whose owner failed, and events its owner withheld, are simply not
 * there: the timeline never invents or guesses an event. Dates without a time are read in the
 * owner's time zone (`zoneOf`, by jurisdiction).
 */
export function buildTimeline(records: ReadonlyArray<RequiredRecord | null>, zoneOf: (jurisdiction: string) => string): TimelineEntry[] {
  const placed: Array<Placed & { entry: TimelineEntry }> = [];
  for (const record of records) {
    if (!record?.events) continue;
    const zone = zoneOf(record.jurisdiction);
    record.events.forEach((event, index) => {
      if (!event) return;
      const span = eventSpan(event.when, zone);
      placed.push({
        span,
        jurisdiction: record.jurisdiction,
        recordId: record.id,
        index,
        entry: {
          type: event.type,
          when: event.when ?? null,
          where: event.where ?? null,
          operation: event.operation ?? null,
          jurisdiction: record.jurisdiction,
          record: { __typename: record.__typename, id: record.id },
          position: span && { basis: span.basis, from: utc(span.from), until: utc(span.until), timeZone: span.timeZone },
        },
      });
    });
  }
  return placed.sort(compareEntries).map((p) => p.entry);
}
