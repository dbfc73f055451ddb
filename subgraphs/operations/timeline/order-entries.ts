import type { EventSpan } from './event-span';

/** What an entry is ordered by. */
export interface Placed {
  readonly span: EventSpan | null;
  readonly jurisdiction: string;
  readonly recordId: string;
  /** The event's position in its record, as the owner listed them. */
  readonly index: number;
}

// Code-unit order, not localeCompare: the same timeline on every server, whatever its locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The timeline's order (documented on `Trace.timeline`):
 *
 * 1. Events with a usable date before those without one.
 * 2. By the earliest moment each can have happened, in UTC.
 * 3. When two start together, the longer span first: a year, month or day before the more precise
 *    events that fall inside it (its own first day, or a time recorded at its first minute),
 *    since the less precise event may have happened earlier and cannot be shown to be later.
 * 4. Then jurisdiction, record id and the owner's own order, so ties never depend on which
 *    jurisdiction answered first.
 */
export function compareEntries(a: Placed, b: Placed): number {
  if (a.span && b.span) {
    if (a.span.from !== b.span.from) return a.span.from - b.span.from;
    if (a.span.until !== b.span.until) return b.span.until - a.span.until;
  } else if (a.span || b.span) {
    return a.span ? -1 : 1;
  }
  return byText(a.jurisdiction, b.jurisdiction) || byText(a.recordId, b.recordId) || a.index - b.index;
}
